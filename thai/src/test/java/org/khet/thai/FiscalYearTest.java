package org.khet.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalYearTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2026-11-22, 2570",
        "2026-09-30, 2569",
        "2026-10-01, 2570",
        "2027-01-01, 2570",
        "2027-09-30, 2570",
        "2025-12-31, 2569",
        "2024-02-29, 2567",
    })
    void namesTheYearByTheBuddhistYearItEndsIn(LocalDate date, int expected) {
        assertThat(FiscalYear.of(date).buddhistYear()).isEqualTo(expected);
    }

    @Test
    void runsFromOctoberFirstToSeptemberThirtieth() {
        FiscalYear fy = FiscalYear.ofBuddhistYear(2570);
        assertThat(fy.start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(fy.end()).isEqualTo(LocalDate.of(2027, 9, 30));
    }

    @Test
    void containsBothEndsAndNothingOutside() {
        FiscalYear fy = FiscalYear.ofBuddhistYear(2570);
        assertThat(fy.contains(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(fy.contains(LocalDate.of(2027, 9, 30))).isTrue();
        assertThat(fy.contains(LocalDate.of(2026, 9, 30))).isFalse();
        assertThat(fy.contains(LocalDate.of(2027, 10, 1))).isFalse();
    }

    @Test
    void everyDayBelongsToExactlyTheFiscalYearThatContainsIt() {
        for (LocalDate d = LocalDate.of(2023, 1, 1); d.isBefore(LocalDate.of(2029, 1, 1)); d = d.plusDays(1)) {
            FiscalYear fy = FiscalYear.of(d);
            assertThat(fy.contains(d)).as(d.toString()).isTrue();
            assertThat(FiscalYear.ofBuddhistYear(fy.buddhistYear() + 1).contains(d))
                    .isFalse();
            assertThat(FiscalYear.ofBuddhistYear(fy.buddhistYear() - 1).contains(d))
                    .isFalse();
        }
    }

    @Test
    void isAValue() {
        assertThat(FiscalYear.of(LocalDate.of(2026, 11, 22))).isEqualTo(FiscalYear.ofBuddhistYear(2570));
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> FiscalYear.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FiscalYear.ofBuddhistYear(2570).contains(null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
