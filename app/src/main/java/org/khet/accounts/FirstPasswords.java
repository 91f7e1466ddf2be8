package org.khet.accounts;

import java.security.SecureRandom;

/**
 * First-sign-in passwords to be read off paper and typed on a phone: twelve characters in three groups of four from
 * 31 lower-case letters and digits without the look-alikes (0 o 1 l i), so about 59 bits of entropy
 * (12 × log2 31), e.g. {@code k7mq-x3pa-9hfe}.
 */
final class FirstPasswords {

    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private FirstPasswords() {}

    static String next() {
        StringBuilder b = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
