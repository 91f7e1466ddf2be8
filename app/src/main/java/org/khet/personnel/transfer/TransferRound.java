package org.khet.personnel.transfer;

import java.time.LocalDate;

/**
 * A transfer round of an area for an academic year (BE): requests are filed from {@code opensOn} to {@code closesOn}
 * while it is OPEN; the moves it decides take effect on {@code effectiveOn}. DRAFT → OPEN → CLOSED → RANKED (the
 * ranking published) → DECIDED (the people moved).
 */
public record TransferRound(
        long id,
        long areaId,
        int academicYear,
        LocalDate opensOn,
        LocalDate closesOn,
        LocalDate effectiveOn,
        State state) {

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
