package org.khet.platform.web;

import org.springframework.validation.FieldError;

/** Thai and English wording for Bean Validation failures on forms and API payloads. */
final class FieldMessages {

    private FieldMessages() {}

    static String th(FieldError f) {
        return switch (String.valueOf(f.getCode())) {
            case "NotBlank", "NotNull", "NotEmpty" -> "กรุณากรอกข้อมูลช่องนี้";
            case "Size" -> "ความยาวไม่อยู่ในช่วงที่กำหนด";
            case "Pattern" -> "รูปแบบไม่ถูกต้อง";
            case "Email" -> "อีเมลไม่ถูกต้อง";
            case "Min", "Max", "PositiveOrZero", "Positive" -> "ค่าตัวเลขไม่อยู่ในช่วงที่กำหนด";
            default -> "ข้อมูลไม่ถูกต้อง";
        };
    }

    static String en(FieldError f) {
        return switch (String.valueOf(f.getCode())) {
            case "NotBlank", "NotNull", "NotEmpty" -> "This field is required";
            case "Size" -> "The length is out of range";
            case "Pattern" -> "The format is not valid";
            case "Email" -> "Not a valid e-mail address";
            case "Min", "Max", "PositiveOrZero", "Positive" -> "The number is out of range";
            default -> "Invalid value";
        };
    }
}
