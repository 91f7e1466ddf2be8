package org.khet.complaints;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands (received → accepted → assigned or forwarded → investigating → resolved → closed, reopened when
 * needed). Stored by its name; its label is the message {@code complaints.step.<NAME>}, its button's {@code
 * complaints.action.<NAME>}.
 */
enum CaseStatus {
    RECEIVED,
    ACCEPTED,
    NOT_OURS,
    ASSIGNED,
    FORWARDED,
    INVESTIGATING,
    RESOLVED,
    CLOSED,
    REOPENED;

    /** The statuses a case at this one may go to, in the order the case page offers them. */
    Set<CaseStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(ACCEPTED, NOT_OURS);
            case ACCEPTED, REOPENED -> EnumSet.of(ASSIGNED, FORWARDED);
            case ASSIGNED -> EnumSet.of(INVESTIGATING);
            case INVESTIGATING -> EnumSet.of(RESOLVED);
            case RESOLVED, NOT_OURS, FORWARDED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.of(REOPENED);
        };
    }

    /** Whether the officer in charge takes this step (looking into the case and answering it); the centre takes every step. */
    boolean officersStep() {
        return this == INVESTIGATING || this == RESOLVED;
    }

    /** The status a form or a filter names, or null for a name that is none. */
    static CaseStatus named(String name) {
        for (CaseStatus s : values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }
}
