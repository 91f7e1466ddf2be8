package org.khet.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down one client guessing many accounts: more than a set number of failed logins from one address within
 * a window are refused before any password is checked. Account lockout, in the database, is the second line.
 */
@Component
class ClientThrottle {

    static final int MAX_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    ClientThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean blocked(String client) {
        Deque<Instant> times = failures.get(client);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times);
            if (times.isEmpty()) {
                failures.remove(client, times);
            }
            return times.size() >= MAX_FAILURES;
        }
    }

    void failed(String client) {
        Deque<Instant> times = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> times) {
        Instant since = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.removeFirst();
        }
    }
}
