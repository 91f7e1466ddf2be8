package org.khet.complaints;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * Tracking codes and secrets. A code (KT-XXXX-XXXX, 40 bits) names a case and may be read out over the phone; the
 * secret (26 characters, 130 bits) proves the reader is the complainant. Both use an alphabet without 0/O and 1/I.
 * Only a SHA-256 of the secret is stored: with 130 random bits a slow hash adds nothing.
 */
final class TrackingCodes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {}

    static String newCode() {
        return "KT-" + random(4) + "-" + random(4);
    }

    static String newSecret() {
        return random(26);
    }

    static String hash(String secret) {
        return org.khet.shared.Sha256.hex(secret);
    }

    /** Whether a secret matches a stored hash, in time that does not depend on where they differ. */
    static boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(
                hash(secret).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** A code as people type it: upper case, without spaces, with its dashes. */
    static String normalise(String code) {
        String plain = code == null
                ? ""
                : code.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
        if (plain.startsWith("KT") && plain.length() == 10) {
            return "KT-" + plain.substring(2, 6) + "-" + plain.substring(6);
        }
        return plain;
    }

    private static String random(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }
}
