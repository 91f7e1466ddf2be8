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

    /** The user's leave in the fiscal year that contains today; empty when their account is linked to nobody. */
    java.util.Optional<Mine> of(KhetUser user) {
        return access.personOf(user).map(p -> {
            LocalDate today = rules.today();
            var appointed = balances.appointedOn(p.id());
            var service = new LeaveBalances.Service(appointed, p.schoolId() != null);
            FiscalYear year = FiscalYear.of(today);
            return new Mine(
                    p,
                    appointed.isPresent(),
                    year,
                    balances.of(p.id(), service, year, today),
                    requests.ofPerson(p.id()));
        });
    }
}
