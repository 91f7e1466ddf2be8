package org.khet.personnel.development;

import java.time.LocalDate;

/** An award as stored: to a person ({@code personId}) or a school ({@code schoolId}); PENDING or VERIFIED. */
public record Award(
        long id,
        long areaId,
        Long personId,
        Long schoolId,
        String recipientName,
        Long placeSchoolId,
        String name,
        AwardLevel level,
        String grantingBody,
        LocalDate awardedOn,
        int fiscalYear,
        String note,
        String status) {

    public boolean verified() {
        return "VERIFIED".equals(status);
    }

    public boolean toSchool() {
        return schoolId != null;
    }
}
