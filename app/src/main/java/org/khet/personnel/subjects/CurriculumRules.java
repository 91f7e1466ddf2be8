package org.khet.personnel.subjects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khet.personnel.common.DatedRows;
import org.khet.personnel.common.DatedTable;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The curriculum's hours per learning area and grade ({@code personnel.curriculum_hours}) and the teaching load
 * ({@code personnel.teaching_load}) as dated data: the subject shortages of an academic year apply the rows in force
 * on its first day. The administrator sets a figure from a day not yet past with the document it comes from; that
 * ends, from that day, the row in force for the same learning area and grade (or the load in force), and a row set
 * before a later one ends where the later one begins. Nothing is changed backwards or deleted; each change is audited.
 */
@Component
public class CurriculumRules {

    /** The grades that have learning areas (the early-childhood grades have none), in order. */
    public static final List<String> GRADES =
            List.of("P1", "P2", "P3", "P4", "P5", "P6", "M1", "M2", "M3", "M4", "M5", "M6");

    /** Hours per year of a learning area in a grade, from a day. */
    public record Hours(
            long id,
            LearningArea learningArea,
            String grade,
            int hoursPerYear,
            LocalDate validFrom,
            LocalDate validUntil,
            String circular,
            boolean startingFigure) {}

    /** The teaching hours a week one teacher carries and the teaching weeks of a year, from a day. */
    public record Load(
            long id,
            int hoursPerWeek,
            int weeksPerYear,
            LocalDate validFrom,
            LocalDate validUntil,
            String circular,
            boolean startingFigure) {

        /** The teaching hours of one teacher's year. */
        public int hoursPerYear() {
            return hoursPerWeek * weeksPerYear;
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    CurriculumRules(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return OfficeTime.today(clock);
    }

    /** Every row of hours, past, in force or to come, newest first. */
    public List<Hours> hours() {
        return new DatedTable<>(jdbc, "personnel.curriculum_hours", Hours.class)
                .all("valid_from desc, learning_area, grade, id");
    }

    /** The hours in force on {@code day}: learning area → grade → hours (a missing grade: no row in force). */
    public Map<LearningArea, Map<String, Integer>> hoursOn(LocalDate day) {
        Map<LearningArea, Map<String, Integer>> table = new EnumMap<>(LearningArea.class);
        for (LearningArea a : LearningArea.values()) {
            table.put(a, new LinkedHashMap<>());
        }
        new DatedTable<>(jdbc, "personnel.curriculum_hours", Hours.class)
                .allOn(day, "id")
                .forEach(h -> table.get(h.learningArea()).put(h.grade(), h.hoursPerYear()));
        return table;
    }

    /** Every teaching load, newest first. */
    public List<Load> loads() {
        return new DatedTable<>(jdbc, "personnel.teaching_load", Load.class).all("valid_from desc");
    }

    public Optional<Load> loadOn(LocalDate day) {
        return new DatedTable<>(jdbc, "personnel.teaching_load", Load.class).on(day);
    }

    /** Sets {@code hours} a year for {@code area} in each of {@code grades} from {@code from}. */
    @Transactional
    public void setHours(
            LearningArea area, List<String> grades, Integer hours, LocalDate from, String circular, KhetUser by) {
        checkChange(by, from, circular);
        if (area == null) {
            throw RejectedException.of("learningArea", Texts.of("personnel.subjects.rules.areaMissing"));
        }
        if (grades == null || grades.isEmpty() || !GRADES.containsAll(grades)) {
            throw RejectedException.of("grades", Texts.of("personnel.subjects.rules.gradesMissing"));
        }
        if (hours == null || hours < 0 || hours > 2000) {
            throw RejectedException.of("hours", Texts.of("personnel.subjects.rules.badHours"));
        }
        for (String grade : grades) {
            long id = DatedRows.setFrom(
                    jdbc,
                    "personnel.curriculum_hours",
                    "learning_area = :learning_area and grade = :grade",
                    Map.of("learning_area", area.name(), "grade", grade, "hours_per_year", hours),
                    from,
                    circular,
                    by,
                    Texts.of("personnel.subjects.rules.sameDay"));
            audit.changedBy(
                    by,
                    null,
                    "CURRICULUM_HOURS_SET",
                    "curriculum_hours",
                    id,
                    null,
                    Map.of(
                            "learning_area",
                            area.name(),
                            "grade",
                            grade,
                            "hours_per_year",
                            hours,
                            "valid_from",
                            from.toString(),
                            "circular",
                            circular.strip()));
        }
    }

    /** Sets the teaching load from {@code from}, ending the one in force. */
    @Transactional
    public long setLoad(Integer hoursPerWeek, Integer weeksPerYear, LocalDate from, String circular, KhetUser by) {
        checkChange(by, from, circular);
        if (hoursPerWeek == null
                || hoursPerWeek < 1
                || hoursPerWeek > 60
                || weeksPerYear == null
                || weeksPerYear < 1
                || weeksPerYear > 52) {
            throw RejectedException.of("hoursPerWeek", Texts.of("personnel.subjects.rules.badLoad"));
        }
        long id = DatedRows.setFrom(
                jdbc,
                "personnel.teaching_load",
                "true",
                Map.of("hours_per_week", hoursPerWeek, "weeks_per_year", weeksPerYear),
                from,
                circular,
                by,
                Texts.of("personnel.subjects.rules.sameDay"));
        audit.changedBy(
                by,
                null,
                "TEACHING_LOAD_SET",
                "teaching_load",
                id,
                null,
                Map.of(
                        "hours_per_week",
                        hoursPerWeek,
                        "weeks_per_year",
                        weeksPerYear,
                        "valid_from",
                        from.toString(),
                        "circular",
                        circular.strip()));
        return id;
    }

    private void checkChange(KhetUser by, LocalDate from, String circular) {
        DatedRows.checkChange(by, from, today(), circular, "personnel.subjects.rules");
    }
}
