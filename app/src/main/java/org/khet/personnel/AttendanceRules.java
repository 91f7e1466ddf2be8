package org.khet.personnel;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khet.personnel.common.DatedRows;
import org.khet.personnel.common.DatedTable;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * From what time a sign-in is late, as dated data ({@code personnel.attendance_rule}): an area's own rule in force
 * on the day, else the rule for every area (shipped: 08:30, a starting figure the office checks against its announced
 * hours). The administrator adds a rule from a day not yet past, which ends the one before of the same scope.
 */
@Component
class AttendanceRules {

    /** One rule; {@code areaId} null for every area. */
    record Rule(
            long id,
            Long areaId,
            LocalTime lateAfter,
            LocalDate validFrom,
            LocalDate validUntil,
            String circular,
            boolean startingFigure) {}

    private static final DatedRows.Refusals REFUSALS = new DatedRows.Refusals(
            "set the attendance rule",
            "validFrom",
            "personnel.attendance.rule.past",
            "personnel.attendance.rule.missing");
    private static final String TABLE = "personnel.attendance_rule";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final LeaveRules leaveRules;
    private final DatedTable<Rule> table;

    AttendanceRules(JdbcClient jdbc, AuditLog audit, LeaveRules leaveRules) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.leaveRules = leaveRules;
        this.table = new DatedTable<>(jdbc, TABLE, Rule.class);
    }

    LocalDate today() {
        return leaveRules.today();
    }

    /** Every rule, by scope and day. */
    List<Rule> all() {
        return table.all("area_id nulls first, valid_from");
    }

    /** Adds a rule for {@code areaId} (null: every area) from {@code from}, ending the one before; audited. */
    @Transactional
    long add(Long areaId, LocalTime lateAfter, LocalDate from, String circular, boolean starting, KhetUser by) {
        if (lateAfter == null || from == null) {
            throw RejectedException.of("lateAfter", Texts.of("personnel.attendance.rule.missing"));
        }
        DatedRows.checkChange(by, from, today(), circular, REFUSALS);
        Map<String, Object> values = new HashMap<>();
        values.put("area_id", areaId);
        values.put("late_after", lateAfter);
        values.put("starting_figure", starting);
        long id = DatedRows.setFrom(
                jdbc,
                TABLE,
                "area_id is not distinct from cast(:area_id as bigint)",
                values,
                from,
                circular,
                by,
                Texts.of("personnel.attendance.rule.sameDay"));
        audit.changedBy(
                by,
                areaId,
                "ATTENDANCE_RULE_ADDED",
                "attendance_rule",
                id,
                null,
                Map.of("late_after", lateAfter.toString(), "from", from.toString()));
        return id;
    }

    /** The time after which a sign-in on {@code day} in {@code areaId} is late; none with no rule in force. */
    Optional<LocalTime> lateAfter(long areaId, LocalDate day) {
        return table
                .where("area_id = :area or area_id is null", Map.of("area", areaId))
                .allOn(day, "area_id nulls last, valid_from desc")
                .stream()
                .findFirst()
                .map(Rule::lateAfter);
    }

    /**
     * Whether a sign-in at {@code at} is late against {@code lateAfter}, counted in whole minutes as a clock on the
     * wall shows them: 08:30:59 is on time, 08:31 is late by a minute.
     */
    static boolean late(LocalTime at, LocalTime lateAfter) {
        return at.truncatedTo(ChronoUnit.MINUTES).isAfter(lateAfter);
    }
}
