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

    /** The signature a form or request names (any case); none for a blank; refused, in both languages, otherwise. */
    static SignedAs named(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw org.khet.shared.RejectedException.of("signed_as", Texts.of("correspondence.handling.signedAs"));
        }
    }

    Bilingual label() {
        return Texts.of("correspondence.signedAs." + name());
    }
}
