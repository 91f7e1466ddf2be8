package org.khet.registry;

import java.time.LocalDate;
import org.khet.platform.KhetUser;
import org.khet.shared.RejectedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator edits size classes and adds a scheme version when a circular changes the bands. */
@Controller
class SizeSchemePages {

    private final SizeSchemes schemes;

    SizeSchemePages(SizeSchemes schemes) {
        this.schemes = schemes;
    }

    @GetMapping("/size-schemes")
    String list(Model model) {
        model.addAttribute("schemes", schemes.all());
        model.addAttribute("classes", schemes.classes());
        return "registry/size-schemes";
    }

    @PostMapping("/size-schemes/classes/{id}")
    String updateClass(
            @PathVariable long id,
            @RequestParam String nameTh,
            @RequestParam String nameEn,
            @RequestParam int minStudents,
            @RequestParam(required = false) Integer maxStudents,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        try {
            schemes.updateClass(id, nameTh, nameEn, minStudents, maxStudents, user);
            flash.addFlashAttribute("notice", "common.saved");
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.errors().get(0).message().in(user.language()));
        }
        return "redirect:/size-schemes";
    }

    @PostMapping("/size-schemes/{code}/versions")
    String newVersion(
            @PathVariable String code,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        try {
            schemes.newVersion(code, effectiveFrom, user);
            flash.addFlashAttribute("notice", "common.saved");
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.errors().get(0).message().in(user.language()));
        }
        return "redirect:/size-schemes";
    }
}
