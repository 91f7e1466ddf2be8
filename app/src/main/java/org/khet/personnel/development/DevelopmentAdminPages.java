package org.khet.personnel.development;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.khet.personnel.common.ApiAreas;
import org.khet.personnel.common.PageSteps;
import org.khet.platform.KhetUser;
import org.khet.registry.Areas;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of the yearly development hours per kind of position: every rule, and a new one. */
@Controller
class DevelopmentAdminPages {

    static final String PATH = "/admin/personnel/development";

    private final DevelopmentRules rules;
    private final Areas areas;

    DevelopmentAdminPages(DevelopmentRules rules, Areas areas) {
        this.rules = rules;
        this.areas = areas;
    }

    @GetMapping(PATH)
    String page(Model model) {
        model.addAttribute("rules", rules.all());
        model.addAttribute("areas", areas.allById());
        model.addAttribute("groups", DevelopmentGroup.values());
        model.addAttribute("today", rules.today());
        return "personnel/development/rules";
    }

    @PostMapping(PATH)
    String add(
            @RequestParam(defaultValue = "") String area,
            @RequestParam(required = false) DevelopmentGroup group,
            @RequestParam(required = false) BigDecimal hours,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(defaultValue = "") String circular,
            @RequestParam(defaultValue = "false") boolean startingFigure,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return PageSteps.done(
                PATH,
                () -> rules.add(
                        new DevelopmentRules.NewRule(
                                ApiAreas.ruleArea(areas, area, "personnel.development.noArea"),
                                group,
                                hours,
                                from,
                                circular,
                                startingFigure),
                        me),
                "personnel.development.rule.saved",
                me,
                flash);
    }
}
