package org.khet.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.khet.thai.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's leave per fiscal year: what each type allows (the rule in force, the first year of service, vacation
 * carried over), what is taken (approved, or approved and waiting for its cancellation to be confirmed) and what is
 * waiting. Service is counted from {@code personnel.employment.appointed_on}; without it the rules apply without
 * their service conditions, and the page says so. Carry-over counts only the years whose leave Khet holds: from the
 * fiscal year of the person's first request or opening here (or of their appointment, if later), at most ten years
 * back; a year with an opening ({@link LeaveOpenings}: where the paper register stood) takes its carry-over from it
 * and adds the days taken on paper.
 */
@Component
class LeaveBalances {

    private static final int YEARS_BACK = 10;

    /** One type's year: {@code allowed} null where the type has no yearly number. */
    record Balance(LeaveType type, BigDecimal allowed, BigDecimal carried, BigDecimal taken, BigDecimal waiting) {

        /** What is left, or null where there is no yearly number; below zero once an extension is used. */
        public BigDecimal left() {
            return allowed == null ? null : allowed.subtract(taken).subtract(waiting);
        }

        /** What is left as shown: never below zero. */
        public BigDecimal remaining() {
            return left().max(BigDecimal.ZERO);
        }

        /** Days taken or waiting beyond the year's own, under an extension. */
        public BigDecimal extended() {
            return allowed == null ? BigDecimal.ZERO : left().negate().max(BigDecimal.ZERO);
        }

        /** What an extension of {@code extension} days a year still allows. */
        BigDecimal extensionLeft(BigDecimal extension) {
            return extension.subtract(extended()).max(BigDecimal.ZERO);
        }
    }

    /** When the person entered service and whether they work at a school. */
    record Service(Optional<LocalDate> appointedOn, boolean atSchool) {

        /** Whole months of service on {@code day}; empty when the appointment date is not recorded. */
        Optional<Integer> monthsOn(LocalDate day) {
            return appointedOn.map(a -> (int) Period.between(a, day).toTotalMonths());
        }
    }

    private final JdbcClient jdbc;
    private final LeaveRules rules;
    private final LeaveOpenings openings;

    LeaveBalances(JdbcClient jdbc, LeaveRules rules, LeaveOpenings openings) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.openings = openings;
    }

    Optional<LocalDate> appointedOn(long personId) {
        return jdbc.sql("select appointed_on from personnel.employment where person_id = :p")
                .param("p", personId)
                .query(LocalDate.class)
                .optional();
    }

    /** Every type's balance of {@code year} under the rules in force on {@code day}. */
    List<Balance> of(long personId, Service service, FiscalYear year, LocalDate day) {
        return rules.inForce(day).stream()
                .map(rule -> of(personId, service, year, rule))
                .toList();
    }

    Balance of(long personId, Service service, FiscalYear year, LeaveRules.LeaveRule rule) {
        BigDecimal allowed = allowed(service, year, rule);
        BigDecimal carried = allowed == null || rule.carryOverTo() == null
                ? BigDecimal.ZERO
                : carried(personId, service, year, rule, earliest(personId, service, rule.leaveType()));
        return new Balance(
                rule.leaveType(),
                allowed == null ? null : allowed.add(carried),
                carried,
                taken(personId, rule.leaveType(), year),
                days(personId, rule.leaveType(), year, "'PENDING'"));
    }

    /** The year's own days, before anything carried over. */
    private static BigDecimal allowed(Service service, FiscalYear year, LeaveRules.LeaveRule rule) {
        if (service.atSchool() && !rule.schoolStaff()) {
            return BigDecimal.ZERO;
        }
        if (rule.daysPerYear() == null) {
            return null;
        }
        boolean firstYear = service.appointedOn().map(a -> year.contains(a)).orElse(false);
        return firstYear ? rule.firstYear() : rule.daysPerYear();
    }

    private BigDecimal carried(
            long personId, Service service, FiscalYear year, LeaveRules.LeaveRule rule, int earliest) {
        BigDecimal room = ceiling(service, year, rule)
                .subtract(allowed(service, year, rule))
                .max(BigDecimal.ZERO);
        Optional<LeaveOpenings.Opening> opening = openings.of(personId, rule.leaveType(), year);
        if (opening.isPresent()) {
            return opening.get().carried().min(room);
        }
        FiscalYear before = FiscalYear.ofBuddhistYear(year.buddhistYear() - 1);
        if (before.buddhistYear() < earliest) {
            return BigDecimal.ZERO;
        }
        BigDecimal own = allowed(service, before, rule);
        BigDecimal unused = own.add(carried(personId, service, before, rule, earliest))
                .subtract(taken(personId, rule.leaveType(), before));
        return unused.max(BigDecimal.ZERO).min(room);
    }

    /** Approved days (and those whose cancellation waits), with the days taken on paper before Khet. */
    private BigDecimal taken(long personId, LeaveType type, FiscalYear year) {
        BigDecimal onPaper = openings.of(personId, type, year)
                .map(LeaveOpenings.Opening::taken)
                .orElse(BigDecimal.ZERO);
        BigDecimal taken = days(personId, type, year, "'APPROVED', 'CANCEL_REQUESTED'");
        if (onPaper.signum() == 0) {
            return taken;
        }
        BigDecimal sum = taken.add(onPaper).stripTrailingZeros(); // 3.0 + 2 shows as 5, as the requests' days do
        return sum.scale() < 0 ? sum.setScale(0) : sum;
    }

    /** The most one may hold in a year: more after long service (only known with an appointment date). */
    private static BigDecimal ceiling(Service service, FiscalYear year, LeaveRules.LeaveRule rule) {
        boolean longService = rule.carryOverToLong() != null
                && rule.longServiceYears() != null
                && service.monthsOn(year.start())
                        .map(m -> m >= rule.longServiceYears() * 12)
                        .orElse(false);
        return longService ? rule.carryOverToLong() : rule.carryOverTo();
    }

    /** The first fiscal year whose leave counts for carry-over. */
    private int earliest(long personId, Service service, LeaveType type) {
        int request = jdbc.sql("select coalesce(min(fiscal_year), 0) from personnel.leave_request where person_id = :p")
                .param("p", personId)
                .query(Integer.class)
                .single();
        int opening = openings.firstYear(personId, type).orElse(0);
        int first = request == 0 || opening == 0 ? Math.max(request, opening) : Math.min(request, opening);
        int appointed =
                service.appointedOn().map(a -> FiscalYear.of(a).buddhistYear()).orElse(0);
        int floor = FiscalYear.of(rules.today()).buddhistYear() - YEARS_BACK;
        return Math.max(floor, Math.max(first == 0 ? Integer.MAX_VALUE : first, appointed));
    }

    private BigDecimal days(long personId, LeaveType type, FiscalYear year, String statuses) {
        return jdbc.sql("select trim_scale(coalesce(sum(days), 0)) from personnel.leave_request"
                        + " where person_id = :p and leave_type = :t and fiscal_year = :y and status in (" + statuses
                        + ")")
                .param("p", personId)
                .param("t", type.name())
                .param("y", year.buddhistYear())
                .query(BigDecimal.class)
                .single();
    }
}
