package org.khet.personnel.transfer;

import org.khet.platform.MenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The transfer rounds for everyone who works in an area (teachers file there); the rules for the administrator. */
@Configuration(proxyBeanMethods = false)
class TransferMenu {

    @Bean
    MenuItem transfersMenu() {
        return new MenuItem(
                        86,
                        TransferPages.PATH,
                        "nav.transfers",
                        u -> u.isAdmin() || !u.areaIds().isEmpty())
                .underManagement();
    }

    @Bean
    MenuItem transferRulesMenu() {
        return new MenuItem(925, TransferRuleAdminPages.PATH, "nav.transferRules", u -> u.isAdmin()).underManagement();
    }
}
