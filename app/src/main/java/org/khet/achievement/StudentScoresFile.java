package org.khet.achievement;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.khet.platform.AuditLog;
import org.khet.platform.BulkCopy;
import org.khet.platform.Cells;
import org.khet.platform.ImportErrors;
import org.khet.platform.KhetUser;
import org.khet.platform.TabularFile;
import org.khet.platform.Texts;
import org.khet.thai.ThaiNationalId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A file of each student's score per subject, under an opaque student code. The scores are stored and Khet computes
 * each school's result from them (mean, deviation, share at least half, 10-point bands), replacing the school's
 * earlier scores of the same sitting and subject.
 */
@Component
class StudentScoresFile extends ResultFile {

    /** Students per 10-point band, 0–9.99 up to 90–100, counted in the same pass as the mean. */
    private static final String BANDS = IntStream.range(0, 10)
            .mapToObj(i -> "count(*) filter (where score >= " + (i * 10)
                    + (i < 9 ? " and score < " + (i * 10 + 10) : "") + ")::int")
            .collect(Collectors.joining(", ", "array[", "]"));

    private final ResultRows checks;
    private final BulkCopy copy;
    private final JdbcClient jdbc;
    private final SchoolResultMerge merge;

    StudentScoresFile(ResultRows checks, BulkCopy copy, JdbcClient jdbc, SchoolResultMerge merge) {
        super(
                "STUDENT",
                List.of("academic_year", "exam", "grade", "school_code", "student_ref", "subject", "score"),
                6,
                "student_ref");
        this.checks = checks;
        this.copy = copy;
        this.jdbc = jdbc;
        this.merge = merge;
    }

    @Override
    Rows rows(TabularFile file, KhetUser user) {
        return checks.ofSchools(
                file,
                user,
                (row, errors) ->
                        Arrays.asList(studentRef(row, errors), Cells.decimal(row, "score", 0, 100, true, errors)));
    }

    /** An opaque code of the student; a national ID is refused so that none is ever stored here. */
    private static String studentRef(TabularFile.Row row, ImportErrors errors) {
        String ref = Cells.required(row, "student_ref", 40, errors);
        if (ThaiNationalId.isValid(ref)) {
            errors.add(row.number(), "student_ref", Texts.of("achievement.import.nationalId"));
        }
        return ref;
    }

    /** Replaces the scores of every sitting and subject the file has, then their schools' results in one pass. */
    @Override
    ResultImport.Report merge(List<List<Object>> staged) {
        jdbc.sql("""
                create temporary table score_stage (academic_year int, exam text, grade text, school_id bigint,
                    subject text, student_ref text, score numeric(6,2), area_id bigint) on commit drop""").update();
        copy.into(
                "score_stage",
                List.of("academic_year", "exam", "grade", "school_id", "subject", "student_ref", "score", "area_id"),
                staged);
        jdbc.sql("analyze score_stage").update();
        jdbc.sql("""
                delete from achievement.student_score t using (
                    select distinct academic_year, exam, grade, school_id, subject from score_stage) k
                where t.academic_year = k.academic_year and t.exam = k.exam and t.grade = k.grade
                  and t.school_id = k.school_id and t.subject = k.subject""").update();
        jdbc.sql("""
                insert into achievement.student_score (area_id, academic_year, exam, grade, school_id, subject, student_ref, score)
                select area_id, academic_year, exam, grade, school_id, subject, student_ref, score from score_stage""").update();
        return merge.upsert("""
                select academic_year, exam, grade, school_id, subject, count(*)::int, round(avg(score), 3),
                       round(stddev_pop(score), 3), round(100.0 * count(*) filter (where score >= 50) / count(*), 2),
                       %s, array_agg(score order by score),
                       true, min(area_id)
                from score_stage s group by academic_year, exam, grade, school_id, subject""".formatted(BANDS), staged.size(), name);
    }

    @Override
    AuditLog.ChangedRows replaced() {
        return SchoolResultMerge.REPLACED;
    }
}
