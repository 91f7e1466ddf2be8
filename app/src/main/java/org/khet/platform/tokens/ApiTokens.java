package org.khet.platform.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.khet.platform.AuditLog;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for integrations. A token is shown once when made; only its SHA-256 hash is stored, which is
 * enough for 256 random bits (a slow hash protects guessable passwords, not random keys).
 */
@Component
public class ApiTokens {

    static final String PREFIX = "khet_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ApiTokens(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A token as listed to its owner: never the secret itself. */
    public record TokenInfo(
            long id,
            String name,
            String prefix,
            OffsetDateTime createdAt,
            OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    @Transactional
    public String create(long userId, String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw RejectedException.of(
                    "name", "กรุณาตั้งชื่อโทเค็น (ไม่เกิน 100 ตัวอักษร)", "Name the token (at most 100 characters)");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = jdbc.sql("""
                insert into api_token (user_id, name, token_hash, prefix) values (:u, :n, :h, :p) returning id""")
                .param("u", userId)
                .param("n", label)
                .param("h", hash(token))
                .param("p", token.substring(0, 10))
                .query(Long.class)
                .single();
        audit.changed(null, "CREATE", "api_token", id, null, label);
        return token;
    }

    public List<TokenInfo> of(long userId) {
        return jdbc.sql("""
                select id, name, prefix, created_at, last_used_at, revoked_at from api_token
                where user_id = :u order by created_at desc""").param("u", userId).query(TokenInfo.class).list();
    }

    @Transactional
    public boolean revoke(long userId, long tokenId) {
        int n = jdbc.sql(
                        "update api_token set revoked_at = now() where id = :id and user_id = :u and revoked_at is null")
                .param("id", tokenId)
                .param("u", userId)
                .update();
        if (n > 0) {
            audit.changed(null, "REVOKE", "api_token", tokenId, "active", "revoked");
        }
        return n > 0;
    }

    /** The owner of an active token, marking it used. */
    public Optional<Long> ownerOf(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<Long> owner = jdbc.sql("select user_id from api_token where token_hash = :h and revoked_at is null")
                .param("h", hash)
                .query(Long.class)
                .optional();
        // Marking use at most once a minute keeps a busy integration from writing on every request.
        owner.ifPresent(o -> jdbc.sql("""
                update api_token set last_used_at = now() where token_hash = :h
                and (last_used_at is null or last_used_at < now() - interval '1 minute')""").param("h", hash).update());
        return owner;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
