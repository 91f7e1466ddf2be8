package org.khet.questions;

import org.khet.platform.MenuItem;
import org.khet.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The desk's entry in the main navigation, next to the complaint centre's, for the office's staff who answer. */
@Configuration(proxyBeanMethods = false)
class QuestionsMenu {

    @Bean
    MenuItem publicQuestionsNavigation() {
        return new MenuItem(
                7,
                QuestionDesk.PATH,
                "nav.questions",
                u -> u.hasAny(Role.AREA_DIRECTOR, Role.AREA_STAFF, Role.LEGAL_OFFICER));
    }
}
