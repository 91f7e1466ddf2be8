package org.khet.personnel.development;

import java.time.LocalDate;

/**
 * An award as stored: to a person ({@code personId}) or a school ({@code schoolId}); PENDING, VERIFIED or WITHDRAWN;
 * {@code enteredBy} the account that entered it.
 */
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
        String status,
        long enteredBy) {

    public boolean verified() {
        return "VERIFIED".equals(status);
    }

    /** What may be corrected, as the API and the audit trail name it. */
    public java.util.Map<String, Object> details() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("name", name);
        m.put("level", level.name());
        m.put("granting_body", grantingBody);
        m.put("awarded_on", awardedOn.toString());
        m.put("note", note);
        return m;
    }

    public boolean toSchool() {
        return schoolId != null;
    }
}
