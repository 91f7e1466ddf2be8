package org.khet.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A leave request was approved, refused or cancelled (for attendance and notifications): {@code outcome} is
 * {@code APPROVED}, {@code REFUSED} or {@code CANCELLED}. It names the type, since a listener counts days by it;
 * a listener that shows it must keep the sensitive types ({@link LeaveType#sensitive()}) from others.
 */
public record LeaveDecided(
        long requestId,
        long areaId,
        long personId,
        LeaveType type,
        LocalDate firstDay,
        LocalDate lastDay,
        BigDecimal days,
        String outcome,
        long decidedBy) {}
