package org.khet.personnel.development;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One development record as stored; {@code status} PENDING, VERIFIED or RETURNED. */
public record TrainingRecord(
        long id,
        long areaId,
        long personId,
        String personName,
        Long schoolId,
        Long unitId,
        long filedBy,
        String title,
        String provider,
        TrainingKind kind,
        LocalDate firstDay,
        LocalDate lastDay,
        BigDecimal hours,
        int fiscalYear,
        String status,
        Long decidedBy,
        OffsetDateTime decidedAt,
        String returnReason,
        Long actionLearningId,
        String certificateName,
        OffsetDateTime filedAt) {

    public TrainingRecord {
        hours = TrainingHours.plain(hours);
    }

    public boolean pending() {
        return "PENDING".equals(status);
    }

    public boolean verified() {
        return "VERIFIED".equals(status);
    }

    /** Whether its owner may still change it: not yet verified. */
    public boolean editable() {
        return !verified();
    }

    public boolean hasCertificate() {
        return certificateName != null;
    }
}
