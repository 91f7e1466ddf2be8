package org.khet.personnel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One school's line of the workforce plan for an academic year: its students and classes (grades with students),
 * the criterion (null where none applies), the government administrators and teachers it has, and the contract and
 * temporary teachers listed apart (not counted against the criterion). A difference is actual − criterion: negative
 * is a shortage.
 */
public record WorkforceRow(
        long schoolId,
        String schoolCode,
        String schoolName,
        Long networkId,
        String networkName,
        int students,
        int classes,
        Criterion source,
        Integer criterionAdministrators,
        Integer criterionTeachers,
        int administrators,
        int teachers,
        int contractTeachers) {

    /** Where the criterion comes from: a small-school band, the formula, or none (no students, or no rule). */
    public enum Criterion {
        BAND,
        FORMULA,
        NO_STUDENTS,
        NO_RULE
    }

    public boolean hasCriterion() {
        return criterionTeachers != null;
    }

    public Integer differenceAdministrators() {
        return hasCriterion() ? administrators - criterionAdministrators : null;
    }

    public Integer differenceTeachers() {
        return hasCriterion() ? teachers - criterionTeachers : null;
    }

    /** Administrators and teachers together against the criterion: the figure the lists sort by. */
    public Integer difference() {
        return hasCriterion() ? differenceAdministrators() + differenceTeachers() : null;
    }

    public BigDecimal percentageAdministrators() {
        return percentage(differenceAdministrators(), criterionAdministrators);
    }

    public BigDecimal percentageTeachers() {
        return percentage(differenceTeachers(), criterionTeachers);
    }

    /** The whole difference as a percentage of the whole criterion (−25.0: a quarter short). */
    public BigDecimal percentage() {
        return hasCriterion() ? percentage(difference(), criterionAdministrators + criterionTeachers) : null;
    }

    /** ครูไม่ครบชั้น: fewer government teachers than classes. */
    public boolean shortOfClasses() {
        return teachers < classes;
    }

    public boolean shortage() {
        return hasCriterion() && difference() < 0;
    }

    public boolean surplus() {
        return hasCriterion() && difference() > 0;
    }

    private static BigDecimal percentage(Integer difference, Integer criterion) {
        if (difference == null || criterion == null || criterion == 0) {
            return null;
        }
        return BigDecimal.valueOf(difference * 100L).divide(BigDecimal.valueOf(criterion), 1, RoundingMode.HALF_UP);
    }
}
