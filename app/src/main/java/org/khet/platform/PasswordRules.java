package org.khet.platform;

import java.nio.charset.StandardCharsets;
import org.khet.shared.RejectedException;

/**
 * What a password must be: long enough to resist guessing; length matters more than symbols. BCrypt reads only
 * the first 72 bytes of a password, so a longer one is refused rather than silently cut: a Thai character takes
 * three bytes in UTF-8, and a 26-character Thai phrase would otherwise be checked by its first 24 characters only.
 * Refusing keeps the stored hashes plain bcrypt, which every tool reads, where pre-hashing would need a format of
 * our own.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;

    private PasswordRules() {}

    static void check(String raw) {
        if (raw == null || raw.codePointCount(0, raw.length()) < MIN_LENGTH) {
            throw RejectedException.of("password", Texts.of("platform.password.tooShort", MIN_LENGTH));
        }
        int bytes = raw.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw RejectedException.of("password", Texts.of("platform.password.tooLong", MAX_BYTES, bytes));
        }
    }
}
