package org.khet.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The retirement day at its edges: the first and second of October, and the 29th of February. */
class RetirementTest {

    @Test
    void bornOnTheFirstOfOctoberRetiresOnTheThirtiethOfSeptemberOfTheYearTheyTurnSixty() {
        assertThat(Retirement.reachesAge(LocalDate.of(1966, 10, 1), 60)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(Retirement.retiresOn(LocalDate.of(1966, 10, 1), 60)).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void bornOnTheSecondOfOctoberRetiresAYearLater() {
        assertThat(Retirement.reachesAge(LocalDate.of(1966, 10, 2), 60)).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Retirement.retiresOn(LocalDate.of(1966, 10, 2), 60)).isEqualTo(LocalDate.of(2027, 9, 30));
    }

    @Test
    void bornOnTheThirtiethOfSeptemberRetiresTheSameYear() {
        assertThat(Retirement.retiresOn(LocalDate.of(1966, 9, 30), 60)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(Retirement.retiresOn(LocalDate.of(1966, 1, 1), 60)).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void bornOnTheTwentyNinthOfFebruaryRetiresAtTheEndOfThatFiscalYear() {
        assertThat(Retirement.reachesAge(LocalDate.of(1964, 2, 29), 60)).isEqualTo(LocalDate.of(2024, 2, 28));
        assertThat(Retirement.retiresOn(LocalDate.of(1964, 2, 29), 60)).isEqualTo(LocalDate.of(2024, 9, 30));
        // An age reached in a year without 29 February: still that year's fiscal year.
        assertThat(Retirement.retiresOn(LocalDate.of(1964, 2, 29), 61)).isEqualTo(LocalDate.of(2025, 9, 30));
    }
}
