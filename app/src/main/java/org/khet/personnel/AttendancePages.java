package org.khet.personnel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.khet.personnel.common.PageSteps;
import org.khet.platform.KhetUser;
import org.khet.platform.ReportFiles;
import org.khet.registry.Person;
import org.khet.registry.Unit;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Attendance on pages: the office person signs in and out (phone first); a group head or the personnel group sees
 * the day's sheet and the month's summary, with Excel.
 */
@Controller
class AttendancePages {

    static final String PATH = "/personnel/attendance";

    private final Attendance attendance;
    private final AttendanceSheet sheets;
    private final AttendanceReport report;
    private final LeaveAccess access;
    private final ReportFiles files;

    AttendancePages(
            Attendance attendance,
            AttendanceSheet sheets,
            AttendanceReport report,
            LeaveAccess access,
            ReportFiles files) {
        this.attendance = attendance;
        this.sheets = sheets;
        this.report = report;
        this.access = access;
        this.files = files;
    }

    @GetMapping(PATH)
    String day(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) Long unit,
            @AuthenticationPrincipal KhetUser me,
            Model model) {
        Person p = access.personOf(me).filter(x -> x.unitId() != null).orElse(null);
        model.addAttribute("person", p);
        if (p != null) {
            model.addAttribute("mine", attendance.today(p).orElse(null));
            model.addAttribute("workingToday", attendance.workingToday(p));
        }
        LocalDate today = attendance.now().toLocalDate();
        model.addAttribute("today", today);
        model.addAttribute("admin", me.isAdmin());
        long area = area(me, p);
        List<Unit> units = sheets.unitsSeen(me, area);
        model.addAttribute("units", units);
        model.addAttribute("unit", unit);
        if (!units.isEmpty()) {
            model.addAttribute("sheet", sheets.day(me, area, unit, day == null ? today : day));
        }
        return "personnel/attendance";
    }

    @PostMapping(PATH + "/sign-in")
    String signIn(@AuthenticationPrincipal KhetUser me, RedirectAttributes flash) {
        return done(() -> attendance.signIn(me), "personnel.attendance.signedIn", me, flash);
    }

    @PostMapping(PATH + "/sign-out")
    String signOut(@AuthenticationPrincipal KhetUser me, RedirectAttributes flash) {
        return done(() -> attendance.signOut(me), "personnel.attendance.signedOut", me, flash);
    }

    @GetMapping(PATH + "/month")
    String month(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) Long unit,
            @AuthenticationPrincipal KhetUser me,
            Model model) {
        YearMonth m = month == null ? YearMonth.from(attendance.now()) : month;
        long area = area(me, access.personOf(me).orElse(null));
        model.addAttribute("month", m);
        model.addAttribute("units", sheets.unitsSeen(me, area));
        model.addAttribute("unit", unit);
        model.addAttribute(
                "rows", sheets.month(me, area, unit, m, attendance.now().toLocalDate()));
        return "personnel/attendance-month";
    }

    @GetMapping(PATH + "/month.xlsx")
    ResponseEntity<byte[]> excel(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) Long unit,
            @AuthenticationPrincipal KhetUser me) {
        YearMonth m = month == null ? YearMonth.from(attendance.now()) : month;
        long area = area(me, access.personOf(me).orElse(null));
        var rows = sheets.month(me, area, unit, m, attendance.now().toLocalDate());
        return files.download(report.of(m, rows, me.language()), "attendance-" + m, "xlsx");
    }

    /** The area of the user's person, else the first of their areas. */
    private static long area(KhetUser me, Person p) {
        if (p != null) {
            return p.areaId();
        }
        return me.areaIds().stream().sorted().findFirst().orElse(0L);
    }

    private static String done(Runnable step, String notice, KhetUser me, RedirectAttributes flash) {
        return PageSteps.done(PATH, step, notice, me, flash);
    }
}
