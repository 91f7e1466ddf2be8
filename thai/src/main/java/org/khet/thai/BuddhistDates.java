package org.khet.thai;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formats dates the way Thai official documents write them: Buddhist Era years (CE + 543), Thai
 * month names, and optionally Thai digits (e.g. 22 พฤศจิกายน 2569, ๒๒ พ.ย. ๖๙).
 *
 * <p>The JDK's Thai locale formats CE years unless a Buddhist chronology is wired in, and its
 * patterns do not produce the letter layouts (วันอาทิตย์ที่ … พ.ศ. …) used in correspondence, so the
 * layouts are written out here. The year rule is applied uniformly, as {@link
 * java.time.chrono.ThaiBuddhistChronology} does, even though before 1941 the Thai year began on
 * 1 April.
 */
public final class BuddhistDates {

    private static final int ERA_OFFSET = 543;
    private static final int LOWEST_BUDDHIST_YEAR = 2400;
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final List<String> MONTH_NAMES = List.of(
            "มกราคม",
            "กุมภาพันธ์",
            "มีนาคม",
            "เมษายน",
            "พฤษภาคม",
            "มิถุนายน",
            "กรกฎาคม",
            "สิงหาคม",
            "กันยายน",
            "ตุลาคม",
            "พฤศจิกายน",
            "ธันวาคม");
    private static final List<String> MONTH_ABBREVIATIONS =
            List.of("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");
    private static final List<String> DAY_NAMES =
            List.of("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์");

    private BuddhistDates() {}

    /** 2026 → 2569. */
    public static int toBuddhistYear(int ceYear) {
        return ceYear + ERA_OFFSET;
    }

    /** 2569 → 2026. */
    public static int toGregorianYear(int beYear) {
        return beYear - ERA_OFFSET;
    }

    /**
     * Reads a date as Thai offices type it in tables: day/month/Buddhist Era year, e.g. 13/4/2570, 13/04/2570 or
     * ๑๓/๔/๒๕๗๐ (Thai digits), with "/", "-" or "." between the parts. A year below {@value #LOWEST_BUDDHIST_YEAR}
     * is taken for a Christian Era year typed by mistake and refused, rather than read 543 years off.
     *
     * @throws java.time.DateTimeException when the text is not such a date or names a day that does not exist
     */
    public static LocalDate parseNumeric(String text) {
        Matcher m = NUMERIC.matcher(ThaiDigits.toArabic(text == null ? "" : text.strip()));
        if (!m.matches()) {
            throw new java.time.DateTimeException("Not a day/month/Buddhist-year date: " + text);
        }
        int year = Integer.parseInt(m.group(3));
        if (year < LOWEST_BUDDHIST_YEAR) {
            throw new java.time.DateTimeException("Not a Buddhist Era year: " + year);
        }
        return LocalDate.of(toGregorianYear(year), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }

    /** The date line of a letter: 22 พฤศจิกายน 2569. */
    public static String full(LocalDate date) {
        return full(date, false);
    }

    /** {@link #full(LocalDate)}, with ๐–๙ when {@code thaiDigits} is true. */
    public static String full(LocalDate date, boolean thaiDigits) {
        Require.nonNull(date, "date");
        return digits(day(date) + " " + monthName(date.getMonthValue()) + " " + buddhistYear(date), thaiDigits);
    }

    /** The formal form used in orders and announcements: วันอาทิตย์ที่ 22 พฤศจิกายน พ.ศ. 2569. */
    public static String fullWithDay(LocalDate date) {
        return fullWithDay(date, false);
    }

    /** {@link #fullWithDay(LocalDate)}, with ๐–๙ when {@code thaiDigits} is true. */
    public static String fullWithDay(LocalDate date, boolean thaiDigits) {
        Require.nonNull(date, "date");
        String text = "วัน" + dayName(date.getDayOfWeek()) + "ที่ " + day(date) + " " + monthName(date.getMonthValue())
                + " พ.ศ. " + buddhistYear(date);
        return digits(text, thaiDigits);
    }

    /** The form used in tables and registers: 22 พ.ย. 2569. */
    public static String abbreviated(LocalDate date) {
        return abbreviated(date, false);
    }

    /** {@link #abbreviated(LocalDate)}, with ๐–๙ when {@code thaiDigits} is true. */
    public static String abbreviated(LocalDate date, boolean thaiDigits) {
        Require.nonNull(date, "date");
        return digits(dayAndMonth(date) + " " + buddhistYear(date), thaiDigits);
    }

    /** The compact form for narrow columns: 22 พ.ย. 69 (last two digits of the BE year). */
    public static String abbreviatedShortYear(LocalDate date) {
        return abbreviatedShortYear(date, false);
    }

    /** {@link #abbreviatedShortYear(LocalDate)}, with ๐–๙ when {@code thaiDigits} is true. */
    public static String abbreviatedShortYear(LocalDate date, boolean thaiDigits) {
        Require.nonNull(date, "date");
        String shortYear = String.format("%02d", Math.floorMod(buddhistYear(date), 100));
        return digits(dayAndMonth(date) + " " + shortYear, thaiDigits);
    }

    /** A receipt stamp or log time: 22 พ.ย. 2569 14:05 น. (24-hour clock). */
    public static String dateTime(LocalDateTime dateTime) {
        return dateTime(dateTime, false);
    }

    /** {@link #dateTime(LocalDateTime)}, with ๐–๙ when {@code thaiDigits} is true. */
    public static String dateTime(LocalDateTime dateTime, boolean thaiDigits) {
        Require.nonNull(dateTime, "dateTime");
        String time = String.format("%02d:%02d น.", dateTime.getHour(), dateTime.getMinute());
        return digits(abbreviated(dateTime.toLocalDate()) + " " + time, thaiDigits);
    }

    /** 1 → มกราคม … 12 → ธันวาคม. */
    public static String monthName(int month) {
        return MONTH_NAMES.get(monthIndex(month));
    }

    /** 1 → ม.ค. … 12 → ธ.ค. */
    public static String monthAbbreviation(int month) {
        return MONTH_ABBREVIATIONS.get(monthIndex(month));
    }

    /** MONDAY → จันทร์ … SUNDAY → อาทิตย์ (without the วัน prefix, so callers can compose). */
    public static String dayName(DayOfWeek day) {
        return DAY_NAMES.get(Require.nonNull(day, "day").getValue() - 1);
    }

    private static int monthIndex(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1–12, was " + month);
        }
        return month - 1;
    }

    private static int buddhistYear(LocalDate date) {
        return toBuddhistYear(date.getYear());
    }

    private static String day(LocalDate date) {
        return Integer.toString(date.getDayOfMonth());
    }

    private static String dayAndMonth(LocalDate date) {
        return day(date) + " " + monthAbbreviation(date.getMonthValue());
    }

    private static String digits(String text, boolean thaiDigits) {
        return thaiDigits ? ThaiDigits.toThai(text) : text;
    }
}
