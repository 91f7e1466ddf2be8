package org.khet.notifications;

import org.khet.platform.MenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The administrator's entry to failed deliveries. */
@Configuration(proxyBeanMethods = false)
class NotificationsMenu {

    @Bean
    MenuItem failedDeliveriesMenu() {
        return new MenuItem(920, "/admin/notifications", "nav.notifications", u -> u.isAdmin());
    }
}
