package org.khet.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khet.thai.AcademicYear;
import org.khet.thai.FiscalYear;
import org.springframework.stereotype.Component;

/**
 * The office calendar for other modules: which days an area's office works, the day a number of working days
 * after another, the holidays of a period, and the Thai fiscal and academic year of a date. An area's calendar is
 * the national holidays plus its own days off.
 */
@Component
public class OfficeCalendar {

    private final Holidays holidays;

    OfficeCalendar(Holidays holidays) {
        this.holidays = holidays;
    }

    /** Whether the area's office works on {@code day}: a weekday that is neither a national nor its own holiday. */
    public boolean isWorkingDay(long areaId, LocalDate day) {
        return WorkingDays.isWorkingDay(day, days(areaId, day, day));
    }

    /** The day that is {@code days} working days after {@code from} (which itself does not count) in an area. */
    public LocalDate workingDaysAfter(long areaId, LocalDate from, int days) {
        // Holidays are read for a window wide enough for the usual case and widened when a long run of them
        // (or a long count) carries the answer past it.
        LocalDate to = from.plusDays(days * 2L + 60);
        while (true) {
            LocalDate after = WorkingDays.after(from, days, days(areaId, from, to));
            if (!after.isAfter(to)) {
                return after;
            }
            to = to.plusDays(to.toEpochDay() - from.toEpochDay());
        }
    }

    /**
     * The days off between two days (both included), one per date in date order: the national holidays and, when
     * {@code areaId} is not null, that area's own; a date that is both is one day with both names.
     */
    public List<DayOff> holidays(Long areaId, LocalDate from, LocalDate to) {
        return DayOff.of(holidays.between(areaId, from, to));
    }

    /** The fiscal year (ปีงบประมาณ, 1 October – 30 September) that contains {@code day}. */
    public FiscalYear fiscalYear(LocalDate day) {
        return FiscalYear.of(day);
    }

    /** The academic year (ปีการศึกษา) that contains {@code day}, with the usual term dates. */
    public AcademicYear academicYear(LocalDate day) {
        return AcademicYear.of(day);
    }

    private Set<LocalDate> days(long areaId, LocalDate from, LocalDate to) {
        Set<LocalDate> days = new HashSet<>();
        holidays.between(areaId, from, to).forEach(h -> days.add(h.day()));
        return days;
    }
}
