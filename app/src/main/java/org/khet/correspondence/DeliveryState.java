package org.khet.correspondence;

import org.khet.platform.Texts;
import org.khet.shared.Bilingual;

/**
 * Where a delivered letter stands at its recipient, as the government's e-CMS exchange names it: received and not
 * yet opened, opened, accepted (numbered in the recipient's receipt register) or rejected with a reason.
 */
enum DeliveryState {
    NEW,
    OPENED,
    ACCEPTED,
    REJECTED;

    /** Whether the recipient has still to accept or reject it. */
    boolean waiting() {
        return this == NEW || this == OPENED;
    }

    Bilingual label() {
        return Texts.of("correspondence.state." + name());
    }
}
