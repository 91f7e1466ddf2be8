package org.khet.complaints;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one client may use the public complaint pages: submissions, status lookups, and lookups that found
 * nothing (someone guessing codes). Counted in memory per instance, keyed by the client's address, which is never
 * stored; a refused request is answered 429 and changes nothing, and an accepted submission is never dropped.
 */
@Component
class PublicLimits {

    enum Kind {
        SUBMIT,
        LOOKUP,
        MISS
    }

    private final ConcurrentHashMap<String, Deque<Instant>> seen = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int submissions;
    private final int lookups;
    private final int misses;
    private final Duration window;

    PublicLimits(
            Clock clock,
            @Value("${khet.complaints.limits.submissions:5}") int submissions,
            @Value("${khet.complaints.limits.lookups:60}") int lookups,
            @Value("${khet.complaints.limits.misses:10}") int misses,
            @Value("${khet.complaints.limits.window:10m}") Duration window) {
        this.clock = clock;
        this.submissions = submissions;
        this.lookups = lookups;
        this.misses = misses;
        this.window = window;
    }

    /** Counts one use; false when the client has used up its share of the window (the use is not counted then). */
    boolean allow(Kind kind, String client) {
        if (kind == Kind.LOOKUP && count(Kind.MISS, client) >= misses) {
            return false;
        }
        return take(kind, client, kind == Kind.SUBMIT ? submissions : lookups);
    }

    /** Records a lookup that found nothing; after too many, the client's lookups are refused for the window. */
    void missed(String client) {
        take(Kind.MISS, client, Integer.MAX_VALUE);
    }

    long retryAfterSeconds() {
        return window.toSeconds();
    }

    private boolean take(Kind kind, String client, int limit) {
        if (seen.size() > 50_000) {
            forgetIdleClients();
        }
        Deque<Instant> times = seen.computeIfAbsent(kind + "|" + client, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(clock.instant());
            return true;
        }
    }

    private int count(Kind kind, String client) {
        Deque<Instant> times = seen.get(kind + "|" + client);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times);
            return times.size();
        }
    }

    private void forgetIdleClients() {
        seen.forEach((key, times) -> {
            synchronized (times) {
                prune(times);
                if (times.isEmpty()) {
                    seen.remove(key, times);
                }
            }
        });
    }

    private void prune(Deque<Instant> times) {
        Instant since = clock.instant().minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.removeFirst();
        }
    }
}
