package org.khet.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.khet.calendar.OfficeCalendar;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.Person;
import org.khet.shared.RejectedException;
import org.khet.thai.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a leave request for the signed-in person: the days counted by the type's unit (working days from the area's
 * calendar, or every day), checked against the rule in force on the first day and the fiscal year's balance, and
 * routed to the approver the rules name, who is told. A request the rules refuse gets a bilingual reason and
 * changes nothing.
 */
@Component
class LeaveFiling {

    /**
     * What the person asks for; {@code halfDay} only for a single day. Serializable: a refused form goes back to the
     * page through the session's flash.
     */
    record NewLeave(String type, LocalDate firstDay, LocalDate lastDay, boolean halfDay, String reason, String contact)
            implements java.io.Serializable {}

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final JdbcClient jdbc;
    private final LeaveAccess access;
    private final LeaveRules rules;
    private final LeaveBalances balances;
    private final LeaveRouting routing;
    private final LeaveRequests requests;
    private final OfficeCalendar calendar;
    private final AuditLog audit;

    LeaveFiling(
            JdbcClient jdbc,
            LeaveAccess access,
            LeaveRules rules,
            LeaveBalances balances,
            LeaveRouting routing,
            LeaveRequests requests,
            OfficeCalendar calendar,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.rules = rules;
        this.balances = balances;
        this.routing = routing;
        this.requests = requests;
        this.calendar = calendar;
        this.audit = audit;
    }

    @Transactional
    long file(NewLeave form, KhetUser by) {
        Person p = access.applicant(by);
        LeaveType type = LeaveType.named(form.type());
        if (type == null) {
            throw RejectedException.of("type", Texts.of("personnel.leave.noType"));
        }
        checkDays(form);
        LeaveRules.LeaveRule rule = rules.of(type, form.firstDay())
                .orElseThrow(() -> RejectedException.of("type", Texts.of("personnel.leave.noRule")));
        BigDecimal days = count(p.areaId(), rule, form);
        FiscalYear year = FiscalYear.of(form.firstDay());
        var service = new LeaveBalances.Service(balances.appointedOn(p.id()), p.schoolId() != null);
        checkRule(p, rule, form, days, service);
        BigDecimal beyond = beyondTheYear(p, rule, year, days, service);
        // Days beyond the year's own go to whom the rule names for them (sick leave: the area director).
        String approver =
                beyond.signum() > 0 ? rule.extensionApprover() : routing.approverFor(p, type, days, rules.today());
        boolean certificate = rule.certificateFromDays() != null && days.compareTo(rule.certificateFromDays()) >= 0;
        long id = insert(p, by, type, form, days, year, approver, beyond, certificate);
        audit.changed(
                p.areaId(),
                "CREATE",
                "leave_request",
                id,
                null,
                Map.of(
                        "type",
                        type.name(),
                        "first_day",
                        form.firstDay().toString(),
                        "last_day",
                        form.lastDay().toString(),
                        "days",
                        days.toPlainString(),
                        "approver",
                        approver,
                        "beyond_days",
                        beyond.toPlainString()));
        routing.tellApprovers(requests.locked(id), "personnel.leave.notice.waiting");
        return id;
    }

    private static void checkDays(NewLeave form) {
        if (form.firstDay() == null || form.lastDay() == null) {
            throw RejectedException.of("firstDay", Texts.of("personnel.leave.noDays"));
        }
        if (form.lastDay().isBefore(form.firstDay())) {
            throw RejectedException.of("lastDay", Texts.of("personnel.leave.lastBeforeFirst"));
        }
        if (form.halfDay() && !form.firstDay().equals(form.lastDay())) {
            throw RejectedException.of("halfDay", Texts.of("personnel.leave.halfDayOneDay"));
        }
        if (!FiscalYear.of(form.firstDay()).equals(FiscalYear.of(form.lastDay()))) {
            throw RejectedException.of("lastDay", Texts.of("personnel.leave.twoYears"));
        }
        if (length(form.reason()) > 1000 || length(form.contact()) > 300) {
            throw RejectedException.of("reason", Texts.of("personnel.leave.tooLong"));
        }
    }

    /** The days the request takes: working days of the area's calendar, or every day, by the type's unit. */
    private BigDecimal count(long areaId, LeaveRules.LeaveRule rule, NewLeave form) {
        long n = 0;
        if (rule.workingDays()) {
            for (LocalDate d = form.firstDay(); !d.isAfter(form.lastDay()); d = d.plusDays(1)) {
                if (calendar.isWorkingDay(areaId, d)) {
                    n++;
                }
            }
        } else {
            n = ChronoUnit.DAYS.between(form.firstDay(), form.lastDay()) + 1;
        }
        if (n == 0) {
            throw RejectedException.of("firstDay", Texts.of("personnel.leave.noWorkingDay"));
        }
        return form.halfDay() ? HALF : BigDecimal.valueOf(n);
    }

    private void checkRule(
            Person p, LeaveRules.LeaveRule rule, NewLeave form, BigDecimal days, LeaveBalances.Service service) {
        if (service.atSchool() && !rule.schoolStaff()) {
            throw RejectedException.of("type", Texts.of("personnel.leave.notSchoolStaff"));
        }
        if (rule.daysPerRequest() != null && days.compareTo(rule.daysPerRequest()) > 0) {
            throw RejectedException.of(
                    "lastDay",
                    Texts.of("personnel.leave.perRequest", rule.daysPerRequest().toPlainString()));
        }
        int months = service.monthsOn(form.firstDay()).orElse(Integer.MAX_VALUE);
        if (months < rule.minServiceMonths()) {
            throw RejectedException.of(
                    "firstDay", Texts.of("personnel.leave.minService", String.valueOf(rule.minServiceMonths())));
        }
        if (rule.onceInService()
                && active(
                        p.id(), "leave_type = :t", Map.of("t", rule.leaveType().name()))) {
            throw RejectedException.of("type", Texts.of("personnel.leave.onceInService"));
        }
        if (active(
                p.id(),
                "first_day <= :last and last_day >= :first",
                Map.of("first", form.firstDay(), "last", form.lastDay()))) {
            throw RejectedException.of("firstDay", Texts.of("personnel.leave.overlaps"));
        }
    }

    /**
     * The request's days beyond what the year leaves, which only a rule's extension allows (then approved by whom it
     * names): zero when the year's own days suffice; refused when even the extension left does not.
     */
    private BigDecimal beyondTheYear(
            Person p, LeaveRules.LeaveRule rule, FiscalYear year, BigDecimal days, LeaveBalances.Service service) {
        LeaveBalances.Balance balance = balances.of(p.id(), service, year, rule);
        if (balance.left() == null || days.compareTo(balance.left()) <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal beyond = days.subtract(balance.left().max(BigDecimal.ZERO));
        if (rule.extensionDays() != null && beyond.compareTo(balance.extensionLeft(rule.extensionDays())) <= 0) {
            return beyond;
        }
        throw RejectedException.of(
                "lastDay",
                Texts.of(
                        rule.extensionDays() == null
                                ? "personnel.leave.exhausted"
                                : "personnel.leave.extensionExhausted",
                        days.toPlainString(),
                        balance.left().max(BigDecimal.ZERO).toPlainString(),
                        balance.allowed().toPlainString(),
                        String.valueOf(year.buddhistYear()),
                        rule.extensionDays() == null
                                ? ""
                                : balance.extensionLeft(rule.extensionDays()).toPlainString()));
    }

    /** Whether the person has a request not refused or cancelled that matches {@code where}. */
    private boolean active(long personId, String where, Map<String, ?> params) {
        return jdbc.sql("select exists (select 1 from personnel.leave_request where person_id = :p"
                        + " and status in ('PENDING', 'APPROVED', 'CANCEL_REQUESTED') and " + where + ")")
                .param("p", personId)
                .params(params)
                .query(Boolean.class)
                .single();
    }

    private long insert(
            Person p,
            KhetUser by,
            LeaveType type,
            NewLeave form,
            BigDecimal days,
            FiscalYear year,
            String approver,
            BigDecimal beyond,
            boolean certificate) {
        return jdbc.sql("""
                        insert into personnel.leave_request (area_id, person_id, person_name, filed_by, leave_type,
                            first_day, last_day, half_day, days, fiscal_year, reason, contact, school_id, unit_id,
                            approver, beyond_days, needs_certificate)
                        values (:area, :person, :name, :by, :type, :first, :last, :half, :days, :year, :reason,
                            :contact, :school, :unit, :approver, :beyond, :certificate)
                        returning id""")
                .param("area", p.areaId())
                .param("person", p.id())
                .param("name", p.fullName())
                .param("by", by.id())
                .param("type", type.name())
                .param("first", form.firstDay())
                .param("last", form.lastDay())
                .param("half", form.halfDay())
                .param("days", days)
                .param("year", year.buddhistYear())
                .param("reason", form.reason() == null ? "" : form.reason().strip())
                .param("contact", form.contact() == null ? "" : form.contact().strip())
                .param("school", p.schoolId())
                .param("unit", p.unitId())
                .param("approver", approver)
                .param("beyond", beyond)
                .param("certificate", certificate)
                .query(Long.class)
                .single();
    }

    private static int length(String s) {
        return s == null ? 0 : s.strip().length();
    }
}
