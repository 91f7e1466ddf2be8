package org.khet.correspondence;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.khet.thai.BuddhistDates;
import org.khet.thai.ThaiDigits;

/**
 * What an official letter's PDF says, block by block, as the form prints it: number, date, sender and address,
 * subject, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย, text, closing, signatory, contact line, urgency and secrecy stamps; for an
 * approved memo the approval with the approver's typed-name signature. Blank blocks are left out.
 */
record OfficialText(
        boolean memo,
        String number,
        LocalDate dated,
        String sender,
        String address,
        String subject,
        String salutation,
        String reference,
        String enclosures,
        String body,
        String closing,
        String signatoryName,
        String signatoryPosition,
        String contact,
        String urgency,
        String secrecy,
        boolean thaiDigits,
        Approval approval) {

    /** A memo's approval as signed: the decision, the approver's typed name, and lines of how they signed and when. */
    record Approval(String decision, String name, String lines) {}

    /** The date in words as the form writes it: ๕ ธันวาคม ๒๕๖๙ (or 5 ธันวาคม 2569). */
    String date() {
        return BuddhistDates.full(dated, thaiDigits);
    }

    /** {@code text} as printed: its digits ๐–๙ when the letter asks for Thai digits. */
    String digits(String text) {
        return thaiDigits && text != null ? ThaiDigits.toThai(text) : text;
    }

    /** Every block with its digits as printed. */
    OfficialText printed() {
        UnaryOperator<String> d = this::digits;
        Approval a = approval == null
                ? null
                : new Approval(approval.decision(), d.apply(approval.name()), d.apply(approval.lines()));
        return new OfficialText(
                memo,
                d.apply(number),
                dated,
                d.apply(sender),
                d.apply(address),
                d.apply(subject),
                d.apply(salutation),
                d.apply(reference),
                d.apply(enclosures),
                d.apply(body),
                d.apply(closing),
                d.apply(signatoryName),
                d.apply(signatoryPosition),
                d.apply(contact),
                d.apply(urgency),
                d.apply(secrecy),
                thaiDigits,
                a);
    }
}
