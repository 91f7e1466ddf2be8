package org.khet.complaints;

import java.time.LocalDate;
import org.khet.platform.Forms;
import org.khet.platform.KhetUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Deadlines per step and the holiday calendar, for everyone handling complaints to read. */
@Controller
class ProcedurePages {

    private final ProcedureSettings settings;
    private final java.time.Clock clock;

    ProcedurePages(ProcedureSettings settings, java.time.Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/complaints/procedure")
    String page(@AuthenticationPrincipal KhetUser user, Model model) {
        model.addAttribute("deadlines", settings.deadlines());
        model.addAttribute(
                "holidays", settings.holidays(user, LocalDate.now(clock).getYear()));
        model.addAttribute("steps", ProcedureSettings.STEPS);
        model.addAttribute("categories", Category.values());
        model.addAttribute("canEditDeadlines", user.isAdmin());
        model.addAttribute("homeArea", user.homeArea().orElse(null));
        model.addAttribute(
                "canEditHolidays",
                ProcedureSettings.mayEditHolidays(user.homeArea().orElse(null), user));
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

    @PostMapping("/complaints/procedure/holidays")
    String addHoliday(
            @RequestParam(defaultValue = "") String day,
            @RequestParam(defaultValue = "") String nameTh,
            @RequestParam(defaultValue = "false") boolean national,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        Long area = national && user.isAdmin() ? null : user.homeArea().orElse(null);
        return saved(() -> settings.addHoliday(day, nameTh, area, user), user, flash);
    }

    @PostMapping("/complaints/procedure/holidays/{id}/remove")
    String removeHoliday(@PathVariable long id, @AuthenticationPrincipal KhetUser user, RedirectAttributes flash) {
        return saved(() -> settings.removeHoliday(id, user), user, flash);
    }

    private static String saved(Runnable change, KhetUser user, RedirectAttributes flash) {
        return Forms.saved(change, user, flash, "/complaints/procedure");
    }
}
