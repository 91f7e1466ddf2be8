package org.khet.personnel.subjects;

import java.math.BigDecimal;

/**
 * One learning area of one school for an academic year: the hours its grades' classes need, the teachers that makes
 * at the teaching load (one decimal; null when no load is in force), and the government teachers whose major teaches
 * it. A difference is teachers − needed: negative is a shortage.
 */
public record SubjectRow(
        long schoolId,
        String schoolCode,
        String schoolName,
        Long networkId,
        String networkName,
        LearningArea learningArea,
        int hours,
        BigDecimal needed,
        int teachers) {

    public BigDecimal difference() {
        return needed == null ? null : BigDecimal.valueOf(teachers).subtract(needed);
    }

    public boolean shortage() {
        return needed != null && difference().signum() < 0;
    }

    /** The shortage as a positive number of teachers (0 when none). */
    public BigDecimal shortBy() {
        return shortage() ? difference().negate() : BigDecimal.ZERO;
    }
}
