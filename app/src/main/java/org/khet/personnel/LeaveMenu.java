package org.khet.personnel;

import org.khet.platform.MenuItem;
import org.khet.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Leave in the management list: one's own leave for everyone who works in an area, the queue for those who may
 * approve (directors and the office's staff, among whom the unit heads), the rules for the administrator.
 */
@Configuration(proxyBeanMethods = false)
class LeaveMenu {

    @Bean
    MenuItem myLeaveMenu() {
        return new MenuItem(79, LeavePages.PATH, "nav.leave", u -> !u.areaIds().isEmpty()).underManagement();
    }

    @Bean
    MenuItem leaveQueueMenu() {
        return new MenuItem(
                        80,
                        LeavePages.PATH + "/queue",
                        "nav.leaveQueue",
                        u -> u.hasAny(Role.AREA_DIRECTOR, Role.SCHOOL_DIRECTOR, Role.AREA_STAFF))
                .underManagement();
    }

    @Bean
    MenuItem leaveRulesMenu() {
        return new MenuItem(923, LeaveAdminPages.PATH, "nav.leaveRules", u -> u.isAdmin()).underManagement();
    }
}
