package org.khet.personnel;

import org.khet.platform.MenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The salary-raise rounds for those who manage the area's personnel; the salary rule for the administrator. */
@Configuration(proxyBeanMethods = false)
class SalaryRoundMenu {

    @Bean
    MenuItem salaryRoundsMenu(PersonnelAccess access) {
        return new MenuItem(
                        81,
                        SalaryRoundPages.PATH,
                        "nav.salaryRounds",
                        u -> u.isAdmin()
                                || u.homeArea()
                                        .map(area -> access.manages(u, area))
                                        .orElse(false))
                .underManagement();
    }

    @Bean
    MenuItem salaryRulesMenu() {
        return new MenuItem(924, SalaryRuleAdminPages.PATH, "nav.salaryRules", u -> u.isAdmin()).underManagement();
    }
}
