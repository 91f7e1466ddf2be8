package org.khet.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcademicYearTest {

    private static final MonthDay JULY_1 = MonthDay.of(7, 1);
    private static final MonthDay DECEMBER_1 = MonthDay.of(12, 1);

    @ParameterizedTest(name = "{0} → {1} term {2}")
    @CsvSource({
        "2026-11-22, 2569, 2",
        "2026-05-15, 2568, 2",
        "2026-05-16, 2569, 1",
        "2026-10-31, 2569, 1",
        "2026-11-01, 2569, 2",
        "2026-12-31, 2569, 2",
        "2027-01-01, 2569, 2",
        "2027-03-31, 2569, 2",
        "2024-02-29, 2566, 2",
    })
    void usesTheDefaultTermDates(LocalDate date, int year, int term) {
        assertThat(AcademicYear.of(date).buddhistYear()).isEqualTo(year);
        assertThat(AcademicYear.term(date)).isEqualTo(term);
        assertThat(AcademicYear.term(date, AcademicYear.DEFAULT_TERM1_START, AcademicYear.DEFAULT_TERM2_START))
                .isEqualTo(term);
    }

    @Test
    void defaultsAreSixteenthOfMayAndFirstOfNovember() {
        assertThat(AcademicYear.DEFAULT_TERM1_START).isEqualTo(MonthDay.of(5, 16));
        assertThat(AcademicYear.DEFAULT_TERM2_START).isEqualTo(MonthDay.of(11, 1));
    }

    @Test
    void followsADelayedCalendarWhenGivenOne() {
        LocalDate midJune2020 = LocalDate.of(2020, 6, 15);
        assertThat(AcademicYear.of(midJune2020).buddhistYear()).isEqualTo(2563);
        assertThat(AcademicYear.of(midJune2020, JULY_1).buddhistYear()).isEqualTo(2562);
        assertThat(AcademicYear.of(LocalDate.of(2020, 7, 1), JULY_1).buddhistYear())
                .isEqualTo(2563);

        LocalDate november20 = LocalDate.of(2020, 11, 20);
        assertThat(AcademicYear.term(november20)).isEqualTo(2);
        assertThat(AcademicYear.term(november20, JULY_1, DECEMBER_1)).isEqualTo(1);
        assertThat(AcademicYear.term(midJune2020, JULY_1, DECEMBER_1)).isEqualTo(2);
    }

    @Test
    void termOneIsExactlyTheDaysFromTermOneStartToTheDayBeforeTermTwo() {
        LocalDate first = LocalDate.of(2026, 5, 16);
        LocalDate lastOfTerm1 = LocalDate.of(2026, 10, 31);
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            boolean inTerm1 = !d.isBefore(first) && !d.isAfter(lastOfTerm1);
            assertThat(AcademicYear.term(d)).as(d.toString()).isEqualTo(inTerm1 ? 1 : 2);
        }
    }

    @Test
    void isAValue() {
        assertThat(AcademicYear.of(LocalDate.of(2026, 11, 22))).isEqualTo(AcademicYear.ofBuddhistYear(2569));
    }

    @Test
    void rejectsTermTwoThatDoesNotFollowTermOne() {
        LocalDate date = LocalDate.of(2026, 6, 1);
        assertThatThrownBy(() -> AcademicYear.term(date, DECEMBER_1, JULY_1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AcademicYear.term(date, JULY_1, JULY_1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNull() {
        LocalDate date = LocalDate.of(2026, 6, 1);
        assertThatThrownBy(() -> AcademicYear.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AcademicYear.of(date, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AcademicYear.term(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AcademicYear.term(date, null, JULY_1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AcademicYear.term(date, JULY_1, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
