package org.khet.registry;

import java.io.IOException;
import org.khet.platform.KhetUser;
import org.khet.shared.RejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload a schools or people file; the page answers with what changed or with every bad row. */
@Controller
class ImportPages {

    private final SchoolImport schools;
    private final PeopleImport people;

    ImportPages(SchoolImport schools, PeopleImport people) {
        this.schools = schools;
        this.people = people;
    }

    @GetMapping("/imports")
    String page(Model model) {
        model.addAttribute("otherPeopleColumns", people.otherColumnsHelp());
        return "registry/imports";
    }

    @PostMapping("/imports/{kind}")
    String upload(
            @PathVariable String kind,
            @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal KhetUser user,
            Model model)
            throws IOException {
        if (!kind.equals("schools") && !kind.equals("people")) {
            throw new org.khet.shared.NotFoundException("import kind");
        }
        model.addAttribute("kind", kind);
        model.addAttribute("otherPeopleColumns", people.otherColumnsHelp());
        try {
            byte[] content = org.khet.platform.Forms.upload(file);
            model.addAttribute(
                    "report", "people".equals(kind) ? people.run(content, user) : schools.run(content, user));
        } catch (RejectedException e) {
            model.addAttribute("rejected", e);
        }
        return "registry/imports";
    }
}
