package org.khet.notifications;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox's rows. A row is claimed just before it is sent, alone, by marking it SENDING with its next attempt a
 * lease ahead, in one statement that skips rows another instance has locked: two instances never take the same row,
 * however slow a gateway is with the rows before it, and the sending itself runs outside any transaction; a row
 * whose instance died mid-send comes due again when its lease ends. Pages read rows without their secret.
 */
@Component
class Outbox {

    /** One message for one recipient on one channel, rendered; {@code secret} only for a SECRET row. */
    record Draft(
            Long accountId,
            String address,
            Channel channel,
            String language,
            String subject,
            String body,
            Delivery.Kind kind,
            String secret) {

        /** Never the secret, the texts nor the address: a record's default string would put them in a log. */
        @Override
        public String toString() {
            return "Draft[" + channel + " " + kind + (accountId == null ? "" : " to account " + accountId) + "]";
        }
    }

    /** What "retry now" found. */
    enum Retry {
        RETRYING,
        /** A dispatcher is sending it at this moment: its result comes first. */
        BEING_SENT,
        /** A secret that gave up: it is wiped and cannot be sent again. */
        SECRET_GONE,
        /** Sent meanwhile, or no such row. */
        NOT_FAILING
    }

    private static final String SHOWN = """
            id, account_id, address, channel, language, subject, body, state, attempts, next_attempt_at, last_error,
            created_at, sent_at, module, about, kind, null as secret, null as claim""";
    private static final String TROUBLE =
            "(state in ('FAILED', 'GAVE_UP') or (state = 'SENDING' and last_error is not null))";

    /** What a row that gave up because its last attempt never came back says on the failures page. */
    static final String ABANDONED = "the last attempt ended without an answer (the sending instance stopped)";

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(Draft d, Message about) {
        jdbc.sql("""
                        insert into notifications.delivery
                            (account_id, address, channel, language, subject, body, module, about, kind, secret)
                        values (:account, :address, :channel, :language, :subject, :body, :module, :about, :kind, :secret)""")
                .param("account", d.accountId())
                .param("address", d.address())
                .param("channel", d.channel().name())
                .param("language", d.language())
                .param("subject", d.subject())
                .param("body", d.body())
                .param("module", about.module())
                .param("about", about.about())
                .param("kind", d.kind().name())
                .param("secret", d.secret())
                .update();
    }

    /**
     * The next due row, now SENDING for {@code lease} under a new claim token; empty when nothing is due. A row whose
     * lease ran out on its {@code maxAttempts}-th attempt (its instance died, perhaps on every attempt) is not taken
     * again: it gives up, and any secret it kept is wiped.
     */
    Optional<Delivery> claimNext(Duration lease, int maxAttempts) {
        giveUpAbandoned(maxAttempts);
        return jdbc.sql("""
                        update notifications.delivery d
                        set state = 'SENDING', attempts = d.attempts + 1, claim = :claim,
                            next_attempt_at = now() + :lease * interval '1 millisecond'
                        where d.id = (select id from notifications.delivery
                                      where (state in ('PENDING', 'FAILED') or (state = 'SENDING' and attempts < :max))
                                        and next_attempt_at <= now()
                                      order by next_attempt_at, id limit 1
                                      for update skip locked)
                        returning d.*""")
                .param("claim", UUID.randomUUID())
                .param("lease", lease.toMillis())
                .param("max", maxAttempts)
                .query(Delivery.class)
                .optional();
    }

    /** Rows whose last allowed attempt never came back: given up, their secrets wiped. */
    private void giveUpAbandoned(int maxAttempts) {
        jdbc.sql("""
                        update notifications.delivery
                        set state = 'GAVE_UP', secret = null, claim = null,
                            last_error = coalesce(last_error || '; ', '') || :why
                        where state = 'SENDING' and attempts >= :max and next_attempt_at <= now()""").param("why", ABANDONED).param("max", maxAttempts).update();
    }

    /**
     * Marks a claimed row sent and wipes its secret in the same statement; does nothing if its lease ran out and
     * another claim has taken it since (or "retry now" put it back), which the claim token tells.
     */
    void sent(Delivery d) {
        jdbc.sql("""
                        update notifications.delivery set state = 'SENT', sent_at = now(), secret = null, claim = null
                        where id = :id and claim = :claim and state = 'SENDING'""").param("id", d.id()).param("claim", d.claim()).update();
    }

    /** A failed attempt: due again after {@code retryIn}, or (null) given up, wiping any secret it kept. */
    void failed(Delivery d, String error, Duration retryIn) {
        jdbc.sql("""
                        update notifications.delivery
                        set state = :state, last_error = :error, claim = null,
                            next_attempt_at = now() + :retry * interval '1 millisecond',
                            secret = case when :state = 'GAVE_UP' then null else secret end
                        where id = :id and claim = :claim and state = 'SENDING'""")
                .param("state", retryIn == null ? "GAVE_UP" : "FAILED")
                .param("error", error)
                .param("retry", retryIn == null ? 0L : retryIn.toMillis())
                .param("id", d.id())
                .param("claim", d.claim())
                .update();
    }

    /** What was sent (or tried) to a person, newest first. */
    List<Delivery> toAccount(long accountId, int limit) {
        return jdbc.sql("select " + SHOWN + """
                         from notifications.delivery where account_id = :a
                        order by created_at desc, id desc limit :n""")
                .param("a", accountId)
                .param("n", limit)
                .query(Delivery.class)
                .list();
    }

    /** Deliveries failing, given up, or being tried again after a failure: newest first, {@code size} from {@code offset}. */
    List<Delivery> troubles(long offset, int size) {
        return jdbc.sql("select " + SHOWN + " from notifications.delivery where " + TROUBLE + """
                         order by created_at desc, id desc offset :o limit :n""")
                .param("o", offset)
                .param("n", size)
                .query(Delivery.class)
                .list();
    }

    long troubleCount() {
        return jdbc.sql("select count(*) from notifications.delivery where " + TROUBLE)
                .query(Long.class)
                .single();
    }

    /** Puts a failing row back to the front, with its back-off started afresh, or says why not. */
    Retry retryNow(long id) {
        int changed = jdbc.sql("""
                        update notifications.delivery set state = 'PENDING', attempts = 0, next_attempt_at = now()
                        where id = :id and state in ('FAILED', 'GAVE_UP') and (kind <> 'SECRET' or secret is not null)""").param("id", id).update();
        if (changed > 0) {
            return Retry.RETRYING;
        }
        return jdbc.sql("select state, kind from notifications.delivery where id = :id")
                .param("id", id)
                .query((rs, n) -> switch (rs.getString("state")) {
                    case "SENDING" -> Retry.BEING_SENT;
                    case "GAVE_UP" -> "SECRET".equals(rs.getString("kind")) ? Retry.SECRET_GONE : Retry.NOT_FAILING;
                    default -> Retry.NOT_FAILING;
                })
                .optional()
                .orElse(Retry.NOT_FAILING);
    }
}
