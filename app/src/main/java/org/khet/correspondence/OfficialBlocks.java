package org.khet.correspondence;

import java.util.ArrayList;
import java.util.List;
import org.khet.platform.Texts;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;

/**
 * The blocks of the official form an external letter or a memo has besides its subject and text: whom it is addressed
 * to (เรียน), what it refers to (อ้างถึง), what goes with it (สิ่งที่ส่งมาด้วย, one a line), the closing, who signs it and
 * in which position, the sender's address (one a line), the owning unit's contact line (one a line: unit, telephone,
 * e-mail), and whether its PDF is set in Thai digits. Bound from the compose form under these names; blank = none.
 */
record OfficialBlocks(
        String salutation,
        String reference,
        String enclosures,
        String closing,
        String signatoryName,
        String signatoryPosition,
        String address,
        String contact,
        Boolean thaiDigits) {

    private static final int LINE_MAX = 300;
    private static final int BLOCK_MAX = 2_000;

    OfficialBlocks {
        salutation = clean(salutation);
        reference = clean(reference);
        enclosures = clean(enclosures);
        closing = clean(closing);
        signatoryName = clean(signatoryName);
        signatoryPosition = clean(signatoryPosition);
        address = clean(address);
        contact = clean(contact);
        thaiDigits = Boolean.TRUE.equals(thaiDigits);
    }

    static OfficialBlocks none() {
        return new OfficialBlocks(null, null, null, null, null, null, null, null, false);
    }

    /** Whether anything is written in the blocks (the form shows them open then). Public for the page. */
    public boolean filled() {
        return java.util.stream.Stream.of(
                                salutation,
                                reference,
                                enclosures,
                                closing,
                                signatoryName,
                                signatoryPosition,
                                address,
                                contact)
                        .anyMatch(v -> v != null && !v.isEmpty())
                || Boolean.TRUE.equals(thaiDigits);
    }

    /** The same blocks referring to {@code letter} (อ้างถึง). */
    OfficialBlocks referring(String letter) {
        return new OfficialBlocks(
                salutation,
                letter,
                enclosures,
                closing,
                signatoryName,
                signatoryPosition,
                address,
                contact,
                thaiDigits);
    }

    boolean digitsInThai() {
        return thaiDigits;
    }

    /** Refused, field by field, when a line or block is longer than a page can hold; nothing kept then. */
    OfficialBlocks checked() {
        List<FieldError> errors = new ArrayList<>();
        tooLong("salutation", salutation, LINE_MAX, errors);
        tooLong("reference", reference, BLOCK_MAX, errors);
        tooLong("enclosures", enclosures, BLOCK_MAX, errors);
        tooLong("closing", closing, LINE_MAX, errors);
        tooLong("signatoryName", signatoryName, LINE_MAX, errors);
        tooLong("signatoryPosition", signatoryPosition, BLOCK_MAX, errors);
        tooLong("address", address, BLOCK_MAX, errors);
        tooLong("contact", contact, BLOCK_MAX, errors);
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("correspondence.official.notKept"), errors);
        }
        return this;
    }

    private static void tooLong(String field, String value, int max, List<FieldError> errors) {
        if (value.length() > max) {
            errors.add(FieldError.of(field, Texts.of("correspondence.official.tooLong", max)));
        }
    }

    /** Trimmed, line ends made \n; never null. */
    private static String clean(String value) {
        return value == null
                ? ""
                : value.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
