package org.khet.platform;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's accounts (บัญชีสาธิต), whose password is published in the README. They are marked when made, so a
 * demo user is told on signing in that the account is no place for real data, and an installation started with
 * {@code KHET_DEMO=false} retires them.
 */
@Component
public class DemoAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    DemoAccounts(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
    }

    public void mark(long userId) {
        jdbc.sql("update platform.app_user set demo = true where id = :id")
                .param("id", userId)
                .update();
    }

    public boolean isDemo(long userId) {
        return jdbc.sql("select demo from platform.app_user where id = :id")
                .param("id", userId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * Disables every demo account that could still be used: its password becomes an unknown random one, its API
     * tokens are revoked and its sessions end. The accounts stay (disabled) because cases, audit events and
     * registry links name them; the demo area's data stays because real work may have been added beside it.
     * Answers how many accounts were retired; a second run finds none.
     */
    @Transactional
    public int retire() {
        List<Account> usable = jdbc.sql("""
                        select u.id, u.username from platform.app_user u
                        where u.demo and (u.enabled
                              or exists (select 1 from platform.api_token t where t.user_id = u.id and t.revoked_at is null)
                              or exists (select 1 from platform.spring_session s where s.principal_name = u.username))""").query(Account.class).list();
        usable.forEach(this::retire);
        return usable.size();
    }

    private record Account(long id, String username) {}

    private void retire(Account a) {
        jdbc.sql(
                        "update platform.app_user set enabled = false, password_hash = :hash, password_changed_at = now() where id = :id")
                .param("hash", passwords.encode(unknownPassword()))
                .param("id", a.id())
                .update();
        int tokens = jdbc.sql(
                        "update platform.api_token set revoked_at = now() where user_id = :id and revoked_at is null")
                .param("id", a.id())
                .update();
        int sessions = jdbc.sql("delete from platform.spring_session where principal_name = :u")
                .param("u", a.username())
                .update();
        audit.changed(
                null,
                "RETIRE_DEMO_ACCOUNT",
                "user",
                a.id(),
                Map.of("username", a.username(), "enabled", true),
                Map.of("enabled", false, "tokensRevoked", tokens, "sessionsEnded", sessions));
    }

    private static String unknownPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
