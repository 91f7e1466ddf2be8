package org.khet.personnel;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staffing criterion as dated data (ก.ค.ศ. ว 23/2563 when Khet was written): bands of students for small
 * schools and the formula for larger ones. The administrator adds a row from a day not yet past, which ends, from
 * that day, every row of the same kind in force whose range of students overlaps it; or ends a row from such a day.
 * Nothing is changed backwards or deleted, and each change is audited. {@link Workforce} reads the rows in force on
 * the first day of the academic year it computes.
 */
@Component
class StaffingRules {

    /** No school has more students than this: the open end of a formula's range. */
    private static final int NO_CEILING = 1_000_000;

    /** A band of students and the administrators and teachers it needs. */
    public record Band(
            long id,
            int studentsFrom,
            int studentsTo,
            int administrators,
            int teachers,
            LocalDate validFrom,
            LocalDate validUntil,
            String circular,
            boolean startingFigure) {}

    /** The formula for a range of students ({@code studentsTo} null: no ceiling). */
    public record Formula(
            long id,
            int studentsFrom,
            Integer studentsTo,
            BigDecimal studentsPerTeacher,
            Integer studentsPerClassroom,
            BigDecimal teachersPerClassroom,
            int administrators,
            LocalDate validFrom,
            LocalDate validUntil,
            String circular,
            boolean startingFigure) {}

    /** Which table a row is in; the names are this module's own. */
    enum Kind {
        BAND("personnel.staffing_band"),
        FORMULA("personnel.staffing_formula");

        private final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    StaffingRules(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return OfficeTime.today(clock);
    }

    /** Every band, past, in force or to come, by students and day. */
    List<Band> bands() {
        return jdbc.sql("""
                        select id, students_from, students_to, administrators, teachers, valid_from, valid_until,
                               circular, starting_figure
                        from personnel.staffing_band order by valid_from desc, students_from, id""").query(Band.class).list();
    }

    /** Every formula, past, in force or to come, by students and day. */
    List<Formula> formulas() {
        return jdbc.sql("""
                        select id, students_from, students_to, trim_scale(students_per_teacher) as students_per_teacher,
                               students_per_classroom, trim_scale(teachers_per_classroom) as teachers_per_classroom,
                               administrators, valid_from, valid_until, circular, starting_figure
                        from personnel.staffing_formula order by valid_from desc, students_from, id""").query(Formula.class).list();
    }

    @Transactional
    long addBand(Band b, KhetUser by) {
        onlyAdmin(by);
        if (b.studentsTo() < b.studentsFrom()) {
            throw RejectedException.of("studentsTo", Texts.of("personnel.staffing.studentsWrong"));
        }
        checkCounts(b.administrators(), b.teachers());
        long id = insert(
                Kind.BAND,
                b.studentsFrom(),
                b.studentsTo(),
                b.validFrom(),
                b.circular(),
                by,
                Map.of("administrators", b.administrators(), "teachers", b.teachers()));
        audit.changedBy(by, null, "STAFFING_BAND_ADDED", "staffing_band", id, null, b);
        return id;
    }

    @Transactional
    long addFormula(Formula f, KhetUser by) {
        onlyAdmin(by);
        if (f.studentsTo() != null && f.studentsTo() < f.studentsFrom()) {
            throw RejectedException.of("studentsTo", Texts.of("personnel.staffing.studentsWrong"));
        }
        checkCounts(f.administrators(), 0);
        boolean byRooms = f.studentsPerClassroom() != null || f.teachersPerClassroom() != null;
        if ((f.studentsPerTeacher() == null && !byRooms)
                || (byRooms && (f.studentsPerClassroom() == null || f.teachersPerClassroom() == null))
                || notPositive(f.studentsPerTeacher())
                || notPositive(f.teachersPerClassroom())
                || (f.studentsPerClassroom() != null && f.studentsPerClassroom() < 1)) {
            throw RejectedException.of("studentsPerTeacher", Texts.of("personnel.staffing.formulaRatio"));
        }
        Map<String, Object> figures = new java.util.HashMap<>();
        figures.put("students_per_teacher", f.studentsPerTeacher());
        figures.put("students_per_classroom", f.studentsPerClassroom());
        figures.put("teachers_per_classroom", f.teachersPerClassroom());
        figures.put("administrators", f.administrators());
        long id = insert(Kind.FORMULA, f.studentsFrom(), f.studentsTo(), f.validFrom(), f.circular(), by, figures);
        audit.changedBy(by, null, "STAFFING_FORMULA_ADDED", "staffing_formula", id, null, f);
        return id;
    }

    /** Ends the row {@code id} of {@code kind} from {@code from}, a day not yet past and after it began. */
    @Transactional
    void end(Kind kind, long id, LocalDate from, KhetUser by) {
        onlyAdmin(by);
        notPast(from);
        int ended = jdbc.sql("update " + kind.table + " set valid_until = :from"
                        + " where id = :id and valid_from < :from and (valid_until is null or valid_until > :from)")
                .param("id", id)
                .param("from", from)
                .update();
        if (ended == 0) {
            throw new NotFoundException("staffing rule in force on " + from);
        }
        audit.changedBy(by, null, "STAFFING_RULE_ENDED", kind.table, id, null, Map.of("valid_until", from.toString()));
    }

    /** True when a ratio is given and is not above zero (a wrong figure). */
    private static boolean notPositive(BigDecimal ratio) {
        return ratio != null && ratio.signum() <= 0;
    }

    private static void checkCounts(int administrators, int teachers) {
        if (administrators < 0 || teachers < 0) {
            throw RejectedException.of("administrators", Texts.of("personnel.staffing.count"));
        }
    }

    private long insert(
            Kind kind,
            int studentsFrom,
            Integer studentsTo,
            LocalDate from,
            String circular,
            KhetUser by,
            Map<String, Object> figures) {
        if (studentsFrom < 1) {
            throw RejectedException.of("studentsFrom", Texts.of("personnel.staffing.studentsWrong"));
        }
        if (circular == null || circular.isBlank()) {
            throw RejectedException.of("circular", Texts.of("personnel.staffing.circularMissing"));
        }
        notPast(from);
        String overlaps = " int4range(students_from, coalesce(students_to, " + NO_CEILING + "), '[]')"
                + " && int4range(:sf, :st, '[]')";
        int upTo = studentsTo == null ? NO_CEILING : studentsTo;
        if (jdbc.sql("select count(*) from " + kind.table + " where valid_from = :from and" + overlaps)
                        .param("from", from)
                        .param("sf", studentsFrom)
                        .param("st", upTo)
                        .query(Long.class)
                        .single()
                > 0) {
            throw RejectedException.of("validFrom", Texts.of("personnel.staffing.sameDay"));
        }
        jdbc.sql("update " + kind.table + " set valid_until = :from where valid_from < :from"
                        + " and (valid_until is null or valid_until > :from) and" + overlaps)
                .param("from", from)
                .param("sf", studentsFrom)
                .param("st", upTo)
                .update();
        String columns = String.join(", ", figures.keySet());
        String values = ":" + String.join(", :", figures.keySet());
        var insert = jdbc.sql("insert into " + kind.table + " (students_from, students_to, valid_from, valid_until,"
                        + " circular, created_by, " + columns + ")"
                        + " values (:sf, :stored, :from, (select min(valid_from) from " + kind.table
                        + " where valid_from > :from and" + overlaps + "), :circular, :by, " + values
                        + ") returning id")
                .param("sf", studentsFrom)
                .param("st", upTo)
                .param("stored", studentsTo)
                .param("from", from)
                .param("circular", circular.strip())
                .param("by", by.id());
        for (var figure : figures.entrySet()) {
            insert = insert.param(figure.getKey(), figure.getValue());
        }
        return insert.query(Long.class).single();
    }

    private static void onlyAdmin(KhetUser by) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("change the staffing criterion");
        }
    }

    private void notPast(LocalDate from) {
        if (from == null || from.isBefore(today())) {
            throw RejectedException.of("validFrom", Texts.of("personnel.staffing.past", today()));
        }
    }
}
