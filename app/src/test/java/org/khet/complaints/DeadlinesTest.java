package org.khet.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khet.IntegrationTest;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Deadlines come from the procedure's rows and the office's calendar, both data; on an area of its own (6530). */
class DeadlinesTest extends IntegrationTest {

    @Autowired
    Deadlines deadlines;

    @Autowired
    ApplicationContext context;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anAreaHolidayAndACategoryRuleMoveTheDueDate() {
        long area = TestArea.open(context, "6530").id();
        LocalDate thursday = LocalDate.of(2027, 12, 30);
        // Friday 31 December, Monday 3 and Tuesday 4 January: three working days.
        assertThat(deadlines.due(area, "HELP", CaseStatus.RECEIVED, thursday)).hasValue(LocalDate.of(2028, 1, 4));
        jdbc.sql("insert into calendar.holiday (area_id, day, name_th) values (:a, '2028-01-03', 'วันหยุดของเขต')")
                .param("a", area)
                .update();
        assertThat(deadlines.due(area, "HELP", CaseStatus.RECEIVED, thursday)).hasValue(LocalDate.of(2028, 1, 5));
        // A tip-off may be looked into for 45 working days, other complaints for 30.
        LocalDate monday = LocalDate.of(2027, 3, 1);
        assertThat(deadlines.due(area, "TIP_OFF", CaseStatus.INVESTIGATING, monday))
                .hasValue(weekdaysAfter(monday, 45));
        assertThat(deadlines.due(area, "HELP", CaseStatus.INVESTIGATING, monday))
                .hasValue(weekdaysAfter(monday, 30));
        // A closed case has no deadline.
        assertThat(deadlines.due(area, "HELP", CaseStatus.CLOSED, monday)).isEmpty();
    }

    /** Counted by hand: no national holiday falls in March–May 2027, and the new area has none of its own. */
    private static LocalDate weekdaysAfter(LocalDate from, int days) {
        LocalDate day = from;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek().getValue() <= 5) {
                left--;
            }
        }
        return day;
    }
}
