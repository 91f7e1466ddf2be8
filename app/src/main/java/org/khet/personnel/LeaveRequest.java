package org.khet.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A leave request: who (the registry person and their name at filing), the type, the days (a half day is one day
 * with {@code halfDay}), the days counted by the type's unit, the fiscal year they count in, the place the
 * applicant worked (school or unit) and the role the rules named to approve it; then its status and decision.
 */
record LeaveRequest(
        long id,
        long areaId,
        long personId,
        String personName,
        long filedBy,
        LeaveType leaveType,
        LocalDate firstDay,
        LocalDate lastDay,
        boolean halfDay,
        BigDecimal days,
        int fiscalYear,
        String reason,
        String contact,
        Long schoolId,
        Long unitId,
        String approver,
        String status,
        Long decidedBy,
        OffsetDateTime decidedAt,
        String decisionReason,
        OffsetDateTime filedAt,
        BigDecimal beyondDays,
        boolean needsCertificate) {

    /** Whether some of its days lie beyond the year's own, under the rule's extension. */
    public boolean extended() {
        return beyondDays.signum() > 0;
    }

    public boolean waiting() {
        return "PENDING".equals(status) || "CANCEL_REQUESTED".equals(status);
    }

    public boolean cancellable() {
        return "PENDING".equals(status) || "APPROVED".equals(status);
    }

    LeaveDecided decided(String outcome, long by) {
        return new LeaveDecided(id, areaId, personId, leaveType, firstDay, lastDay, days, outcome, by);
    }
}
