package org.khet.personnel;

import org.khet.platform.KhetUser;
import org.khet.platform.MenuItem;
import org.khet.registry.PersonAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The personnel records and the retirements, in the management list for those who may read them in their area (the
 * personnel group, the area director, a school director for their school).
 */
@Configuration(proxyBeanMethods = false)
class RecordMenu {

    /** The area's records for those who read them; for everyone linked to a person of the registry, their own. */
    @Bean
    MenuItem personnelRecordsMenu(Retirements retirements, PersonAccounts accounts) {
        return new MenuItem(
                        75,
                        EmploymentPages.PATH,
                        "nav.personnelRecords",
                        u -> reads(u, retirements) || accounts.personOf(u.id()).isPresent())
                .underManagement();
    }

    @Bean
    MenuItem personnelRetirementsMenu(Retirements retirements) {
        return new MenuItem(76, RetirementPages.PATH, "nav.personnelRetirements", u -> reads(u, retirements))
                .underManagement();
    }

    @Bean
    MenuItem retirementRulesMenu() {
        return new MenuItem(921, RetirementAdminPages.PATH, "nav.personnelRetirementRule", u -> u.isAdmin())
                .underManagement();
    }

    private static boolean reads(KhetUser user, Retirements retirements) {
        return user.isAdmin() || user.areaIds().stream().anyMatch(area -> retirements.mayList(user, area));
    }
}
