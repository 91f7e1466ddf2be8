package org.khet.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint procedure's data: the working days each step may take (per category, from a date on), set by the
 * administrator. The holidays they are counted over are the office calendar's ({@link org.khet.calendar}).
 */
@Component
class ProcedureSettings {

    record Deadline(long id, String category, String step, int workingDays, LocalDate firstDay) {

        public String from(String language) {
            return Shown.day(firstDay, language);
        }
    }

    /** The statuses a deadline may be set for, in the order the page lists them; a closed case has none. */
    static final List<CaseStatus> STEPS = List.of(
            CaseStatus.RECEIVED,
            CaseStatus.ACCEPTED,
            CaseStatus.REOPENED,
            CaseStatus.ASSIGNED,
            CaseStatus.INVESTIGATING,
            CaseStatus.RESOLVED,
            CaseStatus.NOT_OURS,
            CaseStatus.FORWARDED);

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ProcedureSettings(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    List<Deadline> deadlines() {
        return jdbc.sql("""
                        select id, category, step, working_days, first_day from complaints.complaint_deadline
                        order by array_position(cast(:steps as text[]), step), category nulls first, first_day""")
                .param("steps", STEPS.stream().map(CaseStatus::name).toArray(String[]::new))
                .query((rs, n) -> new Deadline(
                        rs.getLong("id"),
                        rs.getString("category"),
                        rs.getString("step"),
                        rs.getInt("working_days"),
                        rs.getObject("first_day", LocalDate.class)))
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
            errors.add(FieldError.of("category", Texts.of("complaints.procedureSettings.unknownCategory")));
        }
        if (!STEPS.contains(CaseStatus.named(step))) {
            errors.add(FieldError.of("step", Texts.of("complaints.procedureSettings.chooseStep")));
        }
        Integer days = number(workingDays, 1, 365, "workingDays", Texts.of("complaints.procedure.workingDays"), errors);
        LocalDate from = date(firstDay, "firstDay", errors);
        reject(errors);
        try {
            long id = jdbc.sql("""
                            insert into complaints.complaint_deadline (category, step, working_days, first_day)
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
            throw RejectedException.of("firstDay", Texts.of("complaints.procedureSettings.deadlineStepAlreadyStarts"));
        }
    }

    private static Integer number(
            String text, int min, int max, String field, Bilingual refusal, List<FieldError> errors) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(FieldError.of(field, refusal));
        return null;
    }

    private static LocalDate date(String text, String field, List<FieldError> errors) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(FieldError.of(field, Texts.of("complaints.procedure.date")));
            return null;
        }
    }

    private static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("complaints.procedureSettings.notSaved"), errors);
        }
    }
}
