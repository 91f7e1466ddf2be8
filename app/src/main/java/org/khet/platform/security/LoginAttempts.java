package org.khet.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.khet.platform.Accounts.Account;
import org.khet.platform.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account in the database, so lockout holds across restarts and across app instances:
 * after {@code khet.login.max-failures} failures the account is locked for {@code khet.login.lockout}. Failures
 * while locked keep counting, and as many again lock it anew from then. A lock is told, once per lock, to the account's owner, by
 * e-mail and on their profile, never on the login page.
 */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(
            JdbcClient jdbc,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${khet.login.max-failures}") int maxFailures,
            @Value("${khet.login.lockout}") Duration lockout) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    @Transactional
    void failed(Account account) {
        // The update holds the row until commit, so concurrent failures of one account take turns here.
        Failure failure = jdbc.sql("""
                update platform.app_user set failed_attempts = failed_attempts + 1 where id = :id
                returning failed_attempts, locked_until""")
                .param("id", account.id())
                .query((rs, n) ->
                        new Failure(rs.getInt("failed_attempts"), rs.getObject("locked_until", OffsetDateTime.class)))
                .single();
        if (failure.count() < maxFailures) {
            audit.noted(null, "LOGIN_FAILED", "user", account.id(), account.username() + " failure " + failure.count());
            return;
        }
        if (failure.lockedAt(now())) {
            extend(account, failure.count());
        } else {
            lock(account, failure.count());
        }
    }

    private void lock(Account account, int failures) {
        OffsetDateTime lockedUntil = now().plus(lockout);
        jdbc.sql("""
                update platform.app_user set failed_attempts = 0, locked_until = :l, lock_noticed_at = :t where id = :id""")
                .param("l", lockedUntil)
                .param("t", now())
                .param("id", account.id())
                .update();
        audit.noted(null, "LOCKED", "user", account.id(), account.username() + " locked until " + lockedUntil);
        events.publishEvent(new AccountLocked(account.id(), failures, lockedUntil));
    }

    /**
     * Guessing on at a locked account locks it longer, but the owner was told of this lock already: telling them
     * again at every few guesses would let a guesser flood their mailbox.
     */
    private void extend(Account account, int failures) {
        OffsetDateTime lockedUntil = now().plus(lockout);
        jdbc.sql("update platform.app_user set failed_attempts = 0, locked_until = :l where id = :id")
                .param("l", lockedUntil)
                .param("id", account.id())
                .update();
        audit.noted(
                null,
                "LOCKED",
                "user",
                account.id(),
                account.username() + " still locked, " + failures + " more failures, now until " + lockedUntil);
    }

    private record Failure(int count, OffsetDateTime lockedUntil) {
        boolean lockedAt(OffsetDateTime now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    void succeeded(Account account) {
        jdbc.sql(
                        "update platform.app_user set failed_attempts = 0, locked_until = null, last_login_at = :t where id = :id")
                .param("t", now())
                .param("id", account.id())
                .update();
    }
}
