package org.khet.org;

import java.util.Map;
import org.khet.platform.TabularFile;

/** Reads one cell of an imported row by its rule, noting in the errors why a bad cell is bad. */
final class Cells {

    private static final Map<String, String> STATUSES = Map.of(
            "open", "OPEN", "เปิด", "OPEN", "closed", "CLOSED", "ปิด", "CLOSED", "merged", "MERGED", "ควบรวม", "MERGED",
            "ยุบรวม", "MERGED");

    private Cells() {}

    static String required(TabularFile.Row row, String column, int maxLength, ImportErrors errors) {
        String v = row.get(column);
        if (v.isEmpty()) {
            errors.add(row.number(), column, "ต้องไม่ว่าง", "must not be empty");
        } else if (v.length() > maxLength) {
            errors.add(
                    row.number(),
                    column,
                    "ยาวเกิน " + maxLength + " ตัวอักษร",
                    "longer than " + maxLength + " characters");
        }
        return v;
    }

    static String optional(TabularFile.Row row, TabularFile file, String column) {
        if (!file.has(column)) {
            return null;
        }
        String v = row.get(column);
        return v.isEmpty() ? null : v;
    }

    static String digits(TabularFile.Row row, String column, int length, boolean required, ImportErrors errors) {
        String v = row.get(column).replace(" ", "").replace("-", "");
        if (v.isEmpty() && !required) {
            return null;
        }
        if (v.length() != length || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            errors.add(
                    row.number(),
                    column,
                    "ต้องเป็นตัวเลข " + length + " หลัก (พบ \"" + row.get(column) + "\")",
                    "must be " + length + " digits (found \"" + row.get(column) + "\")");
        }
        return v;
    }

    static Integer integer(
            TabularFile.Row row, String column, int min, int max, boolean required, ImportErrors errors) {
        String v = row.get(column).replace(",", "");
        if (v.isEmpty() && !required) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        errors.add(
                row.number(),
                column,
                "ต้องเป็นจำนวนเต็ม " + min + "–" + max + " (พบ \"" + v + "\")",
                "must be a whole number " + min + "–" + max + " (found \"" + v + "\")");
        return null;
    }

    static String status(TabularFile.Row row, ImportErrors errors) {
        String v = row.get("status");
        if (v.isEmpty()) {
            return null;
        }
        String status = STATUSES.get(v.toLowerCase());
        if (status == null) {
            errors.add(row.number(), "status", "ต้องเป็น เปิด ปิด หรือ ควบรวม", "must be OPEN, CLOSED or MERGED");
        } else if (status.equals("MERGED")) {
            errors.add(
                    row.number(),
                    "status",
                    "การควบรวมต้องระบุโรงเรียนที่รับ: บันทึกที่หน้าโรงเรียน",
                    "a merger needs the receiving school: record it on the school's page");
        }
        return status;
    }

    static String email(TabularFile.Row row, ImportErrors errors) {
        String v = row.get("email");
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(row.number(), "email", "อีเมลไม่ถูกต้อง", "not a valid e-mail address");
        }
        return v;
    }
}
