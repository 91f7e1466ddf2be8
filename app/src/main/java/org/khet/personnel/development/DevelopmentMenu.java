package org.khet.personnel.development;

import org.khet.platform.MenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Development in the management list: one's own for everyone of an area, the people's hours for the personnel
 * group, the area director and school directors, the area's awards for everyone of an area, the rule for the
 * administrator.
 */
@Configuration(proxyBeanMethods = false)
class DevelopmentMenu {

    @Bean
    MenuItem myDevelopmentMenu() {
        return new MenuItem(89, DevelopmentPages.PATH, "nav.development", u -> !u.areaIds()
                        .isEmpty())
                .underManagement();
    }

    @Bean
    MenuItem developmentPeopleMenu(DevelopmentHours hours) {
        return new MenuItem(90, DevelopmentReportPages.PATH, "nav.developmentPeople", u -> u.areaIds().stream()
                        .anyMatch(a -> hours.mayList(u, a)))
                .underManagement();
    }

    @Bean
    MenuItem developmentAwardsMenu() {
        return new MenuItem(91, AwardPages.PATH, "nav.developmentAwards", u -> !u.areaIds()
                        .isEmpty())
                .underManagement();
    }

    @Bean
    MenuItem developmentRulesMenu() {
        return new MenuItem(927, DevelopmentAdminPages.PATH, "nav.developmentRules", u -> u.isAdmin())
                .underManagement();
    }
}
