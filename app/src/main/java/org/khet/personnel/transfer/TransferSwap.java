package org.khet.personnel.transfer;

import java.time.LocalDate;

/**
 * A swap (สับเปลี่ยน) of two government teachers of different schools of an area: A asked, B (the partner) and both
 * current directors agree, the personnel group approves and both move, each to the other's school. Names and
 * schools only; the reason is shown to the two teachers, their directors and the group.
 */
public record TransferSwap(
        long id,
        long areaId,
        long personA,
        String nameA,
        long schoolA,
        String schoolAName,
        long personB,
        String nameB,
        long schoolB,
        String schoolBName,
        String reason,
        String state,
        boolean partnerAgreed,
        boolean directorAAgreed,
        boolean directorBAgreed,
        LocalDate effectiveOn) {

    public boolean asked() {
        return "ASKED".equals(state);
    }

    /** Whether the partner and both directors agreed: the group may approve. */
    public boolean agreed() {
        return partnerAgreed && directorAAgreed && directorBAgreed;
    }
}
