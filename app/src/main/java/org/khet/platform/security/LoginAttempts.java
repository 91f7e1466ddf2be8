package org.khet.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.khet.platform.Accounts.Account;
import org.khet.platform.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account in the database, so lockout holds across restarts and across app instances:
 * after {@code khet.login.max-failures} failures the account is locked for {@code khet.login.lockout}.
 */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(
            JdbcClient jdbc,
            AuditLog audit,
            Clock clock,
            @Value("${khet.login.max-failures}") int maxFailures,
            @Value("${khet.login.lockout}") Duration lockout) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    void failed(Account account) {
        int failures = jdbc.sql(
                        "update app_user set failed_attempts = failed_attempts + 1 where id = :id returning failed_attempts")
                .param("id", account.id())
                .query(Integer.class)
                .single();
        OffsetDateTime lockedUntil = failures >= maxFailures ? now().plus(lockout) : null;
        if (lockedUntil != null) {
            jdbc.sql("update app_user set failed_attempts = 0, locked_until = :l where id = :id")
                    .param("l", lockedUntil)
                    .param("id", account.id())
                    .update();
        }
        audit.noted(
                null,
                lockedUntil == null ? "LOGIN_FAILED" : "LOCKED",
                "user",
                account.id(),
                account.username() + (lockedUntil == null ? " failure " + failures : " locked until " + lockedUntil));
    }

    void succeeded(Account account) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null, last_login_at = :t where id = :id")
                .param("t", now())
                .param("id", account.id())
                .update();
    }
}
