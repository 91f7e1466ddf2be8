package org.khet.platform.web;

import org.khet.platform.Texts;
import org.khet.shared.Bilingual;
import org.springframework.validation.FieldError;

/** Thai and English wording for Bean Validation failures on forms and API payloads, from {@code messages*.properties}. */
final class FieldMessages {

    private FieldMessages() {}

    static Bilingual of(FieldError f) {
        String kind =
                switch (String.valueOf(f.getCode())) {
                    case "NotBlank", "NotNull", "NotEmpty" -> "required";
                    case "Size" -> "size";
                    case "Pattern" -> "pattern";
                    case "Email" -> "email";
                    case "Min", "Max", "PositiveOrZero", "Positive" -> "range";
                    default -> "invalid";
                };
        return Texts.of("validation." + kind);
    }
}
