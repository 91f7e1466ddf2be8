package org.khet.personnel.pairing;

import java.math.BigDecimal;
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

/** The administrator's pairing rule: the transport allowance, the school days, the small school's pupils, dated. */
@Controller
class PairingAdminPages {

    static final String PATH = "/admin/personnel/pairing";

    private final PairingRules rules;

    PairingAdminPages(PairingRules rules) {
        this.rules = rules;
    }

    @GetMapping(PATH)
    String page(Model model) {
        model.addAttribute("rules", rules.rules());
        model.addAttribute("today", rules.today());
        model.addAttribute("current", rules.ruleOn(rules.today()).orElse(null));
        return "personnel/pairing/pairing-rules";
    }

    @PostMapping(PATH)
    String set(
            @RequestParam(required = false) BigDecimal allowancePerDay,
            @RequestParam(required = false) Integer schoolDays,
            @RequestParam(required = false) Integer smallSchoolPupils,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(defaultValue = "") String circular,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return PageSteps.done(
                PATH,
                () -> rules.setRule(allowancePerDay, schoolDays, smallSchoolPupils, from, circular, me),
                "personnel.pairing.rule.saved",
                me,
                flash);
    }
}
