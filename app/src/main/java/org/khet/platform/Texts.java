package org.khet.platform;

import org.khet.shared.Bilingual;
import org.khet.shared.Messages;

/**
 * A message of {@code messages*.properties} in Thai and English at once, for text that goes both to a page (in the
 * reader's language) and to an API problem body (in both): an import's row errors are checked in plain objects and
 * static cell rules far from any request, so they are rendered here, from the same files and with the same settings
 * as the application's MessageSource ({@code spring.messages}), and the wording lives in one place. The reading
 * itself is {@link Messages} of the shared kernel, whose own refusals use it.
 */
public final class Texts {

    private Texts() {}

    /**
     * The message {@code key} with its arguments in both languages. Whole numbers are written plainly (row 1234,
     * not 1,234), as a file's rows and codes are read.
     */
    public static Bilingual of(String key, Object... args) {
        return Messages.of(key, args);
    }
}
