package org.khet.procurement;

import org.khet.thai.ThaiNationalId;

/**
 * A supplier's 13-digit tax ID. A juristic person's starts with 0 and is public; any other is a person's national
 * ID, personal data, shown masked ({@code 1-2345-xxxxx-xx-3}) to everyone but those who keep the list.
 */
final class TaxIds {

    private TaxIds() {}

    /** The digits of a well-formed ID with its check digit (spaces, dashes and Thai digits allowed); else null. */
    static String digits(String typed) {
        return ThaiNationalId.isValid(typed) ? ThaiNationalId.parse(typed).digits() : null;
    }

    static boolean juristic(String digits) {
        return digits.startsWith("0");
    }

    /** The ID as {@code reader} may see it: whole when juristic or when {@code full}, masked otherwise. */
    static String shown(String digits, boolean full) {
        return full || juristic(digits) ? digits : ThaiNationalId.mask(digits);
    }
}
