package org.khet.achievement;

import org.khet.platform.KhetUser;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The quality-group policies for everyone to read, and for the administrator to edit. */
@Controller
class PolicyPages {

    private final QualityPolicies policies;
    private final JsonMapper json;

    PolicyPages(QualityPolicies policies, JsonMapper json) {
        this.policies = policies;
        this.json = json;
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
        model.addAttribute("policy", p);
        model.addAttribute(
                "form",
                new QualityPolicies.Edit(
                        p.nameTh(),
                        p.nameEn(),
                        json.writerWithDefaultPrettyPrinter().writeValueAsString(p.groups()),
                        json.writerWithDefaultPrettyPrinter().writeValueAsString(p.params()),
                        p.firstYear(),
                        p.lastYear(),
                        p.version()));
        return "achievement/policy-edit";
    }

    @PostMapping("/achievement/policies/{id}")
    String save(
            @PathVariable long id,
            @RequestParam String nameTh,
            @RequestParam String nameEn,
            @RequestParam String groups,
            @RequestParam String params,
            @RequestParam int firstYear,
            @RequestParam(required = false) Integer lastYear,
            @RequestParam int version,
            @AuthenticationPrincipal KhetUser user,
            Model model,
            RedirectAttributes flash) {
        requireAdmin(user);
        QualityPolicy p = policies.byId(id).orElseThrow(() -> new NotFoundException("policy"));
        QualityPolicies.Edit form =
                new QualityPolicies.Edit(nameTh, nameEn, groups, params, firstYear, lastYear, version);
        try {
            policies.update(id, form, user);
            flash.addFlashAttribute("notice", "common.saved");
            return "redirect:/achievement/policies";
        } catch (RejectedException e) {
            model.addAttribute("rejected", e);
        }
        model.addAttribute("policy", p);
        model.addAttribute("form", form);
        return "achievement/policy-edit";
    }

    private static void requireAdmin(KhetUser user) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("edit policies");
        }
    }
}
