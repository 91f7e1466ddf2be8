package org.khet.personnel.pairing;

import org.khet.personnel.PersonnelAccess;
import org.khet.platform.MenuItem;
import org.khet.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The small-school pairings for those who manage the area's personnel and for school directors (their school's);
 * the pairing rule for the administrator.
 */
@Configuration(proxyBeanMethods = false)
class PairingMenu {

    @Bean
    MenuItem pairingsMenu(PersonnelAccess access) {
        return new MenuItem(
                        93,
                        PairingPages.PATH,
                        "nav.pairings",
                        u -> access.managesOwnArea(u) || u.hasAny(Role.SCHOOL_DIRECTOR))
                .underManagement();
    }

    @Bean
    MenuItem pairingRuleMenu() {
        return new MenuItem(929, PairingAdminPages.PATH, "nav.pairingRule", u -> u.isAdmin()).underManagement();
    }
}
