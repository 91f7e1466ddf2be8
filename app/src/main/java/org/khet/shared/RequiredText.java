package org.khet.shared;

import java.util.List;

/** A text field people must fill in, stripped, with its error in Thai and English when empty or too long. */
public final class RequiredText {

    private RequiredText() {}

    /** The value stripped; an error for {@code field}, named {@code label} in both languages, when empty or too long. */
    public static String of(String value, String field, int max, Bilingual label, List<FieldError> errors) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            errors.add(FieldError.of(field, Messages.of("required.empty", label.th(), label.en())));
        } else if (v.length() > max) {
            errors.add(FieldError.of(field, Messages.of("required.tooLong", label.th(), label.en(), max)));
        }
        return v;
    }

    /** As {@link #of(String, String, int, Bilingual, List)}, the name given as two strings (read them with Texts). */
    public static String of(String value, String field, int max, String th, String en, List<FieldError> errors) {
        return of(value, field, max, Bilingual.of(th, en), errors);
    }
}
