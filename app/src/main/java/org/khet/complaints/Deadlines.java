package org.khet.complaints;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** When a case must leave a step: the procedure's working days (data) counted over the office's calendar (data). */
@Component
class Deadlines {

    private final JdbcClient jdbc;

    Deadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The due date of a case entering {@code step} on {@code from}; empty when the step has no deadline. */
    Optional<LocalDate> due(long areaId, String category, String step, LocalDate from) {
        return jdbc.sql("""
                        select working_days from complaint_deadline
                        where step = :step and (category = :category or category is null) and first_day <= :from
                        order by category nulls last, first_day desc limit 1""")
                .param("step", step)
                .param("category", category)
                .param("from", from)
                .query(Integer.class)
                .optional()
                .map(days -> WorkingDays.after(from, days, holidays(areaId, from, from.plusDays(days * 2L + 60))));
    }

    /** The working day {@code days} after {@code from} in an area's calendar. */
    LocalDate after(long areaId, LocalDate from, int days) {
        return WorkingDays.after(from, days, holidays(areaId, from, from.plusDays(days * 2L + 60)));
    }

    private Set<LocalDate> holidays(long areaId, LocalDate from, LocalDate to) {
        return new HashSet<>(jdbc.sql("""
                        select day from office_holiday
                        where (area_id = :a or area_id is null) and day between :from and :to""")
                .param("a", areaId)
                .param("from", from)
                .param("to", to)
                .query(LocalDate.class)
                .list());
    }
}
