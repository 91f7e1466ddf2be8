package org.khet.achievement;

import java.io.IOException;
import org.khet.platform.Forms;
import org.khet.platform.KhetUser;
import org.khet.shared.RejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The page where area staff upload a results file and see what it did, or every row to fix. */
@Controller
class ResultImportPage {

    private final ResultImport imports;

    ResultImportPage(ResultImport imports) {
        this.imports = imports;
    }

    @GetMapping("/achievement/imports")
    String importPage(@AuthenticationPrincipal KhetUser user, Model model) {
        model.addAttribute("mayImport", ResultImport.mayImportAnywhere(user));
        return "achievement/imports";
    }

    @PostMapping("/achievement/imports")
    String upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal KhetUser user, Model model)
            throws IOException {
        model.addAttribute("mayImport", ResultImport.mayImportAnywhere(user));
        try {
            model.addAttribute("report", imports.run(Forms.upload(file), user));
        } catch (RejectedException e) {
            model.addAttribute("rejected", e);
        }
        return "achievement/imports";
    }
}
