package org.khet.personnel;

import org.khet.platform.MenuItem;
import org.khet.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Official travel and the office's attendance in the management list. */
@Configuration(proxyBeanMethods = false)
class TravelMenu {

    @Bean
    MenuItem officialTravelMenu() {
        return new MenuItem(
                        84, TravelPages.PATH, "nav.travel", u -> !u.areaIds().isEmpty())
                .underManagement();
    }

    @Bean
    MenuItem officeAttendanceMenu() {
        return new MenuItem(
                        85,
                        AttendancePages.PATH,
                        "nav.attendance",
                        u -> u.hasAny(Role.AREA_DIRECTOR, Role.AREA_STAFF) || u.isAdmin())
                .underManagement();
    }
}
