package org.khet.platform;

import java.util.ArrayList;
import java.util.List;
import org.khet.shared.Bilingual;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;

/** Collects every bad row, column and reason of a file, so one answer lists them all. */
public final class ImportErrors {

    private static final int MAX = 1000;
    private final List<FieldError> errors = new ArrayList<>();

    public void add(int row, String column, String th, String en) {
        if (errors.size() < MAX) {
            errors.add(FieldError.atRow(
                    row,
                    column,
                    "แถว " + row + " คอลัมน์ " + column + ": " + th,
                    "Row " + row + ", column " + column + ": " + en));
        }
    }

    public int count() {
        return errors.size();
    }

    public void requireColumns(TabularFile file, List<String> required) {
        for (String column : required) {
            if (!file.has(column)) {
                errors.add(FieldError.atRow(1, column, "ไม่มีคอลัมน์ " + column, "Missing column " + column));
            }
        }
        if (file.rows().isEmpty()) {
            errors.add(FieldError.atRow(1, "file", "ไฟล์ไม่มีข้อมูล", "The file has no data rows"));
        }
        throwIfAny();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new RejectedException(
                    Bilingual.of(
                            "ไฟล์มีข้อผิดพลาด " + errors.size() + " รายการ ไม่มีข้อมูลใดถูกบันทึก",
                            "The file has " + errors.size() + " error(s); nothing was saved"),
                    errors);
        }
    }
}
