package org.khet.achievement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The exams Khet knows and the subjects each has for a grade in a given year, as stored (they change by year). */
@Component
class Exams {

    /** An exam and the grades that sit it. */
    record Exam(String code, String nameTh, String nameEn, List<String> grades) {

        public String name(String language) {
            return "en".equals(language) ? nameEn : nameTh;
        }
    }

    /** A subject of an exam, in force from {@code firstYear} to {@code lastYear} (open when null). */
    record Subject(
            long id,
            String exam,
            String grade,
            String code,
            String nameTh,
            String nameEn,
            int firstYear,
            Integer lastYear) {

        boolean appliesTo(String exam, String grade, int year) {
            return this.exam.equals(exam)
                    && (this.grade == null || this.grade.equals(grade))
                    && firstYear <= year
                    && (lastYear == null || year <= lastYear);
        }

        public String name(String language) {
            return "en".equals(language) ? nameEn : nameTh;
        }
    }

    /** Everything at once: small enough to hold per request, and imports check every row against it. */
    record Catalogue(List<Exam> exams, List<Subject> subjects) {

        Optional<Exam> exam(String code) {
            return exams.stream().filter(e -> e.code().equals(code)).findFirst();
        }

        /**
         * Every subject row of an exam as a reader looks for them: by grade (rows for every grade first), the
         * current curriculum before older ones, and the exam's own order of subjects within.
         */
        public List<Subject> of(String exam) {
            List<String> grades = exam(exam).map(Exam::grades).orElse(List.of());
            return subjects.stream()
                    .filter(s -> s.exam().equals(exam))
                    .sorted(java.util.Comparator.comparingInt(
                                    (Subject s) -> s.grade() == null ? -1 : grades.indexOf(s.grade()))
                            .thenComparing(Subject::firstYear, java.util.Comparator.reverseOrder()))
                    .toList();
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
    private final ViewCache cache;
    private final MessageSource messages;

    Exams(JdbcClient jdbc, ViewCache cache, MessageSource messages) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.messages = messages;
    }

    /** The subjects of an exam and grade in a year as the columns of a page, then ALL, the mean of all subjects. */
    List<AreaDashboard.Column> columns(Catalogue catalogue, String exam, String grade, int year, String language) {
        List<AreaDashboard.Column> columns = new ArrayList<>();
        for (Subject subject : catalogue.subjects(exam, grade, year)) {
            columns.add(new AreaDashboard.Column(subject.code(), subject.name(language)));
        }
        columns.add(new AreaDashboard.Column(
                Results.ALL,
                messages.getMessage("achievement.chart.allSubjects", null, Locale.forLanguageTag(language))));
        return columns;
    }

    /** Every exam and subject; kept until they (or other achievement data) change. */
    Catalogue catalogue() {
        return cache.global("exams", List.of(), this::read);
    }

    private Catalogue read() {
        List<Exam> exams = jdbc.sql("select code, name_th, name_en, grades from achievement.exam order by ordinal")
                .query((rs, n) -> new Exam(
                        rs.getString("code"), rs.getString("name_th"), rs.getString("name_en"), Arrays.asList((String[])
                                rs.getArray("grades").getArray())))
                .list();
        List<Subject> subjects = jdbc.sql("""
                        select id, exam, grade, code, name_th, name_en, first_year, last_year
                        from achievement.exam_subject order by exam, ordinal, first_year""").query(Subject.class).list();
        return new Catalogue(exams, subjects);
    }
}
