package org.khet.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void weekendsAndHolidaysDoNotCount() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        assertThat(WorkingDays.after(friday, 1, Set.of())).isEqualTo(LocalDate.of(2026, 12, 7));
        // Monday 7 December is the substitute for Father's Day: three working days from Friday end on Thursday.
        assertThat(WorkingDays.after(friday, 3, Set.of(LocalDate.of(2026, 12, 7))))
                .isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 5), 1, Set.of())).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void thirtyWorkingDaysOverSongkranSkipItsThreeDays() {
        var songkran = Set.of(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 15));
        LocalDate from = LocalDate.of(2026, 4, 1);
        assertThat(WorkingDays.after(from, 30, songkran)).isEqualTo(WorkingDays.after(from, 33, Set.of()));
    }
}
