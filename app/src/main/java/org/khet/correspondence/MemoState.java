package org.khet.correspondence;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;

/**
 * Where a memo for approval stands: written (DRAFT), with its approver (SUBMITTED), with someone whose opinion the
 * approver asked (OPINION_REQUESTED), back with its writer for correction (RETURNED), or closed as APPROVED (and then
 * a numbered letter) or REJECTED. {@link #after} is the whole transition table. Labels are the messages {@code
 * correspondence.memo.state.<NAME>}.
 */
enum MemoState {
    DRAFT,
    SUBMITTED,
    OPINION_REQUESTED,
    RETURNED,
    APPROVED,
    REJECTED;

    /** The state {@code action} leads to from this one; empty when the action cannot be taken here. */
    Optional<MemoState> after(MemoAction action) {
        MemoState next =
                switch (this) {
                    case DRAFT, RETURNED ->
                        switch (action) {
                            case EDIT -> this;
                            case SUBMIT -> SUBMITTED;
                            default -> null;
                        };
                    case SUBMITTED ->
                        switch (action) {
                            case ASK_OPINION -> OPINION_REQUESTED;
                            case APPROVE -> APPROVED;
                            case RETURN -> RETURNED;
                            case REJECT -> REJECTED;
                            default -> null;
                        };
                    case OPINION_REQUESTED -> action == MemoAction.GIVE_OPINION ? SUBMITTED : null;
                    case APPROVED, REJECTED -> null;
                };
        return Optional.ofNullable(next);
    }

    /** The actions the holder of a memo in this state may take, as a page offers them. */
    Set<MemoAction> actions() {
        Set<MemoAction> open = EnumSet.noneOf(MemoAction.class);
        for (MemoAction a : MemoAction.values()) {
            after(a).ifPresent(s -> open.add(a));
        }
        return open;
    }

    /** Whether the circuit has ended here: nobody holds the memo any more. */
    boolean closed() {
        return this == APPROVED || this == REJECTED;
    }

    Bilingual label() {
        return Texts.of("correspondence.memo.state." + name());
    }
}
