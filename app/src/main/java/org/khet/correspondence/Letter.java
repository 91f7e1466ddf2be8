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
        int version) {

    static final String DRAFT = "DRAFT";
    static final String SENT = "SENT";

    boolean draft() {
        return DRAFT.equals(status);
    }

    boolean sentBy(Organisation org) {
        return org.same(areaId, schoolId);
    }
}
