package org.khet.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock in Thailand's time zone, replaceable in tests that need to move time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(BANGKOK);
    }
}
