package org.khet.demo;

import java.util.List;
import org.khet.platform.KhetUser;
import org.khet.registry.PersonAccounts;
import org.khet.registry.PositionHolders;
import org.khet.registry.Units;
import org.springframework.stereotype.Component;

/** Links the demo users to people of the demo registry, so that a case about one of them hides from them. */
@Component
class DemoAccountLinks {

    private final PositionHolders holders;
    private final Units units;
    private final PersonAccounts personAccounts;

    DemoAccountLinks(PositionHolders holders, Units units, PersonAccounts personAccounts) {
        this.holders = holders;
        this.units = units;
        this.personAccounts = personAccounts;
    }

    void link(long areaId, String schoolCode, KhetUser admin) {
        atOffice(areaId, "director", "AREA_DIRECTOR", "ADMIN", admin);
        atOffice(areaId, "legal", "LEGAL_OFFICER", "ADMIN", admin);
        atOffice(areaId, "personnel", "EDUCATION_OFFICER", "PERSONNEL", admin);
        atSchool(areaId, "school.director", "SCHOOL_DIRECTOR", schoolCode, admin);
        atSchool(areaId, "teacher", "TEACHER", schoolCode, admin);
    }

    private void atOffice(long areaId, String username, String position, String unitCode, KhetUser admin) {
        long unit = units.byCode(areaId, unitCode).orElseThrow().id();
        personAccounts.link(holders.inUnit(unit, position).get(0), username, admin);
    }

    private void atSchool(long areaId, String username, String position, String schoolCode, KhetUser admin) {
        long person = holders.atSchoolsOf(areaId, List.of(position)).stream()
                .filter(h -> h.schoolCode().equals(schoolCode))
                .findFirst()
                .orElseThrow()
                .personId();
        personAccounts.link(person, username, admin);
    }
}
