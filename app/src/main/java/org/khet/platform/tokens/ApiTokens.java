package org.khet.platform.tokens;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.khet.platform.AuditLog;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.khet.shared.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for integrations. A token is shown once when made; only its SHA-256 hash is stored, which is
 * enough for 256 random bits (a slow hash protects guessable passwords, not random keys). Every token expires (a
 * year by default, chosen when it is made) and records its last use, written at most once a minute so a busy
 * integration does not write on every call. A new password or a disabled account revokes all of a user's tokens.
 */
@Component
public class ApiTokens {

    static final String PREFIX = "khet_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** How long a token lasts when its maker does not say, and the longest it may last. */
    public static final int DEFAULT_DAYS = 365;

    public static final int MAX_DAYS = 730;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token as listed to its owner: never the secret itself. */
    public record TokenInfo(
            long id,
            String name,
            String prefix,
            OffsetDateTime createdAt,
            OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt,
            OffsetDateTime expiresAt,
            boolean active) {

        public boolean expired() {
            return revokedAt == null && !active;
        }
    }

    /** A new token as its maker sees it once: the secret and when it stops working. */
    public record Made(String token, OffsetDateTime expiresAt) {}

    /** When a token asked to last {@code days} days (null: the default) expires; refused outside 1 to MAX_DAYS. */
    public OffsetDateTime expiryIn(Integer days) {
        int d = days == null ? DEFAULT_DAYS : days;
        if (d < 1 || d > MAX_DAYS) {
            throw RejectedException.of("expires_in_days", Texts.of("platform.tokens.days", MAX_DAYS));
        }
        return OffsetDateTime.now(clock).plusDays(d);
    }

    /** A token that expires at the given moment, which must be in the future and within MAX_DAYS. */
    @Transactional
    public Made create(long userId, String name, OffsetDateTime expiresAt) {
        refuseWhilePasswordIsGiven(userId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plusDays(MAX_DAYS))) {
            throw RejectedException.of("expires_at", Texts.of("platform.tokens.expiry", MAX_DAYS));
        }
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw RejectedException.of("name", Texts.of("platform.apiTokens.nameTokenMost100"));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = jdbc.sql("""
                insert into platform.api_token (user_id, name, token_hash, prefix, expires_at)
                values (:u, :n, :h, :p, :e) returning id""")
                .param("u", userId)
                .param("e", expiresAt)
                .param("n", label)
                .param("h", hash(token))
                .param("p", token.substring(0, 10))
                .query(Long.class)
                .single();
        audit.changed(null, "CREATE", "api_token", id, null, label + " until " + expiresAt);
        return new Made(token, expiresAt);
    }

    /**
     * An account still on a password someone else chose makes no token: a token would outlive the forced change and
     * let whoever read the printed sheet keep using the API. Resetting a password revokes every token, so no such
     * account holds one.
     */
    private void refuseWhilePasswordIsGiven(long userId) {
        boolean given = jdbc.sql("select must_change_password from platform.app_user where id = :u")
                .param("u", userId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
        if (given) {
            throw RejectedException.of("password", Texts.of("platform.apiTokens.changePasswordYouWere"));
        }
    }

    public List<TokenInfo> of(long userId) {
        return jdbc.sql("""
                select id, name, prefix, created_at, last_used_at, revoked_at, expires_at,
                       revoked_at is null and expires_at > :now as active
                from platform.api_token where user_id = :u order by created_at desc""")
                .param("u", userId)
                .param("now", OffsetDateTime.now(clock))
                .query(TokenInfo.class)
                .list();
    }

    @Transactional
    public boolean revoke(long userId, long tokenId) {
        int n = jdbc.sql(
                        "update platform.api_token set revoked_at = now() where id = :id and user_id = :u and revoked_at is null")
                .param("id", tokenId)
                .param("u", userId)
                .update();
        if (n > 0) {
            audit.changed(null, "REVOKE", "api_token", tokenId, "active", "revoked");
        }
        return n > 0;
    }

    /** Revokes every active token of the user, as a new password or a disabled account must. */
    @Transactional
    public int revokeAll(long userId, String reason) {
        int n = jdbc.sql("update platform.api_token set revoked_at = now() where user_id = :u and revoked_at is null")
                .param("u", userId)
                .update();
        if (n > 0) {
            audit.noted(null, "REVOKE_ALL", "api_token", userId, n + " token(s) of user " + userId + ": " + reason);
        }
        return n;
    }

    /** The owner of an active, unexpired token, marking it used. */
    public Optional<Long> ownerOf(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<Long> owner = jdbc.sql("""
                        select user_id from platform.api_token
                        where token_hash = :h and revoked_at is null and expires_at > :now""")
                .param("h", hash)
                .param("now", OffsetDateTime.now(clock))
                .query(Long.class)
                .optional();
        // Marking use at most once a minute keeps a busy integration from writing on every request.
        owner.ifPresent(o -> jdbc.sql("""
                update platform.api_token set last_used_at = now() where token_hash = :h
                and (last_used_at is null or last_used_at < now() - interval '1 minute')""").param("h", hash).update());
        return owner;
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
