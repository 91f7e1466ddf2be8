package org.khet.shared;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A message of {@code messages*.properties} in Thai and English at once, read with the same files and settings as
 * the application's MessageSource ({@code spring.messages}). Modules read it through {@code org.khet.platform.Texts};
 * it lives here because the kernel's own refusals (a conflict, a page number, a required field) are worded in those
 * files too, and this module comes before every other.
 */
public final class Messages {

    private static final Locale THAI = Locale.forLanguageTag("th-TH");
    private static final ResourceBundleMessageSource MESSAGES = messages();

    private Messages() {}

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
