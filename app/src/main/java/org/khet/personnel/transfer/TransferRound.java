package org.khet.personnel.transfer;

import java.time.LocalDate;

/**
 * A transfer round of an area for an academic year (BE): requests are filed from {@code opensOn} to {@code closesOn}
 * while it is OPEN; the moves it decides take effect on {@code effectiveOn}. DRAFT → OPEN → CLOSED → RANKED (the
 * ranking published) → DECIDED (the people moved, or {@code movesPending}: some wait for the effective day).
 */
public record TransferRound(
        long id,
        long areaId,
        int academicYear,
        LocalDate opensOn,
        LocalDate closesOn,
        LocalDate effectiveOn,
        State state,
        boolean movesPending) {

    /** The column {@code moves_pending} of a select from {@code transfer_round}: placed requests not moved yet. */
    static final String MOVES_PENDING = """
            (transfer_round.state = 'DECIDED'
             and exists (select 1 from personnel.transfer_request pr where pr.round_id = transfer_round.id
                    and pr.state = 'FILED' and pr.proposed_school_id is not null and pr.moved_at is null
                    and pr.move_problem is null)) as moves_pending""";

    public enum State {
        DRAFT,
        OPEN,
        CLOSED,
        RANKED,
        DECIDED
    }

    public String stateName() {
        return state.name();
    }

    /** The state as pages name it: a decided round whose moves wait for the effective day is DECIDED_PENDING. */
    public String stateShown() {
        return decided() && movesPending ? "DECIDED_PENDING" : state.name();
    }

    public boolean draft() {
        return state == State.DRAFT;
    }

    public boolean open() {
        return state == State.OPEN;
    }

    public boolean closed() {
        return state == State.CLOSED;
    }

    /** Whether the ranking is published: readable by the area's staff and every applicant. */
    public boolean published() {
        return state == State.RANKED || state == State.DECIDED;
    }

    public boolean decided() {
        return state == State.DECIDED;
    }

    /** Whether the vacancies may still change: until the ranking is published. */
    public boolean vacanciesOpen() {
        return state == State.DRAFT || state == State.OPEN || state == State.CLOSED;
    }

    /** Whether a request may be filed or withdrawn on {@code day}: the round open and the day in its window. */
    public boolean takesRequestsOn(LocalDate day) {
        return open() && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
