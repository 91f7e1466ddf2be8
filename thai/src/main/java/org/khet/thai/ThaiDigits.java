package org.khet.thai;

/** Placeholder so the module compiles while the library is written. */
final class ThaiDigits {
    private ThaiDigits() {}
}
