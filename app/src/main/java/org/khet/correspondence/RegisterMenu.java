package org.khet.correspondence;

import org.khet.platform.MenuItem;
import org.khet.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registers' entry in the navigation, for those who may act for an office or a school. */
@Configuration(proxyBeanMethods = false)
class RegisterMenu {

    @Bean
    MenuItem registersMenu() {
        return new MenuItem(
                62,
                "/correspondence/registers",
                "nav.registers",
                u -> u.hasAny(Role.AREA_DIRECTOR, Role.AREA_STAFF, Role.SCHOOL_DIRECTOR, Role.SCHOOL_CLERK));
    }
}
