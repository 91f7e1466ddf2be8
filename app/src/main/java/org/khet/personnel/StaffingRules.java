package org.khet.personnel;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khet.personnel.common.DatedRows;
import org.khet.personnel.common.DatedTable;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
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

    private static final DatedRows.Refusals REFUSALS = new DatedRows.Refusals(
            "change the staffing criterion",
            "validFrom",
            "personnel.staffing.past",
            "personnel.staffing.circularMissing");

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
        return new DatedTable<>(jdbc, Kind.BAND.table, Band.class).all("valid_from desc, students_from, id");
    }

    /** Every formula, past, in force or to come, by students and day. */
    List<Formula> formulas() {
        return new DatedTable<>(jdbc, Kind.FORMULA.table, """
                        id, students_from, students_to, trim_scale(students_per_teacher) as students_per_teacher,
                        students_per_classroom, trim_scale(teachers_per_classroom) as teachers_per_classroom,
                        administrators, valid_from, valid_until, circular, starting_figure""", Formula.class).all("valid_from desc, students_from, id");
    }

    @Transactional
    long addBand(Band b, KhetUser by) {
        DatedRows.checkChange(by, b.validFrom(), today(), b.circular(), REFUSALS);
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
        DatedRows.checkChange(by, f.validFrom(), today(), f.circular(), REFUSALS);
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
        Map<String, Object> figures = new HashMap<>();
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
        DatedRows.checkEnd(by, from, today(), REFUSALS);
        if (!DatedRows.endFrom(jdbc, kind.table, id, from)) {
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

    /**
     * Inserts a row of {@code kind} for the students from {@code studentsFrom} to {@code studentsTo} (null: no
     * ceiling) with its {@code figures}: every row of the kind whose range of students overlaps it is the same rule.
     */
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
        var overlapping = new DatedRows.Scope(
                "int4range(students_from, coalesce(students_to, " + NO_CEILING + "), '[]')"
                        + " && int4range(:sf, :st, '[]')",
                Map.of("sf", studentsFrom, "st", studentsTo == null ? NO_CEILING : studentsTo));
        Map<String, Object> values = new HashMap<>(figures);
        values.put("students_from", studentsFrom);
        values.put("students_to", studentsTo);
        return DatedRows.setFrom(
                jdbc, kind.table, overlapping, values, from, circular, by, Texts.of("personnel.staffing.sameDay"));
    }
}
