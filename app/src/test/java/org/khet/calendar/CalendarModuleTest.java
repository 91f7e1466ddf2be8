package org.khet.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The office calendar with the registry's areas under it: an area's own day off counts for that area alone. */
@ModuleTest
class CalendarModuleTest {

    private static final LocalDate TUESDAY = LocalDate.of(2031, 11, 18);
    private static final LocalDate WEDNESDAY = TUESDAY.plusDays(1);

    @Autowired
    ApplicationContext context;

    @Autowired
    HolidayEditor editor;

    @Autowired
    OfficeCalendar calendar;

    @Test
    void anAreasOwnDayOffMovesItsDeadlinesAndNoOtherAreas() {
        TestArea area = TestArea.open(context, "8401");
        TestArea neighbour = TestArea.open(context, "8402");
        assertThat(calendar.isWorkingDay(area.id(), WEDNESDAY)).isTrue();

        editor.add(area.id(), WEDNESDAY.toString(), "วันหยุดงานประจำปีของเขต", "Area day off", area.admin());

        assertThat(calendar.isWorkingDay(area.id(), WEDNESDAY)).isFalse();
        assertThat(calendar.workingDaysAfter(area.id(), TUESDAY, 1)).isEqualTo(WEDNESDAY.plusDays(1));
        assertThat(calendar.isWorkingDay(neighbour.id(), WEDNESDAY)).isTrue();
        assertThat(calendar.workingDaysAfter(neighbour.id(), TUESDAY, 1)).isEqualTo(WEDNESDAY);
    }
}
