package org.khet.thai;

import java.math.BigInteger;
import java.util.Map;

/**
 * Reads Thai number words back into a number, independently of {@link BahtText}, so tests can check
 * that spelling and reading round-trip for many values instead of a hand-picked few.
 */
final class ThaiNumberReader {

    private static final BigInteger MILLION = BigInteger.valueOf(1_000_000);
    private static final String MILLION_WORD = "ล้าน";
    private static final Map<String, Integer> DIGITS = Map.ofEntries(
            Map.entry("หนึ่ง", 1),
            Map.entry("เอ็ด", 1),
            Map.entry("สอง", 2),
            Map.entry("ยี่", 2),
            Map.entry("สาม", 3),
            Map.entry("สี่", 4),
            Map.entry("ห้า", 5),
            Map.entry("หก", 6),
            Map.entry("เจ็ด", 7),
            Map.entry("แปด", 8),
            Map.entry("เก้า", 9));
    private static final Map<String, Integer> PLACES =
            Map.of("สิบ", 10, "ร้อย", 100, "พัน", 1_000, "หมื่น", 10_000, "แสน", 100_000);

    private BigInteger millions = BigInteger.ZERO;
    private long group;
    private Integer pendingDigit;

    private ThaiNumberReader() {}

    /** Reads e.g. สองล้านหนึ่ง → 2000001; "ศูนย์" → 0. */
    static BigInteger read(String words) {
        if (words.equals("ศูนย์")) {
            return BigInteger.ZERO;
        }
        ThaiNumberReader reader = new ThaiNumberReader();
        for (int at = 0; at < words.length(); ) {
            at += reader.consume(words.substring(at), words);
        }
        return reader.millions.add(BigInteger.valueOf(reader.groupValue()));
    }

    /** Consumes one word at the start of {@code rest} and returns its length. */
    private int consume(String rest, String whole) {
        if (rest.startsWith(MILLION_WORD)) {
            millions = millions.add(BigInteger.valueOf(groupValue())).multiply(MILLION);
            group = 0;
            pendingDigit = null;
            return MILLION_WORD.length();
        }
        String place = wordAt(PLACES, rest);
        if (place != null) {
            group += (pendingDigit == null ? 1 : pendingDigit) * (long) PLACES.get(place);
            pendingDigit = null;
            return place.length();
        }
        String digit = wordAt(DIGITS, rest);
        if (digit == null || pendingDigit != null) {
            throw new IllegalArgumentException("cannot read: " + whole);
        }
        pendingDigit = DIGITS.get(digit);
        return digit.length();
    }

    private long groupValue() {
        return group + (pendingDigit == null ? 0 : pendingDigit);
    }

    private static String wordAt(Map<String, Integer> vocabulary, String text) {
        return vocabulary.keySet().stream().filter(text::startsWith).findFirst().orElse(null);
    }
}
