package org.khet.calendar;

import java.time.LocalDate;

/**
 * A day the office is closed besides Saturdays and Sundays (วันหยุดราชการ). National when {@code areaId} is null,
 * else one area's own day off; its year is the year of its date.
 */
public record Holiday(long id, Long areaId, LocalDate day, String nameTh, String nameEn) {

    public boolean national() {
        return areaId == null;
    }

    /** The name in the reader's language; Thai when no English name was given. */
    public String name(String language) {
        return "en".equals(language) && nameEn != null && !nameEn.isBlank() ? nameEn : nameTh;
    }
}
