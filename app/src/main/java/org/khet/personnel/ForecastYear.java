package org.khet.personnel;

import java.util.Map;

/**
 * One school's forecast year: its projected students per grade, the criterion in force on the year's first day for
 * them, the government administrators and teachers still in service that day, and how many retire during the year. A
 * difference is remaining − criterion: negative is a shortage.
 */
public record ForecastYear(
        int academicYear,
        Map<String, Integer> grades,
        Criterion criterion,
        int administrators,
        int teachers,
        int retiring) {

    /** The criterion of the projected students (figures null where no rule applies). */
    public record Criterion(WorkforceRow.Criterion source, Integer administrators, Integer teachers) {}

    public int students() {
        return grades.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean hasCriterion() {
        return criterion.teachers() != null;
    }

    public Integer criterionTotal() {
        return hasCriterion() ? criterion.administrators() + criterion.teachers() : null;
    }

    public int remaining() {
        return administrators + teachers;
    }

    public Integer differenceAdministrators() {
        return hasCriterion() ? administrators - criterion.administrators() : null;
    }

    public Integer differenceTeachers() {
        return hasCriterion() ? teachers - criterion.teachers() : null;
    }

    public Integer difference() {
        return hasCriterion() ? remaining() - criterionTotal() : null;
    }

    public boolean shortage() {
        return hasCriterion() && difference() < 0;
    }
}
