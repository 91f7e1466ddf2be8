package org.khet.thai;

/**
 * Converts between Arabic digits (0–9) and Thai digits (๐–๙).
 *
 * <p>Data is stored with Arabic digits; Thai digits are a presentation choice made per template
 * (official letters often use them). Keeping the conversion in one place means stored values never
 * depend on how they were displayed.
 */
public final class ThaiDigits {

    private static final char THAI_ZERO = '๐';
    private static final char THAI_NINE = '๙';

    private ThaiDigits() {}

    /** Replaces 0–9 with ๐–๙ and leaves every other character unchanged. */
    public static String toThai(String text) {
        return shift(Require.nonNull(text, "text"), '0', '9', THAI_ZERO);
    }

    /**
     * Replaces ๐–๙ with 0–9 and leaves every other character unchanged, so numbers typed with a
     * Thai keyboard can be parsed and stored.
     */
    public static String toArabic(String text) {
        return shift(Require.nonNull(text, "text"), THAI_ZERO, THAI_NINE, '0');
    }

    private static String shift(String text, char fromZero, char fromNine, char toZero) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean digit = c >= fromZero && c <= fromNine;
            out.append(digit ? (char) (toZero + (c - fromZero)) : c);
        }
        return out.toString();
    }
}
