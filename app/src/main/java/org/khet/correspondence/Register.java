package org.khet.correspondence;

import java.util.Locale;
import java.util.Optional;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;

/**
 * The registers every organisation keeps, each numbered from 1 in each calendar year. How a register writes its
 * numbers follows the regulation: a dispatched letter is "prefix/number", a circular "prefix/ว number" (its own
 * series), an order or an announcement "number/year", and a received letter its receipt number alone.
 */
enum Register {
    RECEIPT,
    DISPATCH,
    CIRCULAR,
    ORDER,
    ANNOUNCEMENT;

    /** The register named in an address or a request, in any case; empty when there is none of that name. */
    static Optional<Register> named(String name) {
        try {
            return Optional.of(valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The full number of {@code sequence} in year {@code year} (Buddhist Era) for an organisation with {@code prefix}. */
    String number(String prefix, int year, int sequence) {
        return switch (this) {
            case RECEIPT -> Integer.toString(sequence);
            case DISPATCH -> prefix + "/" + sequence;
            case CIRCULAR -> prefix + "/ว " + sequence;
            case ORDER, ANNOUNCEMENT -> sequence + "/" + year;
        };
    }

    Bilingual label() {
        return Texts.of("register." + name());
    }
}
