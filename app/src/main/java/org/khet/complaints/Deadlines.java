package org.khet.complaints;

import java.time.LocalDate;
import java.util.Optional;
import org.khet.calendar.OfficeCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** When a case must leave a step: the procedure's working days (data) counted over the office's calendar (data). */
@Component
class Deadlines {

    private final JdbcClient jdbc;
    private final OfficeCalendar calendar;

    Deadlines(JdbcClient jdbc, OfficeCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** The due date of a case entering {@code status} on {@code from}; empty when the step has no deadline. */
    Optional<LocalDate> due(long areaId, String category, CaseStatus status, LocalDate from) {
        return jdbc.sql("""
                        select working_days from complaints.complaint_deadline
                        where step = :step and (category = :category or category is null) and first_day <= :from
                        order by category nulls last, first_day desc limit 1""")
                .param("step", status.name())
                .param("category", category)
                .param("from", from)
                .query(Integer.class)
                .optional()
                .map(days -> calendar.workingDaysAfter(areaId, from, days));
    }

    /** The working day {@code days} after {@code from} in an area's calendar. */
    LocalDate after(long areaId, LocalDate from, int days) {
        return calendar.workingDaysAfter(areaId, from, days);
    }
}
