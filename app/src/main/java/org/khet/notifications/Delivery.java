package org.khet.notifications;

import java.time.OffsetDateTime;

/** One row of the outbox: one message to one recipient on one channel, and how its delivery went. */
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
        String about) {

    enum State {
        PENDING,
        SENT,
        /** Failed, another attempt is due at {@code nextAttemptAt}. */
        FAILED,
        GAVE_UP
    }

    /** The address as an administrator may see it: enough to recognise, not enough to reach the person. */
    String maskedAddress() {
        return Masks.address(channel, address);
    }
}
