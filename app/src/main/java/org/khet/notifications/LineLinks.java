package org.khet.notifications;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import org.khet.shared.Sha256;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who is who on LINE. A person asks for a six-digit code (one open code each, kept only as its SHA-256, valid for
 * {@code khet.line.code-lifetime}) and sends it to the office's Official Account; the webhook hands the code and
 * the sender's LINE user id here, and a code is used at most once.
 */
@Component
class LineLinks {

    private static final int DIGITS = 6;

    private final JdbcClient jdbc;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    LineLinks(JdbcClient jdbc, @Value("${khet.line.code-lifetime:10m}") Duration lifetime) {
        this.jdbc = jdbc;
        this.lifetime = lifetime;
    }

    Duration lifetime() {
        return lifetime;
    }

    /** A new code for the account, replacing any it had; shown to its owner once. */
    String newCode(long accountId) {
        jdbc.sql("delete from notifications.line_code where expires_at < now()").update();
        for (int tries = 0; ; tries++) {
            String code = String.format("%0" + DIGITS + "d", random.nextInt((int) Math.pow(10, DIGITS)));
            try {
                jdbc.sql("""
                                insert into notifications.line_code (code_hash, account_id, expires_at)
                                values (:h, :a, now() + :ms * interval '1 millisecond')
                                on conflict (account_id)
                                do update set code_hash = excluded.code_hash, expires_at = excluded.expires_at""")
                        .param("h", hash(code))
                        .param("a", accountId)
                        .param("ms", lifetime.toMillis())
                        .update();
                return code;
            } catch (DuplicateKeyException e) {
                if (tries > 20) {
                    throw e;
                }
            }
        }
    }

    /**
     * The account whose open code this is, having linked it to {@code lineUserId}; empty for a code that is unknown,
     * used or expired. The code is spent either way.
     */
    Optional<Long> redeem(String text, String lineUserId) {
        String code = text == null ? "" : text.replaceAll("[\\s-]", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return Optional.empty();
        }
        Optional<Long> account = jdbc.sql("""
                        delete from notifications.line_code where code_hash = :h
                        returning case when expires_at > now() then account_id end as account_id""")
                .param("h", hash(code))
                .query((rs, n) -> (Long) rs.getObject("account_id"))
                .optional()
                .filter(a -> a != null);
        account.ifPresent(a -> link(a, lineUserId));
        return account;
    }

    private void link(long accountId, String lineUserId) {
        jdbc.sql("delete from notifications.line_link where line_user_id = :l or account_id = :a")
                .param("l", lineUserId)
                .param("a", accountId)
                .update();
        jdbc.sql("insert into notifications.line_link (account_id, line_user_id) values (:a, :l)")
                .param("a", accountId)
                .param("l", lineUserId)
                .update();
    }

    Optional<String> lineUserOf(long accountId) {
        return jdbc.sql("select line_user_id from notifications.line_link where account_id = :a")
                .param("a", accountId)
                .query(String.class)
                .optional();
    }

    boolean unlink(long accountId) {
        return jdbc.sql("delete from notifications.line_link where account_id = :a")
                        .param("a", accountId)
                        .update()
                > 0;
    }

    private static String hash(String code) {
        return Sha256.hex(code);
    }
}
