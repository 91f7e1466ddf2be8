package org.khet.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.khet.platform.KhetUser;
import org.khet.shared.RejectedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of the salary-raise rule and the ceilings per salary level, each dated with its circular. */
@Controller
class SalaryRuleAdminPages {

    static final String PATH = "/admin/personnel/salary";

    private final SalaryRules rules;

    SalaryRuleAdminPages(SalaryRules rules) {
        this.rules = rules;
    }

    @GetMapping(PATH)
    String page(Model model) {
        model.addAttribute("rules", rules.rules());
        model.addAttribute("ceilings", rules.ceilings());
        model.addAttribute("today", rules.today());
        model.addAttribute("current", current(rules.ruleOn(rules.today()).orElse(null)));
        return "personnel/salary-rules";
    }

    /** The figures of the rule in force, to start the form of a new one from (the administrator changes what changed). */
    private static java.util.Map<String, BigDecimal> current(SalaryRules.Rule r) {
        java.util.Map<String, BigDecimal> m = new java.util.HashMap<>();
        if (r != null) {
            m.put("poolPercent", r.poolPercent());
            m.put("headcountQuotaPercent", r.headcountQuotaPercent());
            m.put("qualitySharePercent", r.qualitySharePercent());
            m.put("personCapPercent", r.personCapPercent());
            m.put("weightGreen", r.weightGreen());
            m.put("weightYellow", r.weightYellow());
            m.put("weightBlack", r.weightBlack());
            m.put("weightRed", r.weightRed());
            m.put("weightNoData", r.weightNoData());
        }
        return m;
    }

    @PostMapping(PATH)
    String setRule(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) BigDecimal poolPercent,
            @RequestParam(required = false) BigDecimal headcountQuotaPercent,
            @RequestParam(required = false) BigDecimal qualitySharePercent,
            @RequestParam(required = false) BigDecimal personCapPercent,
            @RequestParam(required = false) BigDecimal weightGreen,
            @RequestParam(required = false) BigDecimal weightYellow,
            @RequestParam(required = false) BigDecimal weightBlack,
            @RequestParam(required = false) BigDecimal weightRed,
            @RequestParam(required = false) BigDecimal weightNoData,
            @RequestParam(defaultValue = "") String circular,
            @RequestParam(defaultValue = "false") boolean startingFigure,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        try {
            rules.setRule(
                    new SalaryRules.Rule(
                            0,
                            from,
                            null,
                            poolPercent,
                            headcountQuotaPercent,
                            qualitySharePercent,
                            personCapPercent,
                            weightGreen,
                            weightYellow,
                            weightBlack,
                            weightRed,
                            weightNoData,
                            circular,
                            startingFigure),
                    me);
            flash.addFlashAttribute("notice", "personnel.salary.rule.saved");
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.errors().get(0).message().in(me.language()));
        }
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/ceiling")
    String setCeiling(
            @RequestParam(defaultValue = "") String salaryLevel,
            @RequestParam(required = false) BigDecimal ceiling,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(defaultValue = "") String circular,
            @RequestParam(defaultValue = "false") boolean startingFigure,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        try {
            rules.setCeiling(salaryLevel, ceiling, from, circular, startingFigure, me);
            flash.addFlashAttribute("notice", "personnel.salary.rule.saved");
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.errors().get(0).message().in(me.language()));
        }
        return "redirect:" + PATH;
    }
}
