package org.khet.correspondence;

import org.khet.platform.Texts;
import org.khet.shared.Bilingual;

/**
 * Where a delivered letter stands at its recipient, as the government's e-CMS exchange names it: received and not
 * yet opened, opened, accepted (numbered in the recipient's receipt register), rejected (not the recipient's) or
 * invalid (the document is wrong or cannot be read), the last two with a reason.
 */
enum DeliveryState {
    NEW,
    OPENED,
    ACCEPTED,
    REJECTED,
    INVALID;

    /** Whether the recipient has still to accept or reject it. */
    boolean waiting() {
        return this == NEW || this == OPENED;
    }

    /** Whether the recipient sent it back (rejected or invalid): the sender may correct it and send it again. Public
     * for the pages' expressions. */
    public boolean returned() {
        return this == REJECTED || this == INVALID;
    }

    Bilingual label() {
        return Texts.of("correspondence.state." + name());
    }
}
