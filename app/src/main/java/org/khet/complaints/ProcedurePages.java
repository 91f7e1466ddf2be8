package org.khet.complaints;

import java.time.LocalDate;
import org.khet.calendar.OfficeCalendar;
import org.khet.platform.Forms;
import org.khet.platform.KhetUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Deadlines per step and this year's holidays (kept on the office calendar's page), for everyone handling complaints to read. */
@Controller
class ProcedurePages {

    private final ProcedureSettings settings;
    private final OfficeCalendar calendar;
    private final java.time.Clock clock;

    ProcedurePages(ProcedureSettings settings, OfficeCalendar calendar, java.time.Clock clock) {
        this.settings = settings;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/complaints/procedure")
    String page(@AuthenticationPrincipal KhetUser user, Model model) {
        model.addAttribute("deadlines", settings.deadlines());
        int year = LocalDate.now(clock).getYear();
        model.addAttribute(
                "holidays",
                calendar.holidays(user.homeArea().orElse(null), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        model.addAttribute("steps", ProcedureSettings.STEPS);
        model.addAttribute("categories", Category.values());
        model.addAttribute("canEditDeadlines", user.isAdmin());
        return "complaints/procedure";
    }

    @PostMapping("/complaints/procedure/deadlines")
    String setDeadline(
            @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String step,
            @RequestParam(defaultValue = "") String workingDays,
            @RequestParam(defaultValue = "") String firstDay,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        return saved(() -> settings.setDeadline(category, step, workingDays, firstDay, user), user, flash);
    }

    private static String saved(Runnable change, KhetUser user, RedirectAttributes flash) {
        return Forms.saved(change, user, flash, "/complaints/procedure");
    }
}
