package org.khet.registry;

import org.khet.platform.MenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry's navigation entries: everyone with a role in an area reads its registry. */
@Configuration(proxyBeanMethods = false)
class RegistryMenu {

    @Bean
    MenuItem schoolsMenu() {
        return new MenuItem(10, "/schools", "nav.schools", u -> !u.grants().isEmpty());
    }

    @Bean
    MenuItem peopleMenu() {
        return new MenuItem(20, "/people", "nav.people", u -> !u.grants().isEmpty());
    }

    @Bean
    MenuItem areasMenu() {
        return new MenuItem(
                30,
                "/areas",
                "nav.areas",
                u -> u.isAdmin() || u.grants().stream().anyMatch(g -> g.isAreaWide()));
    }

    @Bean
    MenuItem importMenu() {
        return new MenuItem(
                        40,
                        "/imports",
                        "nav.imports",
                        u -> u.isAdmin()
                                || u.grants().stream()
                                        .anyMatch(g -> g.role() == org.khet.platform.Role.AREA_DIRECTOR
                                                || g.role() == org.khet.platform.Role.AREA_STAFF))
                .underManagement();
    }

    @Bean
    MenuItem positionsMenu() {
        return new MenuItem(45, "/positions", "nav.positions", u -> u.isAdmin()).underManagement();
    }

    @Bean
    MenuItem sizeSchemesMenu() {
        return new MenuItem(50, "/size-schemes", "nav.sizeSchemes", u -> u.isAdmin()).underManagement();
    }
}
