package org.khet.registry;

import java.util.StringJoiner;
import org.khet.platform.Cells;
import org.khet.platform.ImportErrors;
import org.khet.platform.TabularFile;
import org.khet.platform.Texts;

/**
 * Students per grade in a schools file, as DMC exports them: optional columns k1–k3, p1–p6, m1–m6. When a file
 * has them, {@code students} may be left empty (it is their sum) and, when given, must equal their sum.
 */
final class GradeColumns {

    /** A row's students: the total and, when the file breaks it down, "P1:18,P2:20,…" (grades with students). */
    record Students(int total, String grades) {}

    private GradeColumns() {}

    static boolean present(TabularFile file) {
        return Enrolments.GRADES.stream().anyMatch(g -> file.has(g.toLowerCase()));
    }

    static Students read(TabularFile.Row row, TabularFile file, ImportErrors errors) {
        if (!present(file)) {
            Integer total = Cells.integer(row, "students", 0, 20000, true, errors);
            return total == null ? null : new Students(total, null);
        }
        int before = errors.count();
        int sum = 0;
        StringJoiner grades = new StringJoiner(",");
        for (String grade : Enrolments.GRADES) {
            Integer n = file.has(grade.toLowerCase())
                    ? Cells.integer(row, grade.toLowerCase(), 0, 10000, false, errors)
                    : null;
            if (n != null && n > 0) {
                sum += n;
                grades.add(grade + ":" + n);
            }
        }
        Integer total = Cells.integer(row, "students", 0, 20000, false, errors);
        if (total != null && errors.count() == before && total != sum) {
            errors.add(row.number(), "students", Texts.of("registry.import.studentsSum", sum));
        }
        return errors.count() > before ? null : new Students(sum, sum == 0 ? null : grades.toString());
    }
}
