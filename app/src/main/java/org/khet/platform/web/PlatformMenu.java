package org.khet.platform.web;

import org.khet.platform.MenuItem;
import org.khet.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's own navigation entries. */
@Configuration(proxyBeanMethods = false)
class PlatformMenu {

    @Bean
    MenuItem homeMenu() {
        return new MenuItem(0, "/", "nav.home", u -> true);
    }

    @Bean
    MenuItem auditMenu() {
        return new MenuItem(
                        900,
                        "/audit",
                        "nav.audit",
                        u -> u.hasAny(Role.SYSTEM_ADMIN, Role.AREA_DIRECTOR, Role.INTERNAL_AUDITOR))
                .underManagement();
    }

    @Bean
    MenuItem usersMenu() {
        return new MenuItem(910, "/admin/users", "nav.users", u -> u.isAdmin()).underManagement();
    }
}
