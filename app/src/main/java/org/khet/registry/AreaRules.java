package org.khet.registry;

import java.util.ArrayList;
import java.util.List;
import org.khet.shared.Bilingual;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;

/** What a new area office must have before it is created. */
final class AreaRules {

    private AreaRules() {}

    static void check(Areas.NewArea a) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(a.code()) || !a.code().strip().matches("[0-9A-Za-z]{2,16}")) {
            errors.add(FieldError.of(
                    "code",
                    "รหัสเขตพื้นที่ต้องเป็นตัวอักษรหรือตัวเลข 2–16 ตัว",
                    "The area code must be 2–16 letters or digits"));
        }
        if (blank(a.nameTh())) {
            errors.add(FieldError.of("name_th", "กรุณากรอกชื่อภาษาไทย", "The Thai name is required"));
        }
        if (blank(a.nameEn())) {
            errors.add(FieldError.of("name_en", "กรุณากรอกชื่อภาษาอังกฤษ", "The English name is required"));
        }
        if (blank(a.letterPrefix()) || !a.letterPrefix().strip().matches("\\p{IsThai}{1,4}\\.? ?[0-9.]{2,12}")) {
            errors.add(FieldError.of(
                    "letter_prefix",
                    "รหัสหนังสือราชการต้องเป็นรูปแบบเช่น \"ศธ 04123\"",
                    "The letter prefix must look like \"ศธ 04123\""));
        }
        if (!errors.isEmpty()) {
            throw new RejectedException(Bilingual.of("ข้อมูลเขตพื้นที่ไม่ถูกต้อง", "Invalid area office"), errors);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
