package org.khet.thai;

/**
 * Argument checks shared by the library.
 *
 * <p>Every public method rejects {@code null} with an {@link IllegalArgumentException} naming the
 * argument, so callers get one exception type for all bad input instead of a mix of NPEs and IAEs.
 */
final class Require {

    private Require() {}

    static <T> T nonNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
