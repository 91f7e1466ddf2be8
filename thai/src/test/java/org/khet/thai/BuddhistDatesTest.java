package org.khet.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class BuddhistDatesTest {

    private static final LocalDate SUNDAY_22_NOV_2026 = LocalDate.of(2026, 11, 22);
    private static final Locale THAI = Locale.forLanguageTag("th");

    @Test
    void convertsYearsBothWays() {
        assertThat(BuddhistDates.toBuddhistYear(2026)).isEqualTo(2569);
        assertThat(BuddhistDates.toGregorianYear(2569)).isEqualTo(2026);
    }

    @Test
    void yearConversionAgreesWithTheJdkBuddhistChronology() {
        for (int year = 1900; year <= 2200; year++) {
            LocalDate date = LocalDate.of(year, 6, 1);
            int jdkYear = ThaiBuddhistDate.from(date).get(ChronoField.YEAR);
            assertThat(BuddhistDates.toBuddhistYear(year)).isEqualTo(jdkYear);
            assertThat(BuddhistDates.toGregorianYear(jdkYear)).isEqualTo(year);
        }
    }

    @Test
    void formatsTheLetterDate() {
        assertThat(BuddhistDates.full(SUNDAY_22_NOV_2026)).isEqualTo("22 พฤศจิกายน 2569");
        assertThat(BuddhistDates.full(SUNDAY_22_NOV_2026, true)).isEqualTo("๒๒ พฤศจิกายน ๒๕๖๙");
        assertThat(BuddhistDates.full(SUNDAY_22_NOV_2026, false)).isEqualTo("22 พฤศจิกายน 2569");
        assertThat(BuddhistDates.full(LocalDate.of(2027, 1, 1))).isEqualTo("1 มกราคม 2570");
    }

    @Test
    void formatsTheDateWithTheDayOfWeek() {
        assertThat(BuddhistDates.fullWithDay(SUNDAY_22_NOV_2026)).isEqualTo("วันอาทิตย์ที่ 22 พฤศจิกายน พ.ศ. 2569");
        assertThat(BuddhistDates.fullWithDay(SUNDAY_22_NOV_2026, true))
                .isEqualTo("วันอาทิตย์ที่ ๒๒ พฤศจิกายน พ.ศ. ๒๕๖๙");
        assertThat(BuddhistDates.fullWithDay(LocalDate.of(2026, 11, 26)))
                .isEqualTo("วันพฤหัสบดีที่ 26 พฤศจิกายน พ.ศ. 2569");
    }

    @Test
    void formatsAbbreviatedDates() {
        assertThat(BuddhistDates.abbreviated(SUNDAY_22_NOV_2026)).isEqualTo("22 พ.ย. 2569");
        assertThat(BuddhistDates.abbreviated(SUNDAY_22_NOV_2026, true)).isEqualTo("๒๒ พ.ย. ๒๕๖๙");
        assertThat(BuddhistDates.abbreviatedShortYear(SUNDAY_22_NOV_2026)).isEqualTo("22 พ.ย. 69");
        assertThat(BuddhistDates.abbreviatedShortYear(SUNDAY_22_NOV_2026, true)).isEqualTo("๒๒ พ.ย. ๖๙");
    }

    @Test
    void shortYearKeepsTwoDigits() {
        // CE 2057 is BE 2600; CE 2062 is BE 2605.
        assertThat(BuddhistDates.abbreviatedShortYear(LocalDate.of(2057, 3, 5))).isEqualTo("5 มี.ค. 00");
        assertThat(BuddhistDates.abbreviatedShortYear(LocalDate.of(2062, 3, 5))).isEqualTo("5 มี.ค. 05");
    }

    @Test
    void formatsDateTimeOnA24HourClock() {
        assertThat(BuddhistDates.dateTime(LocalDateTime.of(2026, 11, 22, 14, 5)))
                .isEqualTo("22 พ.ย. 2569 14:05 น.");
        assertThat(BuddhistDates.dateTime(LocalDateTime.of(2026, 11, 22, 9, 0, 59)))
                .isEqualTo("22 พ.ย. 2569 09:00 น.");
        assertThat(BuddhistDates.dateTime(LocalDateTime.of(2026, 11, 22, 14, 5), true))
                .isEqualTo("๒๒ พ.ย. ๒๕๖๙ ๑๔:๐๕ น.");
    }

    @ParameterizedTest
    @CsvSource({
        "1, มกราคม, ม.ค.",
        "2, กุมภาพันธ์, ก.พ.",
        "3, มีนาคม, มี.ค.",
        "4, เมษายน, เม.ย.",
        "5, พฤษภาคม, พ.ค.",
        "6, มิถุนายน, มิ.ย.",
        "7, กรกฎาคม, ก.ค.",
        "8, สิงหาคม, ส.ค.",
        "9, กันยายน, ก.ย.",
        "10, ตุลาคม, ต.ค.",
        "11, พฤศจิกายน, พ.ย.",
        "12, ธันวาคม, ธ.ค.",
    })
    void namesEveryMonth(int month, String name, String abbreviation) {
        assertThat(BuddhistDates.monthName(month)).isEqualTo(name);
        assertThat(BuddhistDates.monthAbbreviation(month)).isEqualTo(abbreviation);
    }

    @ParameterizedTest
    @EnumSource(Month.class)
    void monthNamesAgreeWithTheJdkThaiLocale(Month month) {
        assertThat(BuddhistDates.monthName(month.getValue())).isEqualTo(month.getDisplayName(TextStyle.FULL, THAI));
        assertThat(BuddhistDates.monthAbbreviation(month.getValue()))
                .isEqualTo(month.getDisplayName(TextStyle.SHORT, THAI));
    }

    @ParameterizedTest
    @CsvSource({
        "MONDAY, จันทร์",
        "TUESDAY, อังคาร",
        "WEDNESDAY, พุธ",
        "THURSDAY, พฤหัสบดี",
        "FRIDAY, ศุกร์",
        "SATURDAY, เสาร์",
        "SUNDAY, อาทิตย์",
    })
    void namesEveryDay(DayOfWeek day, String name) {
        assertThat(BuddhistDates.dayName(day)).isEqualTo(name);
        assertThat("วัน" + BuddhistDates.dayName(day)).isEqualTo(day.getDisplayName(TextStyle.FULL, THAI));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 13, -1})
    void rejectsMonthsOutOfRange(int month) {
        assertThatThrownBy(() -> BuddhistDates.monthName(month)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BuddhistDates.monthAbbreviation(month)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> BuddhistDates.full(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BuddhistDates.fullWithDay(null, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BuddhistDates.abbreviated(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BuddhistDates.abbreviatedShortYear(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BuddhistDates.dateTime(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BuddhistDates.dayName(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "13/4/2570, 2027-04-13",
        "13/04/2570, 2027-04-13",
        "๑๓/๔/๒๕๗๐, 2027-04-13",
        "1-1-2570, 2027-01-01",
        "31.12.2569, 2026-12-31",
        "' 5/12/2569 ', 2026-12-05"
    })
    void readsDayMonthAndBuddhistYear(String text, LocalDate expected) {
        assertThat(BuddhistDates.parseNumeric(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13/4/2027", "31/2/2570", "2027-04-13", "13/4/70", "13 เม.ย. 2570", ""})
    void refusesWhatIsNotADayOfABuddhistYear(String text) {
        assertThatThrownBy(() -> BuddhistDates.parseNumeric(text)).isInstanceOf(java.time.DateTimeException.class);
    }
}
