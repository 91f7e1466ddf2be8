package org.khet.personnel;

import java.math.BigDecimal;
import org.khet.personnel.common.PageSteps;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.khet.thai.FiscalYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's leave as the personnel group keeps it: this fiscal year's balance and requests, and where the paper
 * register stood before Khet ({@link LeaveOpenings}), entered here. Only the group; each look is audited, as the page
 * shows sick and maternity leave.
 */
@Controller
class LeaveOpeningPages {

    private static final String PATH = EmploymentPages.PATH + "/{personId}/leave";

    private final Employments employments;
    private final LeaveView view;
    private final LeaveOpenings openings;
    private final LeaveRules rules;
    private final AuditLog audit;

    LeaveOpeningPages(
            Employments employments, LeaveView view, LeaveOpenings openings, LeaveRules rules, AuditLog audit) {
        this.employments = employments;
        this.view = view;
        this.openings = openings;
        this.rules = rules;
        this.audit = audit;
    }

    @GetMapping(PATH)
    String page(@PathVariable long personId, @AuthenticationPrincipal KhetUser me, Model model) {
        Employments.Viewed viewed = kept(personId, me);
        audit.viewed(viewed.person().areaId(), "leave_balance", personId, "leave kept by the personnel group");
        model.addAttribute("mine", view.of(viewed.person()));
        model.addAttribute("openings", openings.of(personId));
        model.addAttribute("types", LeaveType.values());
        model.addAttribute("thisYear", FiscalYear.of(rules.today()).buddhistYear());
        return "personnel/leave-opening";
    }

    @PostMapping(PATH)
    String set(
            @PathVariable long personId,
            @RequestParam(name = "leave_type", defaultValue = "VACATION") LeaveType type,
            @RequestParam(name = "fiscal_year", defaultValue = "") String fiscalYear,
            @RequestParam(defaultValue = "") String carried,
            @RequestParam(defaultValue = "") String taken,
            @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return PageSteps.done(
                EmploymentPages.PATH + "/" + personId + "/leave",
                () -> openings.set(
                        personId,
                        new LeaveOpenings.Opening(type, year(fiscalYear), days(carried), days(taken), note.strip()),
                        me),
                "personnel.leave.opening.saved",
                me,
                flash);
    }

    private Employments.Viewed kept(long personId, KhetUser me) {
        Employments.Viewed viewed = employments.allowed(personId, me);
        if (!viewed.edits()) {
            throw new ForbiddenException("the leave kept of " + personId);
        }
        return viewed;
    }

    /** The year asked; one that is not a number is 0, which the openings refuse naming the years they take. */
    private static int year(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Days in whole or half days; blank is none. */
    private static BigDecimal days(String text) {
        if (text.isBlank()) {
            return BigDecimal.ZERO;
        }
        try {
            BigDecimal d = new BigDecimal(text.strip());
            if (d.remainder(new BigDecimal("0.5")).signum() != 0) {
                throw new NumberFormatException(text);
            }
            return d;
        } catch (NumberFormatException e) {
            throw RejectedException.of("taken", Texts.of("personnel.leave.opening.badDays"));
        }
    }
}
