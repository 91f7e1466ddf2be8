package org.khet.thai;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;

/**
 * A Thai school academic year (ปีการศึกษา), named by the Buddhist Era year in which it starts.
 *
 * <p>Term start dates are set by circular and have moved (in 2563 schools opened late because of
 * COVID-19), so every calculation can take them as parameters; the defaults are the usual
 * 16 May (term 1) and 1 November (term 2). Dates before the start of term 1 belong to term 2 of the
 * previous academic year.
 *
 * @param buddhistYear the BE year in which the academic year starts
 */
public record AcademicYear(int buddhistYear) {

    /** The usual first day of term 1. */
    public static final MonthDay DEFAULT_TERM1_START = MonthDay.of(Month.MAY, 16);

    /** The usual first day of term 2. */
    public static final MonthDay DEFAULT_TERM2_START = MonthDay.of(Month.NOVEMBER, 1);

    /** The academic year containing {@code date}, with term 1 starting on 16 May. */
    public static AcademicYear of(LocalDate date) {
        return of(date, DEFAULT_TERM1_START);
    }

    /** The academic year containing {@code date}, with term 1 starting on {@code term1Start}. */
    public static AcademicYear of(LocalDate date, MonthDay term1Start) {
        Require.nonNull(date, "date");
        Require.nonNull(term1Start, "term1Start");
        boolean beforeTerm1 = MonthDay.from(date).isBefore(term1Start);
        int startYear = beforeTerm1 ? date.getYear() - 1 : date.getYear();
        return new AcademicYear(BuddhistDates.toBuddhistYear(startYear));
    }

    /** The academic year that starts in the BE year {@code buddhistYear}. */
    public static AcademicYear ofBuddhistYear(int buddhistYear) {
        return new AcademicYear(buddhistYear);
    }

    /** The term (1 or 2) of {@code date} with the default start dates. */
    public static int term(LocalDate date) {
        return term(date, DEFAULT_TERM1_START, DEFAULT_TERM2_START);
    }

    /**
     * The term (1 or 2) of {@code date}: 1 from {@code term1Start} up to the day before {@code
     * term2Start}, otherwise 2 (including dates early in the calendar year, before term 1).
     *
     * @throws IllegalArgumentException if term 2 does not start after term 1 in the calendar year
     */
    public static int term(LocalDate date, MonthDay term1Start, MonthDay term2Start) {
        Require.nonNull(date, "date");
        Require.nonNull(term1Start, "term1Start");
        Require.nonNull(term2Start, "term2Start");
        if (!term1Start.isBefore(term2Start)) {
            throw new IllegalArgumentException("term2Start must be after term1Start within the calendar year");
        }
        MonthDay day = MonthDay.from(date);
        return !day.isBefore(term1Start) && day.isBefore(term2Start) ? 1 : 2;
    }
}
