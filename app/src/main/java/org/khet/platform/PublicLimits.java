package org.khet.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.khet.platform.RateLimits.Taken;
import org.khet.shared.TooManyRequestsException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * How often one client may use the public pages and API (a complaint, a question of the public Q&A): submissions,
 * status lookups, and lookups that found nothing (someone guessing codes). One share of submissions per client
 * covers complaints and questions together, so a robot cannot double its budget by switching forms. Counted by
 * {@link RateLimits} in the database, shared by every instance, keyed by the client's address (an IPv6 client by
 * its /64), which is never stored with a case; a refused request is answered 429 with Retry-After and changes
 * nothing, and an accepted submission is never dropped. Settings:
 * {@code khet.limits.public-submit|public-lookup|public-miss.capacity|window}.
 */
@Component
public class PublicLimits {

    /** What the client does: sends something in, or looks something up. */
    public enum Kind {
        SUBMIT,
        LOOKUP
    }

    private final RateLimits.Limit submissions;
    private final RateLimits.Limit lookups;
    private final RateLimits.Limit misses;

    /** The earlier settings {@code khet.complaints.limits.*} still apply, as the defaults of the named limits. */
    PublicLimits(
            RateLimits limits,
            @Value("${khet.complaints.limits.submissions:5}") int submissions,
            @Value("${khet.complaints.limits.lookups:60}") int lookups,
            @Value("${khet.complaints.limits.misses:10}") int misses,
            @Value("${khet.complaints.limits.window:10m}") Duration window) {
        this.submissions = limits.limit("public-submit", submissions, window);
        this.lookups = limits.limit("public-lookup", lookups, window);
        this.misses = limits.limit("public-miss", misses, window);
    }

    /** Counts one use; refused when the client has used up its share (the use is not counted then). */
    public Taken take(Kind kind, String client) {
        if (kind == Kind.LOOKUP) {
            Taken missed = misses.check(client);
            if (!missed.allowed()) {
                return missed;
            }
        }
        return (kind == Kind.SUBMIT ? submissions : lookups).take(client);
    }

    /** As {@link #take}, for the API: a refusal is thrown and answered 429 with Retry-After. */
    public void check(Kind kind, String client) {
        Taken taken = take(kind, client);
        if (!taken.allowed()) {
            throw new TooManyRequestsException(taken.retryAfterSeconds());
        }
    }

    /**
     * As {@link #take}, for the HTML pages: a refusal answers 429 with Retry-After and the page says to wait;
     * true when refused.
     */
    public boolean refused(Kind kind, String client, HttpServletResponse response, Model model) {
        Taken taken = take(kind, client);
        if (taken.allowed()) {
            return false;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(taken.retryAfterSeconds()));
        model.addAttribute("tooMany", true);
        return true;
    }

    /** Records a lookup that found nothing; after too many, the client's lookups are refused for a while. */
    public void missed(String client) {
        misses.take(client);
    }
}
