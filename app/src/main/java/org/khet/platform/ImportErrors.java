package org.khet.platform;

import java.util.ArrayList;
import java.util.List;
import org.khet.shared.Bilingual;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;

/**
 * Collects every bad row, column and reason of a file, so one answer lists them. Every error counts, however many
 * there are, so a row is never taken for good because the list is full; the answer lists the first {@value #LISTED}
 * and says how many more there are.
 */
public final class ImportErrors {

    static final int LISTED = 1000;
    private final List<FieldError> errors = new ArrayList<>();
    private int count;

    public void add(int row, String column, String th, String en) {
        note(FieldError.atRow(
                row,
                column,
                "แถว " + row + " คอลัมน์ " + column + ": " + th,
                "Row " + row + ", column " + column + ": " + en));
    }

    /** Every error noted so far, listed or not. */
    public int count() {
        return count;
    }

    public void requireColumns(TabularFile file, List<String> required) {
        for (String column : required) {
            if (!file.has(column)) {
                note(FieldError.atRow(1, column, "ไม่มีคอลัมน์ " + column, "Missing column " + column));
            }
        }
        if (file.rows().isEmpty()) {
            note(FieldError.atRow(1, "file", "ไฟล์ไม่มีข้อมูล", "The file has no data rows"));
        }
        throwIfAny();
    }

    public void throwIfAny() {
        if (count == 0) {
            return;
        }
        List<FieldError> listed = new ArrayList<>(errors);
        int more = count - errors.size();
        String th = "ไฟล์มีข้อผิดพลาด " + count + " รายการ ไม่มีข้อมูลใดถูกบันทึก";
        String en = "The file has " + count + " error(s); nothing was saved";
        if (more > 0) {
            th += " (แสดง " + errors.size() + " รายการแรก ยังมีอีก " + more + " รายการ)";
            en += " (the first " + errors.size() + " are listed, " + more + " more are not)";
            listed.add(FieldError.of(
                    "file",
                    "และข้อผิดพลาดอีก " + more + " รายการที่ไม่ได้แสดง",
                    "and " + more + " more error(s) not listed"));
        }
        throw new RejectedException(Bilingual.of(th, en), listed);
    }

    private void note(FieldError error) {
        count++;
        if (errors.size() < LISTED) {
            errors.add(error);
        }
    }
}
