package org.khet.correspondence;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The part of a register's year to show or print: the whole calendar year (Buddhist Era {@code year}) or the days
 * from {@code from} to {@code to} within it, by the day each row was registered.
 */
record RegisterPeriod(int year, LocalDate from, LocalDate to) {

    /** The whole of {@code year} (Buddhist Era). */
    static RegisterPeriod wholeYear(int year) {
        int gregorian = year - 543;
        return new RegisterPeriod(year, LocalDate.of(gregorian, 1, 1), LocalDate.of(gregorian, 12, 31));
    }

    /**
     * The days asked for in {@code year}, either end open meaning the year's own; empty when they are not within the
     * year or run backwards.
     */
    static Optional<RegisterPeriod> of(int year, LocalDate from, LocalDate to) {
        RegisterPeriod whole = wholeYear(year);
        LocalDate start = from == null ? whole.from : from;
        LocalDate end = to == null ? whole.to : to;
        if (start.isBefore(whole.from) || end.isAfter(whole.to) || start.isAfter(end)) {
            return Optional.empty();
        }
        return Optional.of(new RegisterPeriod(year, start, end));
    }

    boolean wholeYear() {
        return equals(wholeYear(year));
    }

    boolean holds(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
