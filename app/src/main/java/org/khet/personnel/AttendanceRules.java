package org.khet.personnel;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
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

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final LeaveRules leaveRules;

    AttendanceRules(JdbcClient jdbc, AuditLog audit, LeaveRules leaveRules) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.leaveRules = leaveRules;
    }

    LocalDate today() {
        return leaveRules.today();
    }

    /** Every rule, by scope and day. */
    List<Rule> all() {
        return jdbc.sql("""
                        select id, area_id, late_after, valid_from, valid_until, circular, starting_figure
                        from personnel.attendance_rule order by area_id nulls first, valid_from""").query(Rule.class).list();
    }

    /** Adds a rule for {@code areaId} (null: every area) from {@code from}, ending the one before; audited. */
    @Transactional
    long add(Long areaId, LocalTime lateAfter, LocalDate from, String circular, boolean starting, KhetUser by) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("set the attendance rule");
        }
        if (lateAfter == null || from == null || circular == null || circular.isBlank() || circular.length() > 300) {
            throw RejectedException.of("lateAfter", Texts.of("personnel.attendance.rule.missing"));
        }
        if (from.isBefore(today())) {
            throw RejectedException.of("validFrom", Texts.of("personnel.attendance.rule.past", today().toString()));
        }
        String scope = "area_id is not distinct from cast(:a as bigint)";
        boolean sameDay = jdbc.sql("select exists (select 1 from personnel.attendance_rule where " + scope
                        + " and valid_from = :from)")
                .param("a", areaId)
                .param("from", from)
                .query(Boolean.class)
                .single();
        if (sameDay) {
            throw RejectedException.of("validFrom", Texts.of("personnel.attendance.rule.sameDay"));
        }
        jdbc.sql("update personnel.attendance_rule set valid_until = :from where " + scope
                        + " and valid_from < :from and (valid_until is null or valid_until > :from)")
                .param("a", areaId)
                .param("from", from)
                .update();
        long id = jdbc.sql("""
                        insert into personnel.attendance_rule (area_id, late_after, valid_from, circular,
                            starting_figure, created_by)
                        values (:a, :t, :from, :circular, :starting, :by) returning id""")
                .param("a", areaId)
                .param("t", lateAfter)
                .param("from", from)
                .param("circular", circular.strip())
                .param("starting", starting)
                .param("by", by.id())
                .query(Long.class)
                .single();
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
