package org.khet.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClientThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final ClientThrottle throttle = new ClientThrottle(clock);

    @Test
    void anAddressIsRefusedAfterTooManyFailuresUntilTheWindowPasses() {
        for (int i = 0; i < ClientThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("10.0.0.9");
        }
        assertThat(throttle.blocked("10.0.0.9")).isFalse();
        throttle.failed("10.0.0.9");
        assertThat(throttle.blocked("10.0.0.9")).isTrue();
        assertThat(throttle.blocked("10.0.0.10"))
                .as("other addresses are unaffected")
                .isFalse();
        clock.now = clock.now.plus(ClientThrottle.WINDOW).plusSeconds(1);
        assertThat(throttle.blocked("10.0.0.9")).isFalse();
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-22T02:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
