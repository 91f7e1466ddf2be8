package org.khet.platform;

import org.khet.shared.RejectedException;

/** A grant must name exactly the places its role's reach needs. */
final class RoleGrants {

    private RoleGrants() {}

    static void check(RoleGrant g) {
        boolean ok =
                switch (g.role().reach()) {
                    case EVERYWHERE -> g.areaId() == null && g.unitId() == null && g.schoolId() == null;
                    case AREA -> g.areaId() != null && g.unitId() == null && g.schoolId() == null;
                    case UNIT -> g.areaId() != null && g.unitId() != null && g.schoolId() == null;
                    case SCHOOL -> g.areaId() != null && g.schoolId() != null && g.unitId() == null;
                };
        if (!ok) {
            throw RejectedException.of(
                    "role",
                    Texts.of(
                            "platform.roleGrants.reach",
                            g.role().nameTh(),
                            g.role().name()));
        }
    }
}
