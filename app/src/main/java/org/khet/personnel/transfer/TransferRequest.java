package org.khet.personnel.transfer;

import java.time.LocalDate;

/**
 * A teacher's request in a round as the personnel group reads it: who, from which school, since when, the reason
 * (kind and text), the distance from home, the director's opinion, and the school the proposed result places them
 * at, whether they moved there yet (a decided move waits for the round's effective day) or why the registry refused
 * the move on that day. The reason and family details are personal data: shown only to the person, the personnel group and the
 * director giving the opinion, never in the published ranking.
 */
public record TransferRequest(
        long id,
        long roundId,
        long personId,
        String firstNameTh,
        String lastNameTh,
        long fromSchoolId,
        String fromSchoolName,
        LocalDate atSchoolSince,
        LocalDate appointedOn,
        String reasonKind,
        String reason,
        Integer distanceKm,
        String state,
        String opinion,
        String opinionNote,
        Long proposedSchoolId,
        String proposedSchoolName,
        boolean moved,
        String moveProblem) {

    /** Whether the decided round placed the person and the move waits for the round's effective day. */
    public boolean movePending() {
        return proposedSchoolId != null && !moved && moveProblem == null;
    }

    public boolean filed() {
        return "FILED".equals(state);
    }

    public String name() {
        return firstNameTh + " " + lastNameTh;
    }

    /** Whole years of service on {@code day}, from the first appointment; null when the record has no date. */
    public Integer serviceYears(LocalDate day) {
        return appointedOn == null
                ? null
                : java.time.Period.between(appointedOn, day).getYears();
    }

    /** Whole months at the current school on {@code day}. */
    public long monthsAtSchool(LocalDate day) {
        return java.time.temporal.ChronoUnit.MONTHS.between(atSchoolSince, day);
    }
}
