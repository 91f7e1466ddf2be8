package org.khet.correspondence;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.khet.thai.BuddhistDates;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates of letters as the correspondence pages show them: Buddhist-Era Thai dates (the regulation's), Gregorian in
 * English; always in Thailand's time, whatever the server's zone.
 */
@Component("letterDates")
class LetterDates {

    private static final DateTimeFormatter EN_DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** Date and time, such as "6 ธ.ค. 2569 14:05". */
    public String at(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(Registers.THAILAND).toLocalDateTime();
        return english() ? EN_DATE_TIME.format(local) : BuddhistDates.dateTime(local);
    }

    /** The date alone, such as "6 ธ.ค. 2569". */
    public String on(Instant instant) {
        if (instant == null) {
            return "";
        }
        var day = instant.atZone(Registers.THAILAND).toLocalDate();
        return english() ? EN_DATE.format(day) : BuddhistDates.abbreviated(day);
    }

    /** A day such as a reply-by date, "13 ธ.ค. 2569". */
    public String day(java.time.LocalDate day) {
        if (day == null) {
            return "";
        }
        return english() ? EN_DATE.format(day) : BuddhistDates.abbreviated(day);
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
