package org.khet.correspondence;

import org.khet.platform.Texts;
import org.khet.shared.Bilingual;

/**
 * How an endorsement is signed: by the director in their own right, "ปฏิบัติราชการแทน" (by someone the director
 * delegated to) or "รักษาราชการแทน" (by someone acting in the director's post). The last two record for whom.
 */
enum SignedAs {
    SELF,
    ON_BEHALF,
    ACTING;

    Bilingual label() {
        return Texts.of("correspondence.signedAs." + name());
    }
}
