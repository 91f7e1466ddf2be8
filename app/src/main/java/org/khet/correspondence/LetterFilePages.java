package org.khet.correspondence;

import org.khet.platform.KhetUser;
import org.khet.shared.RejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Attaching a file to a draft from its page; a refused file is said next to the file field. */
@Controller
class LetterFilePages {

    private final LetterReading reading;
    private final LetterFiles files;

    LetterFilePages(LetterReading reading, LetterFiles files) {
        this.reading = reading;
        this.files = files;
    }

    @PostMapping(path = CorrespondencePages.PATH + "/letters/{id}/files", consumes = "multipart/form-data")
    String attach(
            @PathVariable long id,
            @RequestParam String org,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        LetterReading.Read read = reading.read(id, org, user);
        try {
            files.attach(id, file == null ? null : file.getOriginalFilename(), PaperLetterApi.bytes(file), user);
            flash.addFlashAttribute("notice", "correspondence.work.attached");
        } catch (RejectedException e) {
            flash.addFlashAttribute("fileError", e.errors().get(0).message().in(user.language()));
        }
        return "redirect:" + LetterPages.path(id, read.viewer()) + "#files";
    }
}
