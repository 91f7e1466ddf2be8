package org.khet.complaints;

/**
 * What happened to a case, one record per kind: published inside the step's transaction through Spring Modulith's
 * event publication registry and handled after it commits (kept until it has been, so a notification is not lost to a
 * restart). Each carries only the case's id and what a listener needs to choose whom to tell, never a note or a name:
 * the registry keeps its events.
 */
sealed interface CaseEvent {

    long complaintId();

    /** The journal's entry for it, whose name keys its label ({@code complaints.step.<step>}). */
    StepKind step();

    /** The case moved to a new status; its named complainant is told. */
    sealed interface Moved extends CaseEvent {

        CaseStatus status();

        @Override
        default StepKind step() {
            return status().step();
        }
    }

    /** A named complaint was filed (an anonymous one publishes nothing: the registry would keep its exact moment). */
    record Received(long complaintId) implements Moved {
        public CaseStatus status() {
            return CaseStatus.RECEIVED;
        }
    }

    record Accepted(long complaintId) implements Moved {
        public CaseStatus status() {
            return CaseStatus.ACCEPTED;
        }
    }

    /** The case is not the office's to handle; the complainant was told where to go. */
    record Declined(long complaintId) implements Moved {
        public CaseStatus status() {
            return CaseStatus.NOT_OURS;
        }
    }

    /** The case was given to an officer of a unit, who is told. */
    record Assigned(long complaintId, long unitId, long officerId) implements Moved {
        public CaseStatus status() {
            return CaseStatus.ASSIGNED;
        }
    }

    record Forwarded(long complaintId) implements Moved {
        public CaseStatus status() {
            return CaseStatus.FORWARDED;
        }
    }

    record InvestigationStarted(long complaintId) implements Moved {
        public CaseStatus status() {
            return CaseStatus.INVESTIGATING;
        }
    }

    record Answered(long complaintId) implements Moved {
        public CaseStatus status() {
            return CaseStatus.RESOLVED;
        }
    }

    record Closed(long complaintId) implements Moved {
        public CaseStatus status() {
            return CaseStatus.CLOSED;
        }
    }

    record Reopened(long complaintId) implements Moved {
        public CaseStatus status() {
            return CaseStatus.REOPENED;
        }
    }

    /**
     * The case overran its step and was raised: to the legal group (level 1), then to the area director (level 2).
     * The office's business; the complainant is not told.
     */
    record Escalated(long complaintId, int level) implements CaseEvent {

        @Override
        public StepKind step() {
            return level == 1 ? StepKind.ESCALATED : StepKind.ESCALATED_TO_DIRECTOR;
        }

        boolean toDirector() {
            return level > 1;
        }
    }

    /** The centre sent a rapid mobile unit, going out on {@code onDay}. */
    record Dispatched(long complaintId, java.time.LocalDate onDay) implements CaseEvent {

        @Override
        public StepKind step() {
            return StepKind.DISPATCHED;
        }
    }

    /** The team sent out reported back. */
    record DispatchReported(long complaintId, long dispatchId) implements CaseEvent {

        @Override
        public StepKind step() {
            return StepKind.DISPATCH_REPORTED;
        }
    }
}
