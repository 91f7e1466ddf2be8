package org.khet.notifications;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a test looks up in the outbox by a delivery's address, and a LINE user linked by hand for a test. */
final class OutboxRows {

    private final JdbcClient jdbc;

    OutboxRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The state of the one delivery to this address; "" while there is none. */
    String state(String address) {
        return jdbc.sql("select state from notifications.delivery where address = :a")
                .param("a", address)
                .query(String.class)
                .optional()
                .orElse("");
    }

    long id(String address) {
        return jdbc.sql("select id from notifications.delivery where address = :a")
                .param("a", address)
                .query(Long.class)
                .single();
    }

    /** A new LINE user linked to the account, which chose LINE alone; answers the LINE user id. */
    String linkLine(long accountId) {
        String lineUser = "U" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("insert into notifications.line_link (account_id, line_user_id) values (:a, :l)")
                .param("a", accountId)
                .param("l", lineUser)
                .update();
        jdbc.sql("insert into notifications.preference (account_id, channels) values (:a, '{LINE}')")
                .param("a", accountId)
                .update();
        return lineUser;
    }
}
