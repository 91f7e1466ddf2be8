package org.khet.calendar;

import org.khet.platform.MenuItem;
import org.khet.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Those who keep the calendar: the system administrator (national holidays) and area directors (their own). */
@Configuration(proxyBeanMethods = false)
class CalendarMenu {

    @Bean
    MenuItem calendarNavigation() {
        return new MenuItem(55, "/calendar", "nav.calendar", u -> u.isAdmin() || u.has(Role.AREA_DIRECTOR))
                .underManagement();
    }
}
