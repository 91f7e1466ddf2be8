package org.khet.complaints;

import java.util.List;
import org.khet.platform.Accounts;
import org.khet.platform.Texts;
import org.khet.registry.Units;
import org.khet.shared.RejectedException;
import org.springframework.stereotype.Component;

/**
 * Who may be given a case: a unit of the case's own area office, and one of that office's people who handle cases
 * (its director, unit staff, supervisors, legal officers) — never someone of another area or a school, who would
 * then read the case and, as its officer, the complainant's identity; never the person the case is about.
 */
@Component
class Assignees {

    private final Units units;
    private final Accounts accounts;

    Assignees(Units units, Accounts accounts) {
        this.units = units;
        this.accounts = accounts;
    }

    /**
     * The officers the case may be given to, for the case page to offer: the office's people who handle cases,
     * less those it is kept from ({@link Cases#concerns}). {@link #check} refuses anyone else.
     */
    List<Accounts.Officer> offered(Cases.Case c) {
        return accounts.officersIn(c.areaId()).stream()
                .filter(o -> !concerned(c, o.id()))
                .toList();
    }

    /** Refuses, in Thai and English, a unit or officer the case may not be given to. */
    void check(Cases.Case c, Long unitId, Long officerId) {
        if (unitId == null || officerId == null) {
            throw RejectedException.of("officerId", Texts.of("complaints.assignees.chooseUnitOfficer"));
        }
        if (units.inArea(c.areaId()).stream().noneMatch(u -> u.id() == unitId)) {
            throw RejectedException.of("unitId", Texts.of("complaints.assignees.unitNotOfArea"));
        }
        if (accounts.officersIn(c.areaId()).stream().noneMatch(o -> o.id() == officerId)) {
            throw RejectedException.of("officerId", Texts.of("complaints.assignees.officerMustOneArea"));
        }
        if (concerned(c, officerId)) {
            throw RejectedException.of("officerId", Texts.of("complaints.assignees.notToItsSubject"));
        }
    }

    private boolean concerned(Cases.Case c, long officerId) {
        return Cases.concerns(c, officerId, accounts.grantsOf(officerId));
    }
}
