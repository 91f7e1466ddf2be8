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
        Long receiptEntryId) {}
