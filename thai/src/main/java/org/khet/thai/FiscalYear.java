package org.khet.thai;

import java.time.LocalDate;
import java.time.Month;

/**
 * A Thai government fiscal year (ปีงบประมาณ): 1 October to 30 September, named by the Buddhist Era
 * year in which it ends. Budgets, procurement and most reports of an area office are grouped by it,
 * so 22 November 2026 already belongs to fiscal year 2570.
 *
 * @param buddhistYear the BE year in which the fiscal year ends, e.g. 2570 for Oct 2026 – Sep 2027
 */
public record FiscalYear(int buddhistYear) {

    /** The fiscal year that contains {@code date}. */
    public static FiscalYear of(LocalDate date) {
        Require.nonNull(date, "date");
        int endYear = date.getMonthValue() >= Month.OCTOBER.getValue() ? date.getYear() + 1 : date.getYear();
        return new FiscalYear(BuddhistDates.toBuddhistYear(endYear));
    }

    /** The fiscal year that ends in the BE year {@code buddhistYear}. */
    public static FiscalYear ofBuddhistYear(int buddhistYear) {
        return new FiscalYear(buddhistYear);
    }

    /** 1 October of the previous Gregorian year. */
    public LocalDate start() {
        return LocalDate.of(gregorianEndYear() - 1, Month.OCTOBER, 1);
    }

    /** 30 September; the fiscal year includes this day. */
    public LocalDate end() {
        return LocalDate.of(gregorianEndYear(), Month.SEPTEMBER, 30);
    }

    /** Whether {@code date} falls between {@link #start()} and {@link #end()}, both included. */
    public boolean contains(LocalDate date) {
        Require.nonNull(date, "date");
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    private int gregorianEndYear() {
        return BuddhistDates.toGregorianYear(buddhistYear);
    }
}
