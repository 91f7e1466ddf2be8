package org.khet.notifications;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox's rows. A row is claimed by moving its next attempt a lease ahead, in one statement that skips rows
 * another instance has locked, so two instances never take the same row and the sending itself runs outside any
 * transaction; a row whose instance died mid-send comes due again when its lease ends.
 */
@Component
class Outbox {

    /** One message for one recipient on one channel, rendered. */
    record Draft(Long accountId, String address, Channel channel, String language, String subject, String body) {}

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(Draft d, Message about) {
        jdbc.sql("""
                        insert into notifications.delivery
                            (account_id, address, channel, language, subject, body, module, about)
                        values (:account, :address, :channel, :language, :subject, :body, :module, :about)""")
                .param("account", d.accountId())
                .param("address", d.address())
                .param("channel", d.channel().name())
                .param("language", d.language())
                .param("subject", d.subject())
                .param("body", d.body())
                .param("module", about.module())
                .param("about", about.about())
                .update();
    }

    List<Delivery> claimDue(int batch, Duration lease) {
        return jdbc.sql("""
                        update notifications.delivery d
                        set next_attempt_at = now() + :lease * interval '1 millisecond', attempts = d.attempts + 1
                        where d.id in (select id from notifications.delivery
                                       where state in ('PENDING', 'FAILED') and next_attempt_at <= now()
                                       order by next_attempt_at, id limit :batch
                                       for update skip locked)
                        returning d.*""")
                .param("lease", lease.toMillis())
                .param("batch", batch)
                .query(Delivery.class)
                .list();
    }

    /** Marks a claimed row; does nothing if its lease ran out and another attempt has claimed it since. */
    void sent(Delivery d) {
        jdbc.sql("""
                        update notifications.delivery set state = 'SENT', sent_at = now()
                        where id = :id and attempts = :attempts and state <> 'SENT'""").param("id", d.id()).param("attempts", d.attempts()).update();
    }

    void failed(Delivery d, String error, Duration retryIn) {
        jdbc.sql("""
                        update notifications.delivery
                        set state = :state, last_error = :error,
                            next_attempt_at = now() + :retry * interval '1 millisecond'
                        where id = :id and attempts = :attempts and state <> 'SENT'""")
                .param("state", retryIn == null ? "GAVE_UP" : "FAILED")
                .param("error", error)
                .param("retry", retryIn == null ? 0L : retryIn.toMillis())
                .param("id", d.id())
                .param("attempts", d.attempts())
                .update();
    }

    /** What was sent (or tried) to a person, newest first. */
    List<Delivery> toAccount(long accountId, int limit) {
        return jdbc.sql("""
                        select * from notifications.delivery where account_id = :a
                        order by created_at desc, id desc limit :n""")
                .param("a", accountId)
                .param("n", limit)
                .query(Delivery.class)
                .list();
    }

    /** Deliveries failing or given up, newest first. */
    List<Delivery> troubles(int limit) {
        return jdbc.sql("""
                        select * from notifications.delivery where state in ('FAILED', 'GAVE_UP')
                        order by created_at desc, id desc limit :n""").param("n", limit).query(Delivery.class).list();
    }

    long troubleCount() {
        return jdbc.sql("select count(*) from notifications.delivery where state in ('FAILED', 'GAVE_UP')")
                .query(Long.class)
                .single();
    }

    /** Puts a failing row back to the front, with its back-off started afresh; false if it is not failing. */
    boolean retryNow(long id) {
        return jdbc.sql("""
                        update notifications.delivery set state = 'PENDING', attempts = 0, next_attempt_at = now()
                        where id = :id and state in ('FAILED', 'GAVE_UP')""").param("id", id).update() > 0;
    }
}
