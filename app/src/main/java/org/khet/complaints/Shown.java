package org.khet.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.khet.thai.BuddhistDates;

/** Days and moments of the complaint pages as people read them: Buddhist Era in Thai, ISO-like in English. */
final class Shown {

    /** Thailand's time, in which every complaint date is read. */
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Shown() {}

    static String day(LocalDate day, String language) {
        return day == null ? "" : "en".equals(language) ? day.toString() : BuddhistDates.abbreviated(day);
    }

    static String day(Instant at, String language) {
        return day(at.atZone(BANGKOK).toLocalDate(), language);
    }

    static String moment(Instant at, String language) {
        LocalDateTime local = LocalDateTime.ofInstant(at, BANGKOK);
        return "en".equals(language) ? local.format(MOMENT) : BuddhistDates.dateTime(local);
    }
}
