package org.khet.personnel.subjects;

import org.khet.platform.MenuItem;
import org.khet.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The subject shortages for those who manage the area's personnel and for school directors (their own school); the
 * curriculum's hours, the teaching load and the majors for the administrator.
 */
@Configuration(proxyBeanMethods = false)
class SubjectMenu {

    @Bean
    MenuItem subjectShortagesMenu(MajorAreas majors) {
        return new MenuItem(
                        92,
                        SubjectPages.PATH,
                        "nav.subjectShortages",
                        u -> u.has(Role.SCHOOL_DIRECTOR) || majors.mayMap(u))
                .underManagement();
    }

    @Bean
    MenuItem subjectRulesMenu() {
        return new MenuItem(928, SubjectAdminPages.PATH, "nav.subjectRules", u -> u.isAdmin()).underManagement();
    }
}
