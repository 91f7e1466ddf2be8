package org.khet.personnel;

import java.time.LocalDate;
import java.util.List;
import org.khet.platform.KhetUser;
import org.khet.registry.Person;
import org.khet.thai.FiscalYear;
import org.springframework.stereotype.Component;

/** What the person's own leave page and API show: the fiscal year's balance per type and their requests. */
@Component
class LeaveView {

    /** The person, whether their appointment date is known, the year, the balances and the requests. */
    record Mine(
            Person person,
            boolean serviceKnown,
            FiscalYear year,
            List<LeaveBalances.Balance> balances,
            List<LeaveRequest> requests) {}

    private final LeaveAccess access;
    private final LeaveBalances balances;
    private final LeaveRequests requests;
    private final LeaveRules rules;

    LeaveView(LeaveAccess access, LeaveBalances balances, LeaveRequests requests, LeaveRules rules) {
        this.access = access;
        this.balances = balances;
        this.requests = requests;
        this.rules = rules;
    }

    /** The applicant's balance of the request's type in its fiscal year, for the approver deciding it. */
    java.util.Optional<LeaveBalances.Balance> balanceFor(LeaveRequest r) {
        var service = new LeaveBalances.Service(balances.appointedOn(r.personId()), r.schoolId() != null);
        return rules.of(r.leaveType(), r.firstDay())
                .map(rule -> balances.of(r.personId(), service, FiscalYear.ofBuddhistYear(r.fiscalYear()), rule))
                .filter(b -> b.allowed() != null);
    }

    /** The user's leave in the fiscal year that contains today; empty when their account is linked to nobody. */
    java.util.Optional<Mine> of(KhetUser user) {
        return access.personOf(user).map(this::of);
    }

    /** The person's leave in the fiscal year that contains today (for the person, or the personnel group). */
    Mine of(Person p) {
        LocalDate today = rules.today();
        var appointed = balances.appointedOn(p.id());
        var service = new LeaveBalances.Service(appointed, p.schoolId() != null);
        FiscalYear year = FiscalYear.of(today);
        // A type the person has no days of and never took (vacation at a school) is left out, not shown as 0 of 0.
        var shown = balances.of(p.id(), service, year, today).stream()
                .filter(b -> b.allowed() == null
                        || b.allowed().signum() > 0
                        || b.taken().signum() > 0
                        || b.waiting().signum() > 0)
                .toList();
        return new Mine(p, appointed.isPresent(), year, shown, requests.ofPerson(p.id()));
    }
}
