package org.khet.personnel.transfer;

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

/** The administrator's page of the transfer rule and the scoring criteria, each dated with its circular. */
@Controller
class TransferRuleAdminPages {

    static final String PATH = "/admin/personnel/transfer";

    private final TransferRules rules;

    TransferRuleAdminPages(TransferRules rules) {
        this.rules = rules;
    }

    @GetMapping(PATH)
    String page(Model model) {
        model.addAttribute("rules", rules.rules());
        model.addAttribute("criteria", rules.criteria());
        model.addAttribute("today", rules.today());
        model.addAttribute("current", rules.ruleOn(rules.today()).orElse(null));
        return "personnel/transfer/rules";
    }

    @PostMapping(PATH)
    String setRule(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) Integer minMonths,
            @RequestParam(required = false) Integer maxWishes,
            @RequestParam(defaultValue = "") String circular,
            @RequestParam(defaultValue = "false") boolean startingFigure,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return PageSteps.done(
                PATH,
                () -> rules.setRule(from, minMonths, maxWishes, circular, startingFigure, me),
                "personnel.transfer.rule.saved",
                me,
                flash);
    }

    @PostMapping(PATH + "/criteria")
    String setCriterion(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String labelTh,
            @RequestParam(defaultValue = "") String labelEn,
            @RequestParam(required = false) BigDecimal maxPoints,
            @RequestParam(defaultValue = "1") int position,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(defaultValue = "") String circular,
            @RequestParam(defaultValue = "false") boolean startingFigure,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return PageSteps.done(
                PATH,
                () -> rules.setCriterion(
                        new TransferRules.Criterion(
                                0, code, labelTh, labelEn, maxPoints, position, from, null, circular, startingFigure),
                        me),
                "personnel.transfer.rule.saved",
                me,
                flash);
    }
}
