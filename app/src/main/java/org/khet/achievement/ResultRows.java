package org.khet.achievement;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.khet.platform.Cells;
import org.khet.platform.ImportErrors;
import org.khet.platform.KhetUser;
import org.khet.platform.TabularFile;
import org.khet.registry.Schools;

/** The checks every kind of results file shares: the sitting a row belongs to, and the school it is of. */
final class ResultRows {

    private ResultRows() {}

    /** The year, exam, grade and subject of a row, as stored; the year is null when it is bad. */
    record Sitting(Integer year, String exam, String grade, String subject) {}

    /** Checks the year, the exam, its grade and the subject in that year's catalogue. */
    static Sitting sitting(TabularFile.Row row, Exams.Catalogue catalogue, ImportErrors errors) {
        Integer year = Cells.integer(row, "academic_year", 2500, 2700, true, errors);
        String exam = row.get("exam").toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        exam = exam.equals("PREONET") ? "PRE_ONET" : exam;
        var known = catalogue.exam(exam);
        if (known.isEmpty()) {
            errors.add(
                    row.number(),
                    "exam",
                    "ไม่รู้จักการสอบ \"" + row.get("exam") + "\" (ใช้ ONET, NT, RT, PRE_ONET, LAS)",
                    "unknown exam \"" + row.get("exam") + "\" (use ONET, NT, RT, PRE_ONET, LAS)");
        }
        String grade = row.get("grade").toUpperCase(Locale.ROOT).replace(".", "");
        if (known.isPresent() && !known.get().grades().contains(grade)) {
            errors.add(
                    row.number(),
                    "grade",
                    "การสอบ " + exam + " ไม่มีชั้น \"" + row.get("grade") + "\" (มี "
                            + known.get().grades() + ")",
                    "exam " + exam + " has no grade \"" + row.get("grade") + "\" (it has "
                            + known.get().grades() + ")");
        }
        String subject = row.get("subject").toUpperCase(Locale.ROOT);
        if (year != null && known.isPresent() && !catalogue.hasSubject(exam, grade, year, subject)) {
            List<String> allowed = catalogue.subjects(exam, grade, year).stream()
                    .map(Exams.Subject::code)
                    .toList();
            errors.add(
                    row.number(),
                    "subject",
                    "วิชา \"" + row.get("subject") + "\" ไม่อยู่ในการสอบ " + exam + " ชั้น " + grade + " ปี " + year
                            + " (มี " + allowed + ")",
                    "subject \"" + row.get("subject") + "\" is not in " + exam + " " + grade + " of " + year
                            + " (it has " + allowed + ")");
        }
        return new Sitting(year, exam, grade, subject);
    }

    /** The schools a file names, looked up in one query. */
    static Map<String, Schools.SchoolRef> schoolsOf(TabularFile file, Schools schools) {
        Set<String> codes = file.rows().stream().map(r -> r.get("school_code")).collect(Collectors.toSet());
        return schools.byCodes(codes);
    }

    /** The row's school, if it is known and the user may import its results; otherwise null and an error. */
    static Schools.SchoolRef school(
            TabularFile.Row row, Map<String, Schools.SchoolRef> byCode, KhetUser user, ImportErrors errors) {
        Schools.SchoolRef school = byCode.get(row.get("school_code"));
        if (school == null) {
            errors.add(
                    row.number(),
                    "school_code",
                    "ไม่พบโรงเรียนรหัส \"" + row.get("school_code") + "\"",
                    "unknown school code \"" + row.get("school_code") + "\"");
        } else if (!ResultImport.mayImport(user, school.areaId())) {
            errors.add(
                    row.number(),
                    "school_code",
                    "คุณไม่มีสิทธิ์นำเข้าผลของโรงเรียน " + school.code(),
                    "you may not import results of school " + school.code());
        }
        return school;
    }
}
