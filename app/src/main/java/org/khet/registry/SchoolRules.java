package org.khet.registry;

import java.util.ArrayList;
import java.util.List;
import org.khet.shared.Bilingual;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;

/** The rules a school's fields must keep, whichever door the change comes through. */
final class SchoolRules {

    static final List<String> STATUSES = List.of("OPEN", "CLOSED", "MERGED");

    private SchoolRules() {}

    static void check(SchoolForm f) {
        List<FieldError> errors = new ArrayList<>();
        if (f.nameTh() == null || f.nameTh().isBlank()) {
            errors.add(FieldError.of("nameTh", "กรุณากรอกชื่อโรงเรียน", "The school name is required"));
        }
        if (f.amphoe() == null || f.amphoe().isBlank()) {
            errors.add(FieldError.of("amphoe", "กรุณากรอกอำเภอ", "The district (amphoe) is required"));
        }
        if (f.tambon() == null || f.tambon().isBlank()) {
            errors.add(FieldError.of("tambon", "กรุณากรอกตำบล", "The subdistrict (tambon) is required"));
        }
        if (f.code10() != null && !f.code10().isBlank() && !f.code10().strip().matches("[0-9]{10}")) {
            errors.add(FieldError.of(
                    "code10", "รหัสโรงเรียน 10 หลักต้องเป็นตัวเลข 10 หลัก", "The 10-digit code must be 10 digits"));
        }
        if (!STATUSES.contains(f.status())) {
            errors.add(FieldError.of(
                    "status", "สถานะต้องเป็น เปิด ปิด หรือ ควบรวม", "Status must be OPEN, CLOSED or MERGED"));
        }
        if (!errors.isEmpty()) {
            throw new RejectedException(Bilingual.of("ข้อมูลโรงเรียนไม่ถูกต้อง", "Invalid school"), errors);
        }
    }
}
