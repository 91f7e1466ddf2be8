package org.khet.personnel;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khet.personnel.common.DatedRows;
import org.khet.personnel.common.DatedTable;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
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

    /** How a change of a leave rule or approver is refused. */
    static final DatedRows.Refusals REFUSALS = new DatedRows.Refusals(
            "change the leave rules", "validFrom", "personnel.leave.rule.past", "personnel.leave.rule.noCircular");

    private static final String COLUMNS = """
            id, leave_type, day_unit, trim_scale(days_per_year) as days_per_year,
            trim_scale(first_year_days) as first_year_days, trim_scale(days_per_request) as days_per_request,
            trim_scale(carry_over_to) as carry_over_to, trim_scale(carry_over_to_long) as carry_over_to_long,
            long_service_years, min_service_months, once_in_service, school_staff, valid_from, valid_until,
            circular, starting_figure, trim_scale(extension_days) as extension_days, extension_approver,
            trim_scale(certificate_from_days) as certificate_from_days""";
    private static final String TABLE = "personnel.leave_rule";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final DatedTable<LeaveRule> table;

    LeaveRules(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.table = new DatedTable<>(jdbc, TABLE, COLUMNS, LeaveRule.class);
    }

    LocalDate today() {
        return OfficeTime.today(clock);
    }

    /** Every version, in force or past or to come, by type and day. */
    List<LeaveRule> all() {
        return table.all("leave_type, valid_from");
    }

    /** The versions in force on {@code day}, in the order of the types. */
    List<LeaveRule> inForce(LocalDate day) {
        return table.allOn(day, "id").stream()
                .sorted(Comparator.comparing(LeaveRule::leaveType))
                .toList();
    }

    /** The version of {@code type} in force on {@code day}, if there is one. */
    Optional<LeaveRule> of(LeaveType type, LocalDate day) {
        return table.where("leave_type = :type", Map.of("type", type.name())).on(day);
    }

    /**
     * Sets a new version of the rule of its type from its {@code validFrom}, a day not yet past: the version in
     * force then ends that day. Its id.
     */
    @Transactional
    long set(LeaveRule rule, KhetUser by) {
        DatedRows.checkChange(by, rule.validFrom(), today(), rule.circular(), REFUSALS);
        check(rule);
        Map<String, Object> values = new HashMap<>();
        values.put("leave_type", rule.leaveType().name());
        values.put("day_unit", rule.dayUnit());
        values.put("days_per_year", rule.daysPerYear());
        values.put("first_year_days", rule.firstYearDays());
        values.put("days_per_request", rule.daysPerRequest());
        values.put("carry_over_to", rule.carryOverTo());
        values.put("carry_over_to_long", rule.carryOverToLong());
        values.put("long_service_years", rule.longServiceYears());
        values.put("min_service_months", rule.minServiceMonths());
        values.put("once_in_service", rule.onceInService());
        values.put("school_staff", rule.schoolStaff());
        values.put("extension_days", rule.extensionDays());
        values.put("extension_approver", rule.extensionDays() == null ? null : rule.extensionApprover());
        values.put("certificate_from_days", rule.certificateFromDays());
        long id = DatedRows.setFrom(
                jdbc,
                TABLE,
                "leave_type = :leave_type",
                values,
                rule.validFrom(),
                rule.circular(),
                by,
                Texts.of("personnel.leave.rule.sameDay"));
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
        for (BigDecimal days : Arrays.asList(
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
                        || !List.of("SCHOOL_DIRECTOR", "UNIT_HEAD", "AREA_DIRECTOR")
                                .contains(rule.extensionApprover()))) {
            throw RejectedException.of("extensionDays", Texts.of("personnel.leave.rule.badExtension"));
        }
    }
}
