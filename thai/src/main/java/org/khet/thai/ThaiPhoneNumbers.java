package org.khet.thai;

/**
 * Thai telephone numbers (หมายเลขโทรศัพท์) as people type them: {@code 081-222 3333}, {@code (02) 123.4567},
 * {@code +66 81 222 3333}, or in Thai digits. The one rule Khet checks them by: after dropping spaces, dashes, dots
 * and brackets and writing {@code +66} as its leading 0, a number is 0 and eight more digits (a fixed line, such as
 * 021234567) or nine more (a mobile, such as 0812223333).
 */
public final class ThaiPhoneNumbers {

    private ThaiPhoneNumbers() {}

    /** The number as plain digits (not yet checked); {@code ""} for none. */
    public static String plain(String typed) {
        if (typed == null) {
            return "";
        }
        String digits = ThaiDigits.toArabic(typed).replaceAll("[\\s\\-().]", "");
        return digits.startsWith("+66") ? "0" + digits.substring(3) : digits;
    }

    /** Whether plain digits ({@link #plain}) are a Thai telephone number by the rule above. */
    public static boolean isValid(String plain) {
        return plain != null && plain.matches("0[0-9]{8,9}");
    }
}
