package org.khet.shared;

import java.util.List;

/** A text field people must fill in, stripped, with its error in Thai and English when empty or too long. */
public final class RequiredText {

    private RequiredText() {}

    /** The value stripped; an error for {@code field}, named {@code label} in both languages, when empty or too long. */
    public static String of(String value, String field, int max, Bilingual label, List<FieldError> errors) {
        String th = label.th();
        String en = label.en();
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            errors.add(FieldError.of(field, "กรุณากรอก" + th, en + " is required"));
        } else if (v.length() > max) {
            errors.add(FieldError.of(
                    field, th + "ยาวเกิน " + max + " ตัวอักษร", en + " is longer than " + max + " characters"));
        }
        return v;
    }
}
