package org.khet.achievement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.khet.platform.Cells;
import org.khet.platform.ImportErrors;
import org.khet.platform.KhetUser;
import org.khet.platform.TabularFile;
import org.khet.platform.Texts;
import org.khet.registry.Schools;
import org.springframework.stereotype.Component;

/** The checks every kind of results file shares: the sitting a row belongs to, and the school it is of. */
@Component
class ResultRows {

    private final Exams exams;
    private final Schools schools;

    ResultRows(Exams exams, Schools schools) {
        this.exams = exams;
        this.schools = schools;
    }

    /** Reads and checks the values a row of a school's results has after its key. */
    @FunctionalInterface
    interface Values {
        List<Object> read(TabularFile.Row row, ImportErrors errors);
    }

    /**
     * The check of a file of one school's results per row: its sitting, its school (which the user may import), then
     * its own values. Staged are the key (year, exam, grade, school, subject), the values and the school's area.
     */
    ResultFile.Rows ofSchools(TabularFile file, KhetUser user, Values values) {
        Exams.Catalogue catalogue = exams.catalogue();
        Map<String, Schools.SchoolRef> byCode = schoolsOf(file);
        return (row, errors) -> {
            int before = errors.count();
            Sitting s = sitting(row, catalogue, errors);
            Schools.SchoolRef school = school(row, byCode, user, errors);
            List<Object> read = values.read(row, errors);
            if (errors.count() > before) {
                return null;
            }
            List<Object> line = new ArrayList<>(read.size() + 6);
            line.add(s.year());
            line.add(s.exam());
            line.add(s.grade());
            line.add(school.id());
            line.add(s.subject());
            line.addAll(read);
            line.add(school.areaId());
            return line;
        };
    }

    /** The exams and subjects a file's rows are checked against, as they are now. */
    Exams.Catalogue catalogue() {
        return exams.catalogue();
    }

    /** The year, exam, grade and subject of a row, as stored; the year is null when it is bad. */
    record Sitting(Integer year, String exam, String grade, String subject) {}

    /** Checks the year, the exam, its grade and the subject in that year's catalogue. */
    static Sitting sitting(TabularFile.Row row, Exams.Catalogue catalogue, ImportErrors errors) {
        Integer year = Cells.integer(row, "academic_year", 2500, 2700, true, errors);
        String exam = row.get("exam").toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        exam = exam.equals("PREONET") ? "PRE_ONET" : exam;
        var known = catalogue.exam(exam);
        if (known.isEmpty()) {
            errors.add(row.number(), "exam", Texts.of("achievement.import.unknownExam", row.get("exam")));
        }
        String grade = row.get("grade").toUpperCase(Locale.ROOT).replace(".", "");
        if (known.isPresent() && !known.get().grades().contains(grade)) {
            errors.add(
                    row.number(),
                    "grade",
                    Texts.of(
                            "achievement.import.noGrade",
                            exam,
                            row.get("grade"),
                            known.get().grades().toString()));
        }
        String subject = row.get("subject").toUpperCase(Locale.ROOT);
        if (year != null && known.isPresent() && !catalogue.hasSubject(exam, grade, year, subject)) {
            List<String> allowed = catalogue.subjects(exam, grade, year).stream()
                    .map(Exams.Subject::code)
                    .toList();
            errors.add(
                    row.number(),
                    "subject",
                    Texts.of(
                            "achievement.import.noSubject", row.get("subject"), exam, grade, year, allowed.toString()));
        }
        return new Sitting(year, exam, grade, subject);
    }

    /** The schools a file names, looked up in one query. */
    private Map<String, Schools.SchoolRef> schoolsOf(TabularFile file) {
        Set<String> codes = file.rows().stream().map(r -> r.get("school_code")).collect(Collectors.toSet());
        return schools.byCodes(codes);
    }

    /** The row's school, if it is known and the user may import its results; otherwise null and an error. */
    private static Schools.SchoolRef school(
            TabularFile.Row row, Map<String, Schools.SchoolRef> byCode, KhetUser user, ImportErrors errors) {
        Schools.SchoolRef school = byCode.get(row.get("school_code"));
        if (school == null) {
            errors.add(
                    row.number(), "school_code", Texts.of("achievement.import.unknownSchool", row.get("school_code")));
        } else if (!ResultImport.mayImport(user, school.areaId())) {
            errors.add(row.number(), "school_code", Texts.of("achievement.import.notYourSchool", school.code()));
        }
        return school;
    }
}
