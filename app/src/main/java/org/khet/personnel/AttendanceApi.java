package org.khet.personnel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.registry.Unit;
import org.khet.registry.Units;
import org.khet.shared.RejectedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attendance over HTTP, names in snake_case: sign in and out for today; the day's sheet and the month's summary of
 * the units the caller sees (a group head their unit, the personnel group every unit).
 */
@RestController
@Tag(name = "Personnel")
class AttendanceApi {

    static final String PATH = "/api/v1/personnel/attendance";

    private final Attendance attendance;
    private final AttendanceSheet sheets;
    private final Areas areas;
    private final Units units;

    AttendanceApi(Attendance attendance, AttendanceSheet sheets, Areas areas, Units units) {
        this.attendance = attendance;
        this.sheets = sheets;
        this.areas = areas;
        this.units = units;
    }

    @PostMapping(PATH + "/sign-in")
    @Operation(summary = "Sign in for today (once; server time in Thailand; late after the rule's time)")
    Map<String, Object> signIn(@AuthenticationPrincipal KhetUser me) {
        return json(attendance.signIn(me));
    }

    @PostMapping(PATH + "/sign-out")
    @Operation(summary = "Sign out for today (once, after signing in)")
    Map<String, Object> signOut(@AuthenticationPrincipal KhetUser me) {
        return json(attendance.signOut(me));
    }

    @GetMapping(PATH + "/sheet")
    @Operation(summary = "The day's sheet: each office person present, on leave, on official travel or absent")
    Map<String, Object> sheet(
            @RequestParam("area_code") String areaCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(name = "unit_code", required = false) String unitCode,
            @AuthenticationPrincipal KhetUser me) {
        Area area = area(areaCode);
        AttendanceSheet.Sheet s = sheets.day(
                me,
                area.id(),
                unit(area, unitCode),
                day == null ? attendance.now().toLocalDate() : day);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("day", s.day());
        m.put("working_day", s.workingDay());
        m.put("people", s.rows().stream().map(AttendanceApi::json).toList());
        return m;
    }

    @GetMapping(PATH + "/summary")
    @Operation(summary = "Each office person's month: working days, present, late, leave, travel, absent")
    List<Map<String, Object>> summary(
            @RequestParam("area_code") String areaCode,
            @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(name = "unit_code", required = false) String unitCode,
            @AuthenticationPrincipal KhetUser me) {
        Area area = area(areaCode);
        return sheets
                .month(
                        me,
                        area.id(),
                        unit(area, unitCode),
                        month,
                        attendance.now().toLocalDate())
                .stream()
                .map(s -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("person_id", s.personId());
                    m.put("name", s.name());
                    m.put("unit", s.unitName());
                    m.put("working_days", s.workingDays());
                    m.put("present", s.present());
                    m.put("late", s.late());
                    m.put("leave", s.leave());
                    m.put("travel", s.travel());
                    m.put("absent", s.absent());
                    return m;
                })
                .toList();
    }

    private Area area(String code) {
        return areas.byCode(code)
                .orElseThrow(() -> RejectedException.of("area_code", Texts.of("personnel.attendance.noArea")));
    }

    private Long unit(Area area, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return units.byCode(area.id(), code)
                .map(Unit::id)
                .orElseThrow(() -> RejectedException.of("unit_code", Texts.of("personnel.attendance.noUnit")));
    }

    private static Map<String, Object> json(Attendance.Day d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("day", d.day());
        m.put("signed_in_at", d.signedInAt());
        m.put("late", d.late());
        m.put("signed_out_at", d.signedOutAt());
        return m;
    }

    private static Map<String, Object> json(AttendanceSheet.Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("person_id", r.personId());
        m.put("name", r.name());
        m.put("unit", r.unitName());
        m.put("status", r.status());
        m.put("signed_in_at", r.signedInAt());
        m.put("signed_out_at", r.signedOutAt());
        m.put("late", r.late());
        return m;
    }
}
