package org.khet.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Working days of a Thai government office: Monday to Friday, less its holidays. */
final class WorkingDays {

    private WorkingDays() {}

    /** The day that is {@code days} working days after {@code from} (which itself does not count). */
    static LocalDate after(LocalDate from, int days, Set<LocalDate> holidays) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day, holidays)) {
                left--;
            }
        }
        return day;
    }

    static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }
}
