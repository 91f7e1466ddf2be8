package org.khet.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.shared.Bilingual;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint procedure's data: the working days each step may take (per category, from a date on) and the
 * office's holidays. The administrator sets deadlines and national holidays; an area's director adds its own.
 */
@Component
class ProcedureSettings {

    record Deadline(long id, String category, String step, int workingDays, LocalDate firstDay) {

        public String from(String language) {
            return Shown.day(firstDay, language);
        }
    }

    record Holiday(long id, Long areaId, LocalDate day, String nameTh) {

        public String date(String language) {
            return Shown.day(day, language);
        }
    }

    static final List<String> STEPS = List.of(
            "RECEIVED", "ACCEPTED", "REOPENED", "ASSIGNED", "INVESTIGATING", "RESOLVED", "NOT_OURS", "FORWARDED");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ProcedureSettings(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    List<Deadline> deadlines() {
        return jdbc.sql("""
                        select id, category, step, working_days, first_day from complaint_deadline
                        order by array_position(cast(:steps as text[]), step), category nulls first, first_day""")
                .param("steps", STEPS.toArray(String[]::new))
                .query((rs, n) -> new Deadline(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    List<Holiday> holidays(KhetUser user, int fromYear) {
        return jdbc.sql("""
                        select id, area_id, day, name_th from office_holiday
                        where day >= make_date(:y, 1, 1) and (area_id is null or area_id = any(:areas))
                        order by day""")
                .param("y", fromYear)
                .param("areas", user.areaIds().toArray(Long[]::new))
                .query((rs, n) -> new Holiday(
                        rs.getLong(1), (Long) rs.getObject(2), rs.getObject(3, LocalDate.class), rs.getString(4)))
                .list();
    }

    /** A new number of working days for a step, from a date on; earlier cases keep the rule they had. */
    @Transactional
    void setDeadline(String category, String step, String workingDays, String firstDay, KhetUser by) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("set complaint deadlines");
        }
        List<FieldError> errors = new ArrayList<>();
        String cat = category == null || category.isBlank() ? null : category;
        if (cat != null
                && Arrays.stream(Category.values()).noneMatch(c -> c.name().equals(cat))) {
            errors.add(FieldError.of("category", "ไม่รู้จักประเภทเรื่องนี้", "Unknown category"));
        }
        if (!STEPS.contains(step)) {
            errors.add(FieldError.of("step", "เลือกขั้นตอน", "Choose the step"));
        }
        Integer days = number(workingDays, 1, 365, "workingDays", "จำนวนวันทำการ 1–365", "Working days, 1–365", errors);
        LocalDate from = date(firstDay, "firstDay", errors);
        reject(errors);
        try {
            long id = jdbc.sql("""
                            insert into complaint_deadline (category, step, working_days, first_day)
                            values (:c, :s, :d, :f) returning id""")
                    .param("c", cat)
                    .param("s", step)
                    .param("d", days)
                    .param("f", from)
                    .query(Long.class)
                    .single();
            audit.changed(
                    null,
                    "CREATE",
                    "complaint_deadline",
                    id,
                    null,
                    Map.of(
                            "category",
                            cat == null ? "ALL" : cat,
                            "step",
                            step,
                            "working_days",
                            days,
                            "first_day",
                            from));
        } catch (DuplicateKeyException e) {
            throw RejectedException.of(
                    "firstDay",
                    "มีเกณฑ์ของขั้นตอนนี้ที่เริ่มวันเดียวกันแล้ว",
                    "A deadline for this step already starts on that day");
        }
    }

    /** A day off: national for the administrator, the area's own for its director. */
    @Transactional
    void addHoliday(String day, String nameTh, Long areaId, KhetUser by) {
        requireHolidayEditor(areaId, by);
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = date(day, "day", errors);
        if (nameTh == null || nameTh.isBlank() || nameTh.length() > 200) {
            errors.add(FieldError.of("nameTh", "กรุณากรอกชื่อวันหยุด", "Give the holiday's name"));
        }
        reject(errors);
        try {
            long id = jdbc.sql("""
                            insert into office_holiday (area_id, day, name_th) values (:a, :d, :n) returning id""")
                    .param("a", areaId)
                    .param("d", date)
                    .param("n", nameTh.strip())
                    .query(Long.class)
                    .single();
            audit.changed(areaId, "CREATE", "office_holiday", id, null, Map.of("day", date, "name_th", nameTh.strip()));
        } catch (DuplicateKeyException e) {
            throw RejectedException.of("day", "วันนี้เป็นวันหยุดอยู่แล้ว", "That day is already a holiday");
        }
    }

    @Transactional
    void removeHoliday(long id, KhetUser by) {
        Holiday h = jdbc.sql("select id, area_id, day, name_th from office_holiday where id = :id")
                .param("id", id)
                .query((rs, n) -> new Holiday(
                        rs.getLong(1), (Long) rs.getObject(2), rs.getObject(3, LocalDate.class), rs.getString(4)))
                .optional()
                .orElseThrow(() -> new org.khet.shared.NotFoundException("holiday"));
        requireHolidayEditor(h.areaId(), by);
        jdbc.sql("delete from office_holiday where id = :id").param("id", id).update();
        audit.changed(h.areaId(), "DELETE", "office_holiday", id, h, null);
    }

    static boolean mayEditHolidays(Long areaId, KhetUser by) {
        return by.isAdmin() || (areaId != null && by.holds(Role.AREA_DIRECTOR, areaId));
    }

    private static void requireHolidayEditor(Long areaId, KhetUser by) {
        if (!mayEditHolidays(areaId, by)) {
            throw new ForbiddenException("edit holidays");
        }
    }

    private static Integer number(
            String text, int min, int max, String field, String th, String en, List<FieldError> errors) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(FieldError.of(field, th, en));
        return null;
    }

    private static LocalDate date(String text, String field, List<FieldError> errors) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(FieldError.of(field, "วันที่ไม่ถูกต้อง", "The date is not valid"));
            return null;
        }
    }

    private static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new RejectedException(
                    Bilingual.of("บันทึกไม่ได้ กรุณาแก้ไข", "Not saved; please correct it"), errors);
        }
    }
}
