package org.khet.platform.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.khet.thai.BuddhistDates;
import org.khet.thai.ThaiNationalId;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and identifiers as pages show them: Buddhist-Era dates in Thai, Gregorian in English. */
@Component("thaiFormat")
public class ThaiFormat {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final DateTimeFormatter EN_DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public String dateTime(OffsetDateTime at) {
        if (at == null) {
            return "";
        }
        var local = at.atZoneSameInstant(BANGKOK).toLocalDateTime();
        return english() ? EN_DATE_TIME.format(local) : BuddhistDates.dateTime(local);
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return english() ? EN_DATE.format(date) : BuddhistDates.abbreviated(date);
    }

    public String maskedId(String digits) {
        return digits == null ? "" : ThaiNationalId.mask(digits);
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
