package org.khet.correspondence;

import org.khet.platform.MenuItem;
import org.khet.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The letters' entry in the main navigation, for those who act for the office or a school. */
@Configuration(proxyBeanMethods = false)
class CorrespondenceMenu {

    static boolean actsForAnOrganisation(org.khet.platform.KhetUser u) {
        return u.hasAny(Role.AREA_DIRECTOR, Role.AREA_STAFF, Role.SCHOOL_DIRECTOR, Role.SCHOOL_CLERK);
    }

    @Bean
    MenuItem correspondenceNavigation() {
        return new MenuItem(
                5, CorrespondencePages.PATH, "nav.correspondence", CorrespondenceMenu::actsForAnOrganisation);
    }
}
