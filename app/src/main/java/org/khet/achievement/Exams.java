package org.khet.achievement;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The exams Khet knows and the subjects each has for a grade in a given year, as stored (they change by year). */
@Component
class Exams {

    /** An exam and the grades that sit it. */
    record Exam(String code, String nameTh, String nameEn, List<String> grades) {}

    /** A subject of an exam, in force from {@code firstYear} to {@code lastYear} (open when null). */
    record Subject(
            String exam, String grade, String code, String nameTh, String nameEn, int firstYear, Integer lastYear) {

        boolean appliesTo(String exam, String grade, int year) {
            return this.exam.equals(exam)
                    && (this.grade == null || this.grade.equals(grade))
                    && firstYear <= year
                    && (lastYear == null || year <= lastYear);
        }

        String name(String language) {
            return "en".equals(language) ? nameEn : nameTh;
        }
    }

    /** Everything at once: small enough to hold per request, and imports check every row against it. */
    record Catalogue(List<Exam> exams, List<Subject> subjects) {

        Optional<Exam> exam(String code) {
            return exams.stream().filter(e -> e.code().equals(code)).findFirst();
        }

        List<Subject> subjects(String exam, String grade, int year) {
            return subjects.stream().filter(s -> s.appliesTo(exam, grade, year)).toList();
        }

        boolean hasSubject(String exam, String grade, int year, String subject) {
            return subjects(exam, grade, year).stream().anyMatch(s -> s.code().equals(subject));
        }

        /** The subject's name as of any year it existed; the code itself when unknown. */
        String subjectName(String code, String language) {
            return subjects.stream()
                    .filter(s -> s.code().equals(code))
                    .findFirst()
                    .map(s -> s.name(language))
                    .orElse(code);
        }
    }

    private final JdbcClient jdbc;

    Exams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Catalogue catalogue() {
        List<Exam> exams = jdbc.sql("select code, name_th, name_en, grades from exam order by ordinal")
                .query((rs, n) -> new Exam(rs.getString(1), rs.getString(2), rs.getString(3), Arrays.asList((String[])
                        rs.getArray(4).getArray())))
                .list();
        List<Subject> subjects = jdbc.sql("""
                        select exam, grade, code, name_th, name_en, first_year, last_year
                        from exam_subject order by exam, ordinal, first_year""").query(Subject.class).list();
        return new Catalogue(exams, subjects);
    }
}
