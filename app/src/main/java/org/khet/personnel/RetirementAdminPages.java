package org.khet.personnel;

import java.time.LocalDate;
import org.khet.personnel.common.PageSteps;
import org.khet.platform.KhetUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of the age of retirement: every rule with its days and law, and a new age from a day. */
@Controller
class RetirementAdminPages {

    static final String PATH = "/admin/personnel/retirement";

    private final RetirementRules rules;

    RetirementAdminPages(RetirementRules rules) {
        this.rules = rules;
    }

    @GetMapping(PATH)
    String page(Model model) {
        model.addAttribute("rules", rules.all());
        model.addAttribute("today", rules.today());
        return "personnel/retirement-rules";
    }

    @PostMapping(PATH)
    String set(
            @RequestParam(required = false) Integer age,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(defaultValue = "") String circular,
            @RequestParam(defaultValue = "false") boolean startingFigure,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return PageSteps.done(
                PATH,
                () -> rules.set(age, from, circular, startingFigure, me),
                "personnel.retirement.rule.saved",
                me,
                flash);
    }
}
