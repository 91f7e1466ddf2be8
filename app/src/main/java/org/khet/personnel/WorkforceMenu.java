package org.khet.personnel;

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
        return new MenuItem(
                        77,
                        WorkforcePages.PATH,
                        "nav.workforce",
                        u -> u.has(Role.SCHOOL_DIRECTOR)
                                || u.isAdmin()
                                || u.homeArea()
                                        .map(area -> access.manages(u, area))
                                        .orElse(false))
                .underManagement();
    }

    @Bean
    MenuItem staffingRulesMenu() {
        return new MenuItem(922, StaffingAdminPages.PATH, "nav.staffingRules", u -> u.isAdmin()).underManagement();
    }
}
