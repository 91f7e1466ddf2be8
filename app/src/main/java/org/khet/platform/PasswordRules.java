package org.khet.platform;

import org.khet.shared.RejectedException;

/** What a password must be: long enough to resist guessing; length matters more than symbols. */
final class PasswordRules {

    static final int MIN_LENGTH = 10;

    private PasswordRules() {}

    static void check(String raw) {
        if (raw == null || raw.codePointCount(0, raw.length()) < MIN_LENGTH) {
            throw RejectedException.of(
                    "password",
                    "รหัสผ่านต้องยาวอย่างน้อย " + MIN_LENGTH + " ตัวอักษร",
                    "The password must be at least " + MIN_LENGTH + " characters long");
        }
        if (raw.length() > 200) {
            throw RejectedException.of("password", "รหัสผ่านยาวเกินไป", "The password is too long");
        }
    }
}
