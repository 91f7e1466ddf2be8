package org.khet.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An official travel request: who (the registry person and their name at filing), why, where, the days, the
 * companions, the vehicle, the estimated cost and the letter or order it answers; the role that approves it by the
 * applicant's place; its status and decision; then the report after the trip with the actual cost.
 */
record TravelRequest(
        long id,
        long areaId,
        long personId,
        String personName,
        long filedBy,
        String purpose,
        String place,
        LocalDate firstDay,
        LocalDate lastDay,
        String vehicle,
        BigDecimal estimatedCost,
        String reference,
        Long schoolId,
        Long unitId,
        String approver,
        String status,
        Long decidedBy,
        OffsetDateTime decidedAt,
        String decisionReason,
        String report,
        BigDecimal actualCost,
        OffsetDateTime reportedAt,
        OffsetDateTime filedAt,
        List<String> companions) {

    public boolean waiting() {
        return "PENDING".equals(status);
    }

    public boolean reported() {
        return reportedAt != null;
    }

    /** Whether the report may be written on {@code today}: an approved trip, not yet reported, from its last day. */
    public boolean reportableOn(LocalDate today) {
        return "APPROVED".equals(status) && !reported() && !today.isBefore(lastDay);
    }
}
