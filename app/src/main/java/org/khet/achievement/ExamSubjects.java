package org.khet.achievement;

import java.util.ArrayList;
import java.util.List;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's changes to an exam's subjects: a subject added from a year on (a new curriculum), a subject
 * ended at a year (the old learning areas), names corrected. A subject's exam, grade and code stay; its years may
 * not leave out a year that already has results, and two rows of one subject may not cover the same year.
 */
@Component
class ExamSubjects {

    /** A subject as an administrator writes it; {@code grade} blank for every grade, {@code lastYear} null for open. */
    record Form(
            String exam, String grade, String code, String nameTh, String nameEn, int firstYear, Integer lastYear) {}

    private final JdbcClient jdbc;
    private final Exams exams;
    private final AuditLog audit;

    ExamSubjects(JdbcClient jdbc, Exams exams, AuditLog audit) {
        this.jdbc = jdbc;
        this.exams = exams;
        this.audit = audit;
    }

    @Transactional
    long add(Form form, KhetUser by) {
        requireAdmin(by);
        String grade = blankToNull(form.grade());
        String code = form.code() == null ? "" : form.code().strip().toUpperCase(java.util.Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        Exams.Exam exam = exams.catalogue().exam(form.exam()).orElse(null);
        if (exam == null) {
            errors.add(FieldError.of("exam", Texts.of("achievement.examSubjects.unknownExam")));
        } else if (grade != null && !exam.grades().contains(grade)) {
            errors.add(FieldError.of(
                    "grade", Texts.of("achievement.examSubjects.noGrade", grade, String.join(", ", exam.grades()))));
        }
        if (!code.matches("[A-Z][A-Z0-9_]{1,19}") || code.equals(Results.ALL)) {
            errors.add(FieldError.of("code", Texts.of("achievement.examSubjects.subjectCode")));
        }
        checkNamesAndYears(form, errors);
        if (errors.isEmpty()) {
            checkNoOverlap(form.exam(), grade, code, form.firstYear(), form.lastYear(), null, errors);
        }
        reject(errors);
        long id = jdbc.sql("""
                        insert into achievement.exam_subject (exam, grade, code, name_th, name_en, first_year, last_year, ordinal)
                        values (:e, :g, :c, :th, :en, :fy, :ly,
                                coalesce((select max(ordinal) + 1 from achievement.exam_subject where exam = :e), 1))
                        returning id""")
                .param("e", form.exam())
                .param("g", grade)
                .param("c", code)
                .param("th", form.nameTh().strip())
                .param("en", form.nameEn().strip())
                .param("fy", form.firstYear())
                .param("ly", form.lastYear())
                .query(Long.class)
                .single();
        audit.changed(null, "CREATE", "exam_subject", id, null, byId(id));
        return id;
    }

    /** New names and years for a subject; the exam, grade and code stay. */
    @Transactional
    void update(long id, Form form, KhetUser by) {
        requireAdmin(by);
        Exams.Subject before = byId(id);
        List<FieldError> errors = new ArrayList<>();
        checkNamesAndYears(form, errors);
        if (errors.isEmpty()) {
            checkNoOverlap(before.exam(), before.grade(), before.code(), form.firstYear(), form.lastYear(), id, errors);
            checkResultsStayCovered(before, form.firstYear(), form.lastYear(), errors);
        }
        reject(errors);
        jdbc.sql("""
                        update achievement.exam_subject set name_th = :th, name_en = :en, first_year = :fy, last_year = :ly
                        where id = :id""")
                .param("th", form.nameTh().strip())
                .param("en", form.nameEn().strip())
                .param("fy", form.firstYear())
                .param("ly", form.lastYear())
                .param("id", id)
                .update();
        audit.changed(null, "UPDATE", "exam_subject", id, before, byId(id));
    }

    Exams.Subject byId(long id) {
        return jdbc.sql("""
                        select id, exam, grade, code, name_th, name_en, first_year, last_year
                        from achievement.exam_subject where id = :id""")
                .param("id", id)
                .query(Exams.Subject.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("exam subject"));
    }

    private static void checkNamesAndYears(Form form, List<FieldError> errors) {
        if (form.nameTh() == null || form.nameTh().isBlank() || form.nameTh().length() > 200) {
            errors.add(FieldError.of("nameTh", Texts.of("achievement.examSubjects.thaiSubjectNameRequired")));
        }
        if (form.nameEn() == null || form.nameEn().isBlank() || form.nameEn().length() > 200) {
            errors.add(FieldError.of("nameEn", Texts.of("achievement.examSubjects.englishSubjectNameRequired")));
        }
        if (form.firstYear() < 2500 || form.firstYear() > 2700) {
            errors.add(FieldError.of("firstYear", Texts.of("achievement.examSubjects.firstYearBuddhistEra")));
        }
        if (form.lastYear() != null && form.lastYear() < form.firstYear()) {
            errors.add(FieldError.of("lastYear", Texts.of("achievement.examSubjects.lastYearBeforeFirst")));
        }
    }

    /** Two rows of one subject (same exam and code, grades equal or one for every grade) may not share a year. */
    private void checkNoOverlap(
            String exam, String grade, String code, int first, Integer last, Long except, List<FieldError> errors) {
        jdbc.sql("""
                        select first_year, last_year from achievement.exam_subject
                        where exam = :e and code = :c and (grade is null or cast(:g as text) is null or grade = :g)
                          and (cast(:except as bigint) is null or id <> :except)
                          and first_year <= coalesce(cast(:last as int), 9999)
                          and coalesce(last_year, 9999) >= :first""")
                .param("e", exam)
                .param("c", code)
                .param("g", grade)
                .param("except", except)
                .param("first", first)
                .param("last", last)
                .query((rs, n) -> rs.getInt("first_year") + "–"
                        + (rs.getObject("last_year") == null ? "" : rs.getInt("last_year")))
                .list()
                .forEach(years ->
                        errors.add(FieldError.of("firstYear", Texts.of("achievement.examSubjects.overlap", years))));
    }

    /** Shortening a subject's years may not leave stored results outside them. */
    private void checkResultsStayCovered(Exams.Subject s, int first, Integer last, List<FieldError> errors) {
        List<Integer> outside = jdbc.sql("""
                        select distinct academic_year from achievement.school_result
                        where exam = :e and subject = :c and (cast(:g as text) is null or grade = :g)
                          and (academic_year < :first or academic_year > coalesce(cast(:last as int), 9999))
                        order by academic_year""")
                .param("e", s.exam())
                .param("c", s.code())
                .param("g", s.grade())
                .param("first", first)
                .param("last", last)
                .query(Integer.class)
                .list();
        if (!outside.isEmpty()) {
            String years = outside.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
            errors.add(FieldError.of("lastYear", Texts.of("achievement.examSubjects.resultsOutside", years)));
        }
    }

    private static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("achievement.examSubjects.notSaved"), errors);
        }
    }

    private static void requireAdmin(KhetUser by) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("edit exam subjects");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
