package org.khet.personnel;

import org.khet.platform.KhetUser;
import org.khet.platform.MenuItem;
import org.khet.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The workforce plan for those who manage the area's personnel and for school directors (their own school's line);
 * the staffing criterion for the administrator.
 */
@Configuration(proxyBeanMethods = false)
class WorkforceMenu {

    @Bean
    MenuItem workforcePlanMenu(PersonnelAccess access) {
        return new MenuItem(77, WorkforcePages.PATH, "nav.workforce", u -> readsPlan(u, access)).underManagement();
    }

    /** Whether the plan's menu item shows: to school directors and those who manage their area's personnel. */
    static boolean readsPlan(KhetUser u, PersonnelAccess access) {
        return u.has(Role.SCHOOL_DIRECTOR)
                || u.isAdmin()
                || u.homeArea().map(area -> access.manages(u, area)).orElse(false);
    }

    @Bean
    MenuItem staffingRulesMenu() {
        return new MenuItem(922, StaffingAdminPages.PATH, "nav.staffingRules", u -> u.isAdmin()).underManagement();
    }
}
