package org.khet.complaints;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands (received → accepted → assigned or forwarded → investigating → resolved → closed, reopened when
 * needed). Stored by its name, which its journal entry ({@link StepKind}) shares; its label is the message {@code
 * complaints.step.<NAME>}, its button's {@code complaints.action.<NAME>}.
 */
enum CaseStatus {
    RECEIVED(StepKind.RECEIVED),
    ACCEPTED(StepKind.ACCEPTED),
    NOT_OURS(StepKind.NOT_OURS),
    ASSIGNED(StepKind.ASSIGNED),
    FORWARDED(StepKind.FORWARDED),
    INVESTIGATING(StepKind.INVESTIGATING),
    RESOLVED(StepKind.RESOLVED),
    CLOSED(StepKind.CLOSED),
    REOPENED(StepKind.REOPENED);

    private final StepKind step;

    CaseStatus(StepKind step) {
        this.step = step;
    }

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

    /** The journal's entry for a move to this status (of the same name). */
    StepKind step() {
        return step;
    }

    // The case page asks these (public, for its expressions) to choose what each step card asks for.

    /** Whether a move to this status names the unit and officer the case is given to. */
    public boolean needsAssignee() {
        return this == ASSIGNED;
    }

    /** Whether a move to this status names the agency the case is forwarded to, their reference and the day. */
    public boolean needsAgency() {
        return this == FORWARDED;
    }

    /** Whether a move to this status gives the outcome, which is what the complainant reads of it. */
    public boolean needsOutcome() {
        return this == RESOLVED;
    }

    /** Whether a move to this status must tell the complainant why and where to go instead. */
    public boolean needsReason() {
        return this == NOT_OURS;
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
