package org.khet.personnel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.khet.thai.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a person's leave stood before the office used Khet, from its paper register: per fiscal year and type, the
 * days carried over into the year (only for a type that carries over, within the rule's ceiling) and the days already
 * taken in it. The balance counts a year's opening as it counts Khet's requests; a year with an opening is the first
 * whose carry-over Khet takes from its own records. Entered by the personnel group, each change audited.
 */
@Component
class LeaveOpenings {

    /** One year's opening of one type. */
    record Opening(LeaveType leaveType, int fiscalYear, BigDecimal carried, BigDecimal taken, String note) {}

    private static final int YEARS_BACK = 10;

    private final JdbcClient jdbc;
    private final Employments employments;
    private final LeaveRules rules;
    private final AuditLog audit;

    LeaveOpenings(JdbcClient jdbc, Employments employments, LeaveRules rules, AuditLog audit) {
        this.jdbc = jdbc;
        this.employments = employments;
        this.rules = rules;
        this.audit = audit;
    }

    List<Opening> of(long personId) {
        return jdbc.sql(
                        "select leave_type, fiscal_year, trim_scale(carried) as carried, trim_scale(taken) as taken, note"
                                + " from personnel.leave_opening"
                                + " where person_id = :p order by fiscal_year desc, leave_type")
                .param("p", personId)
                .query(Opening.class)
                .list();
    }

    Optional<Opening> of(long personId, LeaveType type, FiscalYear year) {
        return jdbc.sql(
                        "select leave_type, fiscal_year, trim_scale(carried) as carried, trim_scale(taken) as taken, note"
                                + " from personnel.leave_opening"
                                + " where person_id = :p and leave_type = :t and fiscal_year = :y")
                .param("p", personId)
                .param("t", type.name())
                .param("y", year.buddhistYear())
                .query(Opening.class)
                .optional();
    }

    /** The earliest fiscal year with an opening for the type, if any. */
    Optional<Integer> firstYear(long personId, LeaveType type) {
        return jdbc.sql("select min(fiscal_year) from personnel.leave_opening where person_id = :p and leave_type = :t")
                .param("p", personId)
                .param("t", type.name())
                .query(Integer.class)
                .optional();
    }

    /** Records (or replaces) the opening; all zero removes it. */
    @Transactional
    void set(long personId, Opening opening, KhetUser by) {
        Employments.Viewed viewed = employments.allowed(personId, by);
        if (!viewed.edits()) {
            throw new ForbiddenException("enter the leave opening of " + personId);
        }
        check(opening);
        Optional<Opening> before = of(personId, opening.leaveType(), FiscalYear.ofBuddhistYear(opening.fiscalYear()));
        jdbc.sql("delete from personnel.leave_opening where person_id = :p and leave_type = :t and fiscal_year = :y")
                .param("p", personId)
                .param("t", opening.leaveType().name())
                .param("y", opening.fiscalYear())
                .update();
        boolean empty = opening.carried().signum() == 0 && opening.taken().signum() == 0;
        if (!empty) {
            jdbc.sql("""
                            insert into personnel.leave_opening (person_id, leave_type, fiscal_year, carried, taken, note,
                                entered_by)
                            values (:p, :t, :y, :carried, :taken, :note, :by)""")
                    .param("p", personId)
                    .param("t", opening.leaveType().name())
                    .param("y", opening.fiscalYear())
                    .param("carried", opening.carried())
                    .param("taken", opening.taken())
                    .param("note", opening.note())
                    .param("by", by.id())
                    .update();
        }
        audit.changedBy(
                by,
                viewed.person().areaId(),
                "LEAVE_OPENING_SET",
                "leave_opening",
                personId,
                before.map(LeaveOpenings::values).orElse(null),
                empty ? null : values(opening));
    }

    private void check(Opening o) {
        int thisYear = FiscalYear.of(rules.today()).buddhistYear();
        if (o.fiscalYear() > thisYear || o.fiscalYear() < thisYear - YEARS_BACK) {
            throw RejectedException.of(
                    "fiscal_year",
                    Texts.of(
                            "personnel.leave.opening.badYear",
                            Integer.toString(thisYear - YEARS_BACK),
                            Integer.toString(thisYear)));
        }
        if (o.carried().signum() < 0 || o.taken().signum() < 0 || o.taken().compareTo(BigDecimal.valueOf(366)) > 0) {
            throw RejectedException.of("taken", Texts.of("personnel.leave.opening.badDays"));
        }
        if (o.note().length() > 300) {
            throw RejectedException.of("note", Texts.of("personnel.leave.opening.longNote"));
        }
        if (o.carried().signum() > 0) {
            LeaveRules.LeaveRule rule = rules.of(
                            o.leaveType(),
                            FiscalYear.ofBuddhistYear(o.fiscalYear()).start())
                    .filter(r -> r.carryOverTo() != null)
                    .orElseThrow(() -> RejectedException.of("carried", Texts.of("personnel.leave.opening.noCarry")));
            BigDecimal most = rule.carryOverToLong() == null ? rule.carryOverTo() : rule.carryOverToLong();
            BigDecimal room = most.subtract(rule.daysPerYear() == null ? BigDecimal.ZERO : rule.daysPerYear());
            if (o.carried().compareTo(room) > 0) {
                throw RejectedException.of(
                        "carried", Texts.of("personnel.leave.opening.overCarry", room.toPlainString()));
            }
        }
    }

    private static Map<String, Object> values(Opening o) {
        return Map.of(
                "leave_type", o.leaveType().name(),
                "fiscal_year", o.fiscalYear(),
                "carried", o.carried(),
                "taken", o.taken(),
                "note", o.note());
    }
}
