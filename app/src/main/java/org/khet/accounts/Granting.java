package org.khet.accounts;

import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;

/**
 * Who may give which grants: the system administrator any; an area director only grants in the area they direct,
 * and never the system administrator's role.
 */
final class Granting {

    private Granting() {}

    static boolean mayGiveAccounts(KhetUser by) {
        return by.isAdmin() || by.has(Role.AREA_DIRECTOR);
    }

    static boolean mayGive(KhetUser by, RoleGrant g) {
        if (by.isAdmin()) {
            return true;
        }
        return g.role() != Role.SYSTEM_ADMIN && g.areaId() != null && by.holds(Role.AREA_DIRECTOR, g.areaId());
    }

    static boolean mayGiveIn(KhetUser by, long areaId) {
        return by.holds(Role.AREA_DIRECTOR, areaId);
    }
}
