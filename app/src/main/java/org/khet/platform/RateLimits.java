package org.khet.platform;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How often a client may do something, counted in PostgreSQL (Bucket4j's table {@code rate_limit_bucket}) so that
 * every instance on one database shares one count. A limit has a name and is set by
 * {@code khet.limits.<name>.capacity} and {@code khet.limits.<name>.window}: at most that many uses within the
 * window, refilled gradually. Clients are keyed by {@link ClientKeys#of(String)} (an IPv6 client by its /64), and
 * the table holds only a keyed hash of that ({@link ClientPseudonyms}), never an address.
 */
@Component
public class RateLimits {

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Environment settings;
    private final ClientPseudonyms pseudonyms;

    RateLimits(DataSource dataSource, Clock clock, Environment settings) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("platform.rate_limit_bucket")
                .expiresAtColumn("expires_at")
                .clientClock(new ClockTime(clock))
                // A row whose bucket has refilled tells nothing more than a missing row: it may go.
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        this.settings = settings;
        this.pseudonyms = new ClientPseudonyms(settings);
    }

    /** The outcome of one use: allowed, or refused with the seconds until one more use would be allowed. */
    public record Taken(boolean allowed, long retryAfterSeconds) {}

    /** A named limit with its defaults, overridden by the settings of the same name. */
    public Limit limit(String name, int defaultCapacity, Duration defaultWindow) {
        int capacity = settings.getProperty("khet.limits." + name + ".capacity", Integer.class, defaultCapacity);
        Duration window = settings.getProperty("khet.limits." + name + ".window", Duration.class, defaultWindow);
        return new Limit(name, capacity, window);
    }

    /** One kind of use counted per client. */
    public final class Limit {

        private final String name;
        private final int capacity;
        private final BucketConfiguration configuration;

        private Limit(String name, int capacity, Duration window) {
            this.name = name;
            this.capacity = capacity;
            this.configuration = BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder()
                            .capacity(capacity)
                            .refillGreedy(capacity, window)
                            .build())
                    .build();
        }

        public int capacity() {
            return capacity;
        }

        /** Counts one use by the client if it has any left; a refused use is not counted. */
        public Taken take(String client) {
            ConsumptionProbe probe = bucket(client).tryConsumeAndReturnRemaining(1);
            return new Taken(probe.isConsumed(), seconds(probe.getNanosToWaitForRefill()));
        }

        /** Whether the client has used up this limit, without counting a use: a check before the work is done. */
        public Taken check(String client) {
            var estimate = bucket(client).estimateAbilityToConsume(1);
            return new Taken(estimate.canBeConsumed(), seconds(estimate.getNanosToWaitForRefill()));
        }

        private io.github.bucket4j.distributed.BucketProxy bucket(String client) {
            return buckets.builder().build(name + "|" + pseudonyms.of(ClientKeys.of(client)), () -> configuration);
        }
    }

    /**
     * Removes buckets that have filled up again, a thousand at a time, so the table stays the size of recent use.
     * Bucket4j compares with the system's time here, not the application clock.
     */
    @Scheduled(fixedDelayString = "${khet.limits.cleanup-interval:10m}")
    void forgetIdleClients() {
        while (buckets.removeExpired(1000) == 1000) {
            // keep going while whole batches expire
        }
    }

    private static long seconds(long nanos) {
        return nanos <= 0 ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L));
    }

    /** Bucket4j reads the application's clock, the same on every instance as the database's own. */
    private record ClockTime(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            return TimeUnit.MILLISECONDS.toNanos(clock.millis());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
