package org.khet.thai;

import java.util.Optional;

/**
 * A validated 13-digit Thai national ID (เลขประจำตัวประชาชน).
 *
 * <p>The ID is personal data: {@link #toString()} returns the masked form so that an ID passed to a
 * logger or an exception message does not leak, and error messages never repeat the input. Use
 * {@link #digits()} only where the full number is really needed (storage, matching).
 *
 * <p>Input may contain spaces, dashes and Thai digits, because people copy IDs from cards and
 * letters in all of those forms.
 */
public final class ThaiNationalId {

    private static final int LENGTH = 13;
    private static final String CHECK_DIGIT_MISMATCH =
            "เลขประจำตัวประชาชนไม่ถูกต้อง (ตรวจสอบหลักสุดท้ายไม่ผ่าน) / Invalid national ID (check digit mismatch)";

    private final String digits;

    private ThaiNationalId(String digits) {
        this.digits = digits;
    }

    /** Whether {@code input} is a well-formed ID with a correct check digit; {@code null} is not. */
    public static boolean isValid(String input) {
        return input != null && problemWith(normalize(input)).isEmpty();
    }

    /**
     * Parses an ID.
     *
     * @throws IllegalArgumentException with a Thai-then-English message that tells a missing value,
     *     non-digits, a wrong length and a check-digit mismatch apart, so a form can show it as is
     */
    public static ThaiNationalId parse(String input) {
        String normalized = input == null ? "" : normalize(input);
        problemWith(normalized).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
        return new ThaiNationalId(normalized);
    }

    /**
     * Appends the check digit to twelve digits, e.g. to generate fictional IDs for test data and
     * demos that pass validation without being anyone's real number.
     */
    public static String withCheckDigit(String first12Digits) {
        String normalized = normalize(Require.nonNull(first12Digits, "first12Digits"));
        if (!allDigits(normalized) || normalized.length() != LENGTH - 1) {
            throw new IllegalArgumentException("ต้องระบุตัวเลข 12 หลัก / Exactly 12 digits are required");
        }
        return normalized + checkDigit(normalized);
    }

    /**
     * Masks a stored value for display without requiring it to be valid, because legacy data may
     * hold IDs with a wrong check digit. Thirteen digits show as {@code 1-2345-xxxxx-xx-3}; anything
     * else is masked entirely, since it is unknown which part of it would be safe to show.
     */
    public static String mask(String anyStoredDigits) {
        String normalized = normalize(Require.nonNull(anyStoredDigits, "anyStoredDigits"));
        if (allDigits(normalized) && normalized.length() == LENGTH) {
            return maskDigits(normalized);
        }
        return "x".repeat(normalized.length());
    }

    /** The thirteen digits without separators, for storage and matching. */
    public String digits() {
        return digits;
    }

    /** The printed-card layout, e.g. {@code 1-2345-67890-12-3}. */
    public String formatted() {
        return group(digits);
    }

    /** The layout shown on screens by default: first five digits and the check digit visible. */
    public String masked() {
        return maskDigits(digits);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ThaiNationalId id && id.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Returns {@link #masked()} so the full ID never reaches logs by accident. */
    @Override
    public String toString() {
        return masked();
    }

    private static String normalize(String input) {
        StringBuilder out = new StringBuilder(LENGTH);
        for (char c : ThaiDigits.toArabic(input).toCharArray()) {
            if (c != '-' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Optional<String> problemWith(String normalized) {
        if (normalized.isEmpty()) {
            return Optional.of("ไม่ได้ระบุเลขประจำตัวประชาชน / National ID is missing");
        }
        if (!allDigits(normalized)) {
            return Optional.of("เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น / National ID must contain digits only");
        }
        if (normalized.length() != LENGTH) {
            int found = normalized.length();
            return Optional.of("เลขประจำตัวประชาชนต้องมี 13 หลัก (พบ " + found
                    + " หลัก) / National ID must have 13 digits (found " + found + ")");
        }
        if (checkDigit(normalized) != normalized.charAt(LENGTH - 1) - '0') {
            return Optional.of(CHECK_DIGIT_MISMATCH);
        }
        return Optional.empty();
    }

    private static boolean allDigits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** d13 = (11 − (Σ dᵢ·(14−i) for i = 1..12) mod 11) mod 10. */
    private static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (digits.charAt(i) - '0') * (LENGTH - i);
        }
        return (11 - sum % 11) % 10;
    }

    private static String maskDigits(String digits) {
        return group(digits.substring(0, 5) + "xxxxxxx" + digits.charAt(LENGTH - 1));
    }

    private static String group(String thirteen) {
        return String.join(
                "-",
                thirteen.substring(0, 1),
                thirteen.substring(1, 5),
                thirteen.substring(5, 10),
                thirteen.substring(10, 12),
                thirteen.substring(12));
    }
}
