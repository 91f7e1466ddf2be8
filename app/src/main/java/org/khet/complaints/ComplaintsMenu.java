package org.khet.complaints;

import org.khet.platform.MenuItem;
import org.khet.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The office's staff who take complaints in and handle them. */
@Configuration(proxyBeanMethods = false)
class ComplaintsMenu {

    @Bean
    MenuItem complaintIntakeNavigation() {
        return new MenuItem(
                6,
                "/complaints",
                "nav.complaints.cases",
                u -> u.hasAny(Role.AREA_DIRECTOR, Role.AREA_STAFF, Role.LEGAL_OFFICER));
    }
}
