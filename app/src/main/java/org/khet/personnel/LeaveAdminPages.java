package org.khet.personnel;

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

/**
 * The administrator's leave rules: each type's entitlement (a new version from a day not yet past, with the circular
 * it comes from) and who approves up to how many days (added or ended from a day). Shipped figures the office must
 * check are marked.
 */
@Controller
class LeaveAdminPages {

    static final String PATH = "/admin/personnel/leave";

    private final LeaveRules rules;
    private final LeaveApprovers approvers;

    LeaveAdminPages(LeaveRules rules, LeaveApprovers approvers) {
        this.rules = rules;
        this.approvers = approvers;
    }

    @GetMapping(PATH)
    String page(Model model) {
        model.addAttribute("rules", rules.all());
        model.addAttribute("approvers", approvers.all());
        model.addAttribute("types", LeaveType.values());
        model.addAttribute("approverRoles", LeaveApprovers.APPROVERS);
        model.addAttribute("today", rules.today());
        return "personnel/leave-admin";
    }

    @PostMapping(PATH + "/rules")
    String setRule(
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "WORKING") String dayUnit,
            @RequestParam(required = false) BigDecimal daysPerYear,
            @RequestParam(required = false) BigDecimal firstYearDays,
            @RequestParam(required = false) BigDecimal daysPerRequest,
            @RequestParam(required = false) BigDecimal carryOverTo,
            @RequestParam(required = false) BigDecimal carryOverToLong,
            @RequestParam(required = false) Integer longServiceYears,
            @RequestParam(defaultValue = "0") int minServiceMonths,
            @RequestParam(defaultValue = "false") boolean onceInService,
            @RequestParam(defaultValue = "false") boolean schoolStaff,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(defaultValue = "") String circular,
            @RequestParam(required = false) BigDecimal extensionDays,
            @RequestParam(defaultValue = "AREA_DIRECTOR") String extensionApprover,
            @RequestParam(required = false) BigDecimal certificateFromDays,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        var rule = new LeaveRules.LeaveRule(
                0,
                LeaveType.named(type),
                dayUnit,
                daysPerYear,
                firstYearDays,
                daysPerRequest,
                carryOverTo,
                carryOverToLong,
                longServiceYears,
                minServiceMonths,
                onceInService,
                schoolStaff,
                from,
                null,
                circular,
                false,
                extensionDays,
                extensionApprover,
                certificateFromDays);
        return done(() -> rules.set(rule, me), "personnel.leave.rule.saved", me, flash);
    }

    @PostMapping(PATH + "/approvers")
    String addApprover(
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "") String applicantPosition,
            @RequestParam(required = false) BigDecimal upToDays,
            @RequestParam(defaultValue = "") String approver,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(defaultValue = "") String circular,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        // The type list offers every leave type, all leave (blank) and official travel.
        boolean travel = LeaveApprovers.TRAVEL.equals(type);
        var rule = new LeaveApprovers.ApproverRule(
                0,
                travel ? LeaveApprovers.TRAVEL : LeaveApprovers.LEAVE,
                travel ? null : LeaveType.named(type),
                place,
                applicantPosition,
                upToDays,
                approver,
                from,
                null,
                circular,
                false);
        return done(() -> approvers.add(rule, me), "personnel.leave.approver.saved", me, flash);
    }

    @PostMapping(PATH + "/approvers/end")
    String endApprover(
            @RequestParam long rule,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return done(() -> approvers.end(rule, from, me), "personnel.leave.approver.ended", me, flash);
    }

    private static String done(Runnable change, String notice, KhetUser me, RedirectAttributes flash) {
        return PageSteps.done(PATH, change, notice, me, flash);
    }
}
