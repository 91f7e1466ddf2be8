package org.khet.notifications;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One row of the outbox: one message to one recipient on one channel, and how its delivery went. A {@code SECRET}
 * row's subject and body hold its secret masked as {@link #SECRET_MASK}; the secret itself is in {@code secret}
 * only while the row is due, and only the dispatcher's claim reads it. {@code claim} is the token of the claim that
 * is sending it (SENDING only): only that claim may record how it went.
 */
record Delivery(
        long id,
        Long accountId,
        String address,
        Channel channel,
        String language,
        String subject,
        String body,
        State state,
        int attempts,
        OffsetDateTime nextAttemptAt,
        String lastError,
        OffsetDateTime createdAt,
        OffsetDateTime sentAt,
        String module,
        String about,
        Kind kind,
        String secret,
        UUID claim) {

    /** Where a secret stands in a stored text; what its owner and an administrator see instead of it. */
    static final String SECRET_MASK = "••••••••";

    enum State {
        PENDING,
        /** Claimed by a dispatcher, which is sending it now; due again at {@code nextAttemptAt} if it died. */
        SENDING,
        SENT,
        /** Failed, another attempt is due at {@code nextAttemptAt}. */
        FAILED,
        GAVE_UP
    }

    enum Kind {
        NOTICE,
        /** Carries a secret (a first password), kept only until the row is sent or gives up. */
        SECRET
    }

    /** The address as an administrator may see it: enough to recognise, not enough to reach the person. */
    String maskedAddress() {
        return Masks.address(channel, address);
    }

    /** The subject as it goes out, with the secret in place of its mask. */
    String subjectToSend() {
        return unmasked(subject);
    }

    /** The text as it goes out, with the secret in place of its mask. */
    String bodyToSend() {
        return unmasked(body);
    }

    /** Whether "retry now" could send it again: a secret that gave up is gone (the database sees to that). */
    boolean resendable() {
        return kind != Kind.SECRET || state != State.GAVE_UP;
    }

    private String unmasked(String text) {
        return text == null || kind != Kind.SECRET || secret == null ? text : text.replace(SECRET_MASK, secret);
    }

    /** Never the secret nor the texts: a record's default string would put them in whatever logs it. */
    @Override
    public String toString() {
        return "Delivery[" + id + " " + channel + " " + state + " attempt " + attempts + "]";
    }
}
