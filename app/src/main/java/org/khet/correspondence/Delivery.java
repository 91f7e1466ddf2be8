package org.khet.correspondence;

import java.time.Instant;

/** A sent letter at one organisation it was addressed to (a school, the area office, or one of its units). */
record Delivery(
        long id,
        long letterId,
        long areaId,
        Long schoolId,
        Long unitId,
        DeliveryState state,
        Instant openedAt,
        Instant actedAt,
        String reason,
        Long receiptEntryId) {

    /** The select of every column a {@code Delivery} maps, for a query to add its conditions to. */
    static final String SELECT =
            "select id, letter_id, area_id, school_id, unit_id, state, opened_at, acted_at, reason,"
                    + " receipt_entry_id from correspondence.delivery";
}
