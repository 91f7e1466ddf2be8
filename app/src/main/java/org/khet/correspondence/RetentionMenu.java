package org.khet.correspondence;

import org.khet.platform.MenuItem;
import org.khet.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The retention page's entry in the navigation, for those who may act for an office or a school; the retention
 * classes' in the administration list.
 */
@Configuration(proxyBeanMethods = false)
class RetentionMenu {

    @Bean
    MenuItem retentionPageMenu() {
        return new MenuItem(
                        63,
                        "/correspondence/retention",
                        "nav.retention",
                        u -> u.hasAny(Role.AREA_DIRECTOR, Role.AREA_STAFF, Role.SCHOOL_DIRECTOR, Role.SCHOOL_CLERK))
                // Once a year's work: in the management list, so the everyday menu stays on one line.
                .underManagement();
    }

    @Bean
    MenuItem retentionClassesMenu() {
        return new MenuItem(915, "/admin/retention-classes", "nav.retentionClasses", u -> u.isAdmin())
                .underManagement();
    }
}
