package org.khet.correspondence;

import java.time.Instant;

/** A letter as stored: a draft until sent, then numbered in its sender's register. */
record Letter(
        long id,
        long areaId,
        Long schoolId,
        LetterKind kind,
        String form,
        String subject,
        String body,
        Urgency urgency,
        Instant urgentBy,
        Secrecy secrecy,
        boolean circular,
        Addressees to,
        String status,
        Register register,
        Integer year,
        Integer sequence,
        String number,
        Instant sentAt,
        long createdBy,
        int version,
        Paper paper) {

    /** Where a letter received on paper came from, as the clerk typed it from the paper; null for Khet's own. */
    record Paper(String from, String number, java.time.LocalDate dated) {}

    static final String DRAFT = "DRAFT";
    static final String SENT = "SENT";

    boolean draft() {
        return DRAFT.equals(status);
    }

    /** Whether {@code org} wrote and sent it in Khet (a letter received on paper belongs to its receiver). */
    boolean sentBy(Organisation org) {
        return paper == null && org.same(areaId, schoolId);
    }
}
