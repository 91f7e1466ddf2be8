package org.khet.personnel;

import java.util.Arrays;
import java.util.Optional;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;

/** How a person is employed: a government official, a government employee on contract, or a temporary employee. */
public enum EmploymentType {
    GOVERNMENT,
    CONTRACT,
    TEMPORARY;

    /** The name users read, from the messages ({@code personnel.record.type.*}). */
    public Bilingual label() {
        return Texts.of("personnel.record.type." + name());
    }

    /** The type written as its code or its Thai or English name, as offices' files write it. */
    static Optional<EmploymentType> named(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(v -> v.name().equalsIgnoreCase(t)
                        || v.label().th().equals(t)
                        || v.label().en().equalsIgnoreCase(t))
                .findFirst();
    }
}
