package org.khet.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
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
 * Who approves leave and official travel, as dated data: for leave of a type (or every type) or for travel, the
 * applicant's place (a school or the office) and, where named, the applicant's position, up to how many days which
 * role approves. The administrator adds a rule from a day or ends one from a day not yet past; each change is audited.
 */
@Component
class LeaveApprovers {

    /**
     * One rule; {@code appliesTo} LEAVE or TRAVEL; {@code leaveType} (leave only) and {@code applicantPosition} null
     * for any, {@code upToDays} null for no ceiling.
     */
    record ApproverRule(
            long id,
            String appliesTo,
            LeaveType leaveType,
            String place,
            String applicantPosition,
            BigDecimal upToDays,
            String approver,
            LocalDate validFrom,
            LocalDate validUntil,
            String circular,
            boolean startingFigure) {}

    static final List<String> APPROVERS = List.of("SCHOOL_DIRECTOR", "UNIT_HEAD", "AREA_DIRECTOR");
    static final String LEAVE = "LEAVE";
    static final String TRAVEL = "TRAVEL";

    private static final String COLUMNS = """
            id, applies_to, leave_type, place, applicant_position, trim_scale(up_to_days) as up_to_days, approver,
            valid_from, valid_until, circular, starting_figure""";
    private static final String TABLE = "personnel.leave_approver";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final LeaveRules rules;
    private final DatedTable<ApproverRule> table;

    LeaveApprovers(JdbcClient jdbc, AuditLog audit, LeaveRules rules) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.rules = rules;
        this.table = new DatedTable<>(jdbc, TABLE, COLUMNS, ApproverRule.class);
    }

    List<ApproverRule> all() {
        return table.all("applies_to, place, leave_type nulls first, applicant_position nulls last,"
                + " up_to_days nulls last, valid_from");
    }

    /**
     * The role that approves a request of {@code type} and {@code days} filed on {@code day} by someone at {@code
     * place}: the narrowest rule in force that fits — one naming the applicant's position before one that does not,
     * one naming the type before one for every type, the lowest ceiling the days fit under first.
     */
    String approverFor(LeaveType type, String place, Predicate<String> holdsPosition, BigDecimal days, LocalDate day) {
        return approver(LEAVE, type, place, holdsPosition, days, day);
    }

    /** The role that approves official travel of {@code days} by someone at {@code place}, as for leave. */
    String travelApproverFor(String place, Predicate<String> holdsPosition, BigDecimal days, LocalDate day) {
        return approver(TRAVEL, null, place, holdsPosition, days, day);
    }

    private String approver(
            String appliesTo,
            LeaveType type,
            String place,
            Predicate<String> holdsPosition,
            BigDecimal days,
            LocalDate day) {
        return table
                .where("applies_to = :kind and place = :place", Map.of("kind", appliesTo, "place", place))
                .allOn(day, "id")
                .stream()
                .filter(r -> r.leaveType() == null || r.leaveType() == type)
                .filter(r -> r.applicantPosition() == null || holdsPosition.test(r.applicantPosition()))
                .filter(r -> r.upToDays() == null || days.compareTo(r.upToDays()) <= 0)
                .min(Comparator.comparing((ApproverRule r) -> r.applicantPosition() == null)
                        .thenComparing(r -> r.leaveType() == null)
                        .thenComparing(ApproverRule::upToDays, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(ApproverRule::approver)
                // With no rule at all in force, the area director, who may approve every leave and trip of the area.
                .orElse("AREA_DIRECTOR");
    }

    /** Adds a rule from its {@code validFrom}, a day not yet past; its id. */
    @Transactional
    long add(ApproverRule rule, KhetUser by) {
        DatedRows.checkChange(by, rule.validFrom(), rules.today(), rule.circular(), LeaveRules.REFUSALS);
        if (!"SCHOOL".equals(rule.place()) && !"OFFICE".equals(rule.place())) {
            throw RejectedException.of("place", Texts.of("personnel.leave.approver.noPlace"));
        }
        if (!APPROVERS.contains(rule.approver())) {
            throw RejectedException.of("approver", Texts.of("personnel.leave.approver.noApprover"));
        }
        if (!LEAVE.equals(rule.appliesTo()) && !(TRAVEL.equals(rule.appliesTo()) && rule.leaveType() == null)) {
            throw RejectedException.of("type", Texts.of("personnel.leave.approver.noKind"));
        }
        if (rule.upToDays() != null && rule.upToDays().signum() <= 0) {
            throw RejectedException.of("upToDays", Texts.of("personnel.leave.rule.negative"));
        }
        String position =
                rule.applicantPosition() == null || rule.applicantPosition().isBlank()
                        ? null
                        : rule.applicantPosition().strip();
        long id = jdbc.sql("""
                        insert into personnel.leave_approver (applies_to, leave_type, place, applicant_position,
                            up_to_days, approver, valid_from, circular, created_by)
                        values (:kind, :type, :place, :position, :upTo, :approver, :from, :circular, :by)
                        returning id""")
                .param("kind", rule.appliesTo())
                .param(
                        "type",
                        rule.leaveType() == null ? null : rule.leaveType().name())
                .param("place", rule.place())
                .param("position", position)
                .param("upTo", rule.upToDays())
                .param("approver", rule.approver())
                .param("from", rule.validFrom())
                .param("circular", rule.circular().strip())
                .param("by", by.id())
                .query(Long.class)
                .single();
        audit.changedBy(
                by,
                null,
                "LEAVE_APPROVER_ADDED",
                "leave_approver",
                id,
                null,
                Map.of(
                        "applies_to",
                        rule.appliesTo(),
                        "place",
                        rule.place(),
                        "approver",
                        rule.approver(),
                        "from",
                        rule.validFrom().toString()));
        return id;
    }

    /** Ends a rule in force from {@code from}, a day not yet past. */
    @Transactional
    void end(long id, LocalDate from, KhetUser by) {
        DatedRows.checkEnd(by, from, rules.today(), LeaveRules.REFUSALS);
        if (!DatedRows.endFrom(jdbc, TABLE, id, from)) {
            throw RejectedException.of("validUntil", Texts.of("personnel.leave.approver.notInForce"));
        }
        audit.changedBy(by, null, "LEAVE_APPROVER_ENDED", "leave_approver", id, null, Map.of("from", from.toString()));
    }
}
