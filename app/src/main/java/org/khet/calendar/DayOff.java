package org.khet.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A date the office is closed, with what closes it: a national holiday, the area's own day, or both when an area
 * keeps its own day on a national holiday's date. Both names are kept, the national first ("วันสงกรานต์ ·
 * วันก่อตั้งเขต"): a clerk reading the list sees one closed day and every reason for it, and the day stays off when
 * either is removed.
 */
public record DayOff(LocalDate day, List<Holiday> holidays) {

    public DayOff {
        holidays = List.copyOf(holidays);
    }

    /** One day off per date of {@code holidays}, which come in date order with the national one first. */
    static List<DayOff> of(List<Holiday> holidays) {
        List<DayOff> days = new ArrayList<>();
        List<Holiday> sameDay = new ArrayList<>();
        for (Holiday h : holidays) {
            if (!sameDay.isEmpty() && !sameDay.get(0).day().equals(h.day())) {
                days.add(new DayOff(sameDay.get(0).day(), sameDay));
                sameDay.clear();
            }
            sameDay.add(h);
        }
        if (!sameDay.isEmpty()) {
            days.add(new DayOff(sameDay.get(0).day(), sameDay));
        }
        return days;
    }

    /** Whether the whole country is off that day. */
    public boolean national() {
        return holidays.stream().anyMatch(Holiday::national);
    }

    /** Every name of the day in the reader's language, the national one first. */
    public String name(String language) {
        return holidays.stream().map(h -> h.name(language)).collect(Collectors.joining(" · "));
    }
}
