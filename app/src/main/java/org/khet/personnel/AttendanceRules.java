package org.khet.personnel;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * From what time a sign-in is late, as dated data ({@code personnel.attendance_rule}): an area's own rule in force
 * on the day, else the rule for every area (shipped: 08:30, a starting figure the office checks against its announced
 * hours).
 */
@Component
class AttendanceRules {

    private final JdbcClient jdbc;

    AttendanceRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The time after which a sign-in on {@code day} in {@code areaId} is late; none with no rule in force. */
    java.util.Optional<LocalTime> lateAfter(long areaId, LocalDate day) {
        return jdbc.sql("""
                        select late_after from personnel.attendance_rule
                        where (area_id = :a or area_id is null) and valid_from <= :d
                          and (valid_until is null or valid_until > :d)
                        order by area_id nulls last, valid_from desc limit 1""")
                .param("a", areaId)
                .param("d", day)
                .query(LocalTime.class)
                .optional();
    }

    /**
     * Whether a sign-in at {@code at} is late against {@code lateAfter}, counted in whole minutes as a clock on the
     * wall shows them: 08:30:59 is on time, 08:31 is late by a minute.
     */
    static boolean late(LocalTime at, LocalTime lateAfter) {
        return at.truncatedTo(ChronoUnit.MINUTES).isAfter(lateAfter);
    }
}
