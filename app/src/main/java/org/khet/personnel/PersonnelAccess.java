package org.khet.personnel;

import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.Units;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who may manage the personnel work of an area: the system administrator, the area director, and the staff of the
 * office's personnel group — the unit whose code is the setting {@code KHET_PERSONNEL_UNIT_CODE} (shipped
 * {@code PERSONNEL}, the unit every new area office starts with). A school director may read their own school's
 * people; every person their own record.
 */
@Component
public class PersonnelAccess {

    private final Units units;
    private final String unitCode;

    PersonnelAccess(Units units, @Value("${khet.personnel.unit-code:PERSONNEL}") String unitCode) {
        this.units = units;
        this.unitCode = unitCode;
    }

    /** Whether the user manages the personnel work of the area: records, rules, rounds. */
    public boolean manages(KhetUser user, long areaId) {
        if (user.isAdmin() || user.holds(Role.AREA_DIRECTOR, areaId)) {
            return true;
        }
        return units.byCode(areaId, unitCode)
                .map(unit -> user.grants().stream()
                        .anyMatch(g -> g.role() == Role.AREA_STAFF && g.unitId() != null && g.unitId() == unit.id()))
                .orElse(false);
    }

    /**
     * Whether the user is the administrator or manages the personnel work of their own area: who sees the menu items
     * of the area's personnel work (the subject shortages' and pairings' menus; mapping a major).
     */
    public boolean managesOwnArea(KhetUser user) {
        return user.isAdmin()
                || user.homeArea().map(area -> manages(user, area)).orElse(false);
    }

    /**
     * The id of the area's personnel group (the unit coded {@code KHET_PERSONNEL_UNIT_CODE}), if the area has one:
     * whom the transfer swaps tell that a swap waits for the group's approval.
     */
    public java.util.Optional<Long> groupUnitId(long areaId) {
        return units.byCode(areaId, unitCode).map(unit -> unit.id());
    }

    /** Whether the user may read the personnel records of a school's people. */
    public boolean readsSchool(KhetUser user, long areaId, long schoolId) {
        return manages(user, areaId) || user.holdsAtSchool(schoolId, Role.SCHOOL_DIRECTOR);
    }
}
