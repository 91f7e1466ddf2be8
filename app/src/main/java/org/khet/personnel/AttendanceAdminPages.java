package org.khet.personnel;

import java.time.LocalDate;
import java.time.LocalTime;
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

/** The administrator's page of the time after which a sign-in is late: every rule, and a new one from a day. */
@Controller
class AttendanceAdminPages {

    static final String PATH = "/admin/personnel/attendance";

    private final AttendanceRules rules;
    private final Areas areas;

    AttendanceAdminPages(AttendanceRules rules, Areas areas) {
        this.rules = rules;
        this.areas = areas;
    }

    @GetMapping(PATH)
    String page(Model model) {
        model.addAttribute("rules", rules.all());
        model.addAttribute("areas", areas.allById());
        model.addAttribute("today", rules.today());
        return "personnel/attendance-rules";
    }

    @PostMapping(PATH)
    String add(
            @RequestParam(defaultValue = "") String area,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime lateAfter,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(defaultValue = "") String circular,
            @RequestParam(defaultValue = "false") boolean startingFigure,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return PageSteps.done(
                PATH,
                () -> rules.add(
                        ApiAreas.ruleArea(areas, area, "personnel.attendance.noArea"),
                        lateAfter,
                        from,
                        circular,
                        startingFigure,
                        me),
                "personnel.attendance.rule.saved",
                me,
                flash);
    }
}
