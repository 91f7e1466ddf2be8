package org.khet.accounts;

import org.khet.platform.MenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The area accounts page is in the menu of those who may give accounts. */
@Configuration(proxyBeanMethods = false)
class AccountsMenu {

    @Bean
    MenuItem areaAccountsMenu() {
        return new MenuItem(46, "/accounts/area", "nav.areaAccounts", Granting::mayGiveAccounts).underManagement();
    }
}
