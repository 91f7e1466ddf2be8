package org.khet.personnel;

import org.khet.platform.MenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The five-year forecast, for those who read the workforce plan. */
@Configuration(proxyBeanMethods = false)
class ForecastMenu {

    @Bean
    MenuItem fiveYearForecastMenu(PersonnelAccess access) {
        return new MenuItem(83, ForecastPages.PATH, "nav.forecast", u -> WorkforceMenu.readsPlan(u, access))
                .underManagement();
    }
}
