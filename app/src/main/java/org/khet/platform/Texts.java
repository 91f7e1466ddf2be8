package org.khet.platform;

import java.util.Locale;
import org.khet.shared.Bilingual;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A message of {@code messages*.properties} in Thai and English at once, for text that goes both to a page (in the
 * reader's language) and to an API problem body (in both): an import's row errors are checked in plain objects and
 * static cell rules far from any request, so they are rendered here, from the same files and with the same settings
 * as the application's MessageSource ({@code spring.messages}), and the wording lives in one place.
 */
public final class Texts {

    private static final Locale THAI = Locale.forLanguageTag("th-TH");
    private static final ResourceBundleMessageSource MESSAGES = messages();

    private Texts() {}

    /**
     * The message {@code key} with its arguments in both languages. Whole numbers are written plainly (row 1234,
     * not 1,234), as a file's rows and codes are read.
     */
    public static Bilingual of(String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Integer || args[i] instanceof Long ? args[i].toString() : args[i];
        }
        return Bilingual.of(MESSAGES.getMessage(key, plain, THAI), MESSAGES.getMessage(key, plain, Locale.ENGLISH));
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
