package org.khet.correspondence;

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

/**
 * The administrator's page of retention classes (under /admin, for the system administrator only): every version of
 * every class with the days it is offered, the defaults with their days, and the forms to change them from a day.
 */
@Controller
class RetentionAdminPages {

    private static final String PAGE = "/admin/retention-classes";

    private final RetentionSchedule schedule;
    private final Registers registers;
    private final RetentionDeadlines deadlines;

    RetentionAdminPages(RetentionSchedule schedule, Registers registers, RetentionDeadlines deadlines) {
        this.schedule = schedule;
        this.registers = registers;
        this.deadlines = deadlines;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        var versions = schedule.versions();
        model.addAttribute("versions", versions);
        model.addAttribute(
                "codes",
                versions.stream()
                        .map(RetentionSchedule.Version::code)
                        .distinct()
                        .toList());
        model.addAttribute("defaults", schedule.defaults());
        model.addAttribute("today", registers.today());
        model.addAttribute("deadlines", deadlines.rules());
        return "correspondence/retention-classes";
    }

    @PostMapping(PAGE + "/define")
    String define(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) Integer years,
            @RequestParam(required = false) String labelTh,
            @RequestParam(required = false) String labelEn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return done(() -> schedule.define(code, years, labelTh, labelEn, from), me, flash);
    }

    @PostMapping(PAGE + "/withdraw")
    String withdraw(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return done(() -> schedule.withdraw(code, from), me, flash);
    }

    @PostMapping(PAGE + "/default")
    String makeDefault(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return done(() -> schedule.makeDefault(code, from), me, flash);
    }

    @PostMapping(PAGE + "/deadline")
    String deadline(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(defaultValue = "0") int destructionDays,
            @RequestParam(defaultValue = "0") int transferDays,
            @RequestParam(defaultValue = "-1") int remindDaysBefore,
            @RequestParam(required = false) String source,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return done(
                () -> deadlines.define(
                        new RetentionDeadlines.Rule(from, destructionDays, transferDays, remindDaysBefore, source)),
                me,
                flash);
    }

    private static String done(Runnable change, KhetUser me, RedirectAttributes flash) {
        try {
            change.run();
            flash.addFlashAttribute("notice", "correspondence.retention.admin.done");
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.reason().in(me.language()));
        }
        return "redirect:" + PAGE;
    }
}
