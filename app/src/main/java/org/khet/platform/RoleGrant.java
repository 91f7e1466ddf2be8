package org.khet.platform;

import java.io.Serializable;

/**
 * A role held in one place: everywhere for the system administrator, otherwise in an area office, one of its
 * units, or one school. Every grant below the system administrator carries its area.
 */
public record RoleGrant(Role role, Long areaId, Long unitId, Long schoolId) implements Serializable {

    public boolean inArea(long area) {
        return role == Role.SYSTEM_ADMIN || (areaId != null && areaId == area);
    }

    public boolean atSchool(long school) {
        return schoolId != null && schoolId == school;
    }

    public boolean isAreaWide() {
        return role.reach() == Role.Reach.AREA || role.reach() == Role.Reach.UNIT;
    }
}
