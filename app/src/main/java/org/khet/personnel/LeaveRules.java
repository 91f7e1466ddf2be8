package org.khet.personnel;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entitlement of each leave type as dated data: a version of a type's rule from a day. The administrator sets a
 * new version from a day not yet past, which ends the version in force from that day; nothing is changed backwards
 * or deleted, and each change is audited. A request is checked against the version in force on its first day.
 */
@Component
class LeaveRules {

    /**
     * A type's entitlement: {@code daysPerYear} per fiscal year ({@code firstYearDays} in the year one entered
     * service), or {@code daysPerRequest} each time; null where the regulation sets no number. Vacation carries
     * unused days over up to {@code carryOverTo} in all ({@code carryOverToLong} after {@code longServiceYears}).
     */
    record LeaveRule(
            long id,
            LeaveType leaveType,
            String dayUnit,
            BigDecimal daysPerYear,
            BigDecimal firstYearDays,
            BigDecimal daysPerRequest,
            BigDecimal carryOverTo,
            BigDecimal carryOverToLong,
            Integer longServiceYears,
            int minServiceMonths,
            boolean onceInService,
            boolean schoolStaff,
            LocalDate validFrom,
            LocalDate validUntil,
            String circular,
            boolean startingFigure,
            BigDecimal extensionDays,
            String extensionApprover,
            BigDecimal certificateFromDays) {

        public boolean workingDays() {
            return "WORKING".equals(dayUnit);
        }

        /** The days of a year in the fiscal year one entered service. */
        BigDecimal firstYear() {
            return firstYearDays == null ? daysPerYear : firstYearDays;
        }
    }

    private static final String SELECT = """
            select id, leave_type, day_unit, trim_scale(days_per_year) as days_per_year,
                   trim_scale(first_year_days) as first_year_days, trim_scale(days_per_request) as days_per_request,
                   trim_scale(carry_over_to) as carry_over_to, trim_scale(carry_over_to_long) as carry_over_to_long,
                   long_service_years, min_service_months, once_in_service, school_staff, valid_from, valid_until,
                   circular, starting_figure, trim_scale(extension_days) as extension_days, extension_approver,
                   trim_scale(certificate_from_days) as certificate_from_days
            from personnel.leave_rule""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    LeaveRules(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return OfficeTime.today(clock);
    }

    /** Every version, in force or past or to come, by type and day. */
    List<LeaveRule> all() {
        return jdbc.sql(SELECT + " order by leave_type, valid_from")
                .query(LeaveRule.class)
                .list();
    }

    /** The versions in force on {@code day}, in the order of the types. */
    List<LeaveRule> inForce(LocalDate day) {
        return jdbc
                .sql(SELECT + " where valid_from <= :d and (valid_until is null or valid_until > :d)")
                .param("d", day)
                .query(LeaveRule.class)
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(LeaveRule::leaveType))
                .toList();
    }

    /** The version of {@code type} in force on {@code day}, if there is one. */
    Optional<LeaveRule> of(LeaveType type, LocalDate day) {
        return inForce(day).stream().filter(r -> r.leaveType() == type).findFirst();
    }

    /**
     * Sets a new version of the rule of its type from its {@code validFrom}, a day not yet past: the version in
     * force then ends that day. Its id.
     */
    @Transactional
    long set(LeaveRule rule, KhetUser by) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("set a leave rule");
        }
        check(rule);
        jdbc.sql("""
                        update personnel.leave_rule set valid_until = :from
                        where leave_type = :type and valid_from < :from and (valid_until is null or valid_until > :from)""")
                .param("type", rule.leaveType().name())
                .param("from", rule.validFrom())
                .update();
        long id = jdbc.sql("""
                        insert into personnel.leave_rule (leave_type, day_unit, days_per_year, first_year_days,
                            days_per_request, carry_over_to, carry_over_to_long, long_service_years,
                            min_service_months, once_in_service, school_staff, valid_from, valid_until, circular,
                            starting_figure, created_by, extension_days, extension_approver, certificate_from_days)
                        select :type, :unit, :perYear, :firstYear, :perRequest, :carry, :carryLong, :longYears,
                               :minMonths, :once, :school, :from, min(valid_from) filter (where valid_from > :from),
                               :circular, false, :by, :extension, :extensionApprover, :certificate
                        from personnel.leave_rule where leave_type = :type
                        returning id""")
                .param("type", rule.leaveType().name())
                .param("unit", rule.dayUnit())
                .param("perYear", rule.daysPerYear())
                .param("firstYear", rule.firstYearDays())
                .param("perRequest", rule.daysPerRequest())
                .param("carry", rule.carryOverTo())
                .param("carryLong", rule.carryOverToLong())
                .param("longYears", rule.longServiceYears())
                .param("minMonths", rule.minServiceMonths())
                .param("once", rule.onceInService())
                .param("school", rule.schoolStaff())
                .param("from", rule.validFrom())
                .param("circular", rule.circular().strip())
                .param("by", by.id())
                .param("extension", rule.extensionDays())
                .param("extensionApprover", rule.extensionDays() == null ? null : rule.extensionApprover())
                .param("certificate", rule.certificateFromDays())
                .query(Long.class)
                .single();
        audit.changedBy(
                by,
                null,
                "LEAVE_RULE_SET",
                "leave_rule",
                id,
                null,
                Map.of(
                        "type",
                        rule.leaveType().name(),
                        "from",
                        rule.validFrom().toString(),
                        "circular",
                        rule.circular()));
        return id;
    }

    private void check(LeaveRule rule) {
        if (rule.leaveType() == null) {
            throw RejectedException.of("leaveType", Texts.of("personnel.leave.rule.noType"));
        }
        if (!"WORKING".equals(rule.dayUnit()) && !"CALENDAR".equals(rule.dayUnit())) {
            throw RejectedException.of("dayUnit", Texts.of("personnel.leave.rule.noUnit"));
        }
        for (BigDecimal days : java.util.Arrays.asList(
                rule.daysPerYear(),
                rule.firstYearDays(),
                rule.daysPerRequest(),
                rule.carryOverTo(),
                rule.carryOverToLong(),
                rule.extensionDays(),
                rule.certificateFromDays())) {
            if (days != null && days.signum() < 0) {
                throw RejectedException.of("days", Texts.of("personnel.leave.rule.negative"));
            }
        }
        if (rule.extensionDays() != null
                && (rule.daysPerYear() == null
                        || !java.util.List.of("SCHOOL_DIRECTOR", "UNIT_HEAD", "AREA_DIRECTOR")
                                .contains(rule.extensionApprover()))) {
            throw RejectedException.of("extensionDays", Texts.of("personnel.leave.rule.badExtension"));
        }
        notPast(rule.validFrom());
        if (all().stream()
                .anyMatch(
                        r -> r.leaveType() == rule.leaveType() && r.validFrom().equals(rule.validFrom()))) {
            throw RejectedException.of("validFrom", Texts.of("personnel.leave.rule.sameDay"));
        }
        checkCircular(rule.circular());
    }

    /** A rule names the regulation or circular it comes from, in at most 300 characters. */
    static void checkCircular(String circular) {
        if (circular == null || circular.isBlank() || circular.strip().length() > 300) {
            throw RejectedException.of("circular", Texts.of("personnel.leave.rule.noCircular"));
        }
    }

    void notPast(LocalDate day) {
        if (day == null || day.isBefore(today())) {
            throw RejectedException.of("validFrom", Texts.of("personnel.leave.rule.past", today().toString()));
        }
    }
}
