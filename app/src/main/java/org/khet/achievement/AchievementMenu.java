package org.khet.achievement;

import org.khet.platform.MenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Everyone with a role in an area reads its achievement; importing is for the office. */
@Configuration(proxyBeanMethods = false)
class AchievementMenu {

    @Bean
    MenuItem achievementNavigation() {
        return new MenuItem(
                5, "/achievement", "nav.achievement", u -> !u.grants().isEmpty());
    }
}
