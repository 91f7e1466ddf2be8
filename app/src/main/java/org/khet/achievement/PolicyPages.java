package org.khet.achievement;

import org.khet.platform.KhetUser;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The quality-group policies for everyone to read, and for the administrator to edit. */
@Controller
class PolicyPages {

    private final QualityPolicies policies;

    PolicyPages(QualityPolicies policies) {
        this.policies = policies;
    }

    @GetMapping("/achievement/policies")
    String list(@AuthenticationPrincipal KhetUser user, Model model) {
        model.addAttribute("policies", policies.all());
        model.addAttribute("language", user.language());
        model.addAttribute("canEdit", user.isAdmin());
        return "achievement/policies";
    }

    @GetMapping("/achievement/policies/{id}")
    String edit(@PathVariable long id, @AuthenticationPrincipal KhetUser user, Model model) {
        requireAdmin(user);
        QualityPolicy p = policies.byId(id).orElseThrow(() -> new NotFoundException("policy"));
        return form(p, PolicyForm.of(p), model);
    }

    @PostMapping("/achievement/policies/{id}")
    String save(
            @PathVariable long id,
            @ModelAttribute PolicyForm form,
            @AuthenticationPrincipal KhetUser user,
            Model model,
            RedirectAttributes flash) {
        requireAdmin(user);
        QualityPolicy p = policies.byId(id).orElseThrow(() -> new NotFoundException("policy"));
        try {
            policies.update(
                    id,
                    new QualityPolicies.Edit(
                            form.nameTh(),
                            form.nameEn(),
                            form.groups(),
                            form.params(),
                            form.firstYear() == null ? 0 : form.firstYear(),
                            form.lastYear(),
                            form.version()),
                    user);
            flash.addFlashAttribute("notice", "common.saved");
            return "redirect:/achievement/policies";
        } catch (RejectedException e) {
            model.addAttribute("rejected", e);
        }
        return form(p, form, model);
    }

    private static String form(QualityPolicy p, PolicyForm form, Model model) {
        model.addAttribute("policy", p);
        model.addAttribute("form", form);
        model.addAttribute("scopes", References.NATIONAL + ", " + References.OBEC + ", PROVINCE:…, AREA:…");
        return "achievement/policy-edit";
    }

    private static void requireAdmin(KhetUser user) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("edit policies");
        }
    }
}
