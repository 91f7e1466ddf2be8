package org.khet.achievement;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.khet.platform.AuditLog;
import org.khet.platform.BulkCopy;
import org.khet.platform.Cells;
import org.khet.platform.ImportErrors;
import org.khet.platform.KhetUser;
import org.khet.platform.TabularFile;
import org.khet.platform.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A file of school results as published: each school's examinees, mean and standard deviation per subject. */
@Component
class SchoolResultsFile extends ResultFile {

    private final ResultRows checks;
    private final BulkCopy copy;
    private final JdbcClient jdbc;
    private final SchoolResultMerge merge;

    SchoolResultsFile(ResultRows checks, BulkCopy copy, JdbcClient jdbc, SchoolResultMerge merge) {
        super(
                "SCHOOL",
                List.of("academic_year", "exam", "grade", "school_code", "subject", "examinees", "mean", "sd"),
                5,
                "subject");
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
                (row, errors) -> Arrays.asList(
                        Cells.integer(row, "examinees", 0, 10_000_000, true, errors),
                        Cells.decimal(row, "mean", 0, 100, true, errors),
                        Cells.decimal(row, "sd", 0, 100, false, errors)));
    }

    /**
     * A school's result computed from its students' scores is not replaced by a school-level mean: the scores would
     * then disagree with the result they no longer make (and the lower-limit rule reads them). Import the students'
     * scores again instead.
     */
    @Override
    void checkAgainstStored(List<List<Object>> staged, List<Integer> rowNumbers, ImportErrors errors) {
        if (staged.isEmpty() || !anyFromStudents(staged)) {
            return;
        }
        jdbc.sql("""
                        select k.n from unnest(:years, :exams, :grades, :schools, :subjects, :rows)
                                        as k(academic_year, exam, grade, school_id, subject, n)
                        join achievement.school_result r using (academic_year, exam, grade, school_id, subject)
                        where r.from_students order by k.n""")
                .param("years", column(staged, 0, Integer[]::new))
                .param("exams", column(staged, 1, String[]::new))
                .param("grades", column(staged, 2, String[]::new))
                .param("schools", column(staged, 3, Long[]::new))
                .param("subjects", column(staged, 4, String[]::new))
                .param("rows", rowNumbers.toArray(Integer[]::new))
                .query((rs, n) -> rs.getInt("n"))
                .list()
                .forEach(n -> errors.add(n, "school_code", Texts.of("achievement.import.fromStudents")));
    }

    /** Whether any stored result of the file's years and exams was computed from students: usually none is. */
    private boolean anyFromStudents(List<List<Object>> staged) {
        return jdbc.sql("""
                        select exists (select 1 from achievement.school_result
                                       where from_students and academic_year = any(:years) and exam = any(:exams))
                               as any_from_students""")
                .param(
                        "years",
                        staged.stream().map(l -> (Integer) l.get(0)).distinct().toArray(Integer[]::new))
                .param(
                        "exams",
                        staged.stream().map(l -> (String) l.get(1)).distinct().toArray(String[]::new))
                .query((rs, n) -> rs.getBoolean("any_from_students"))
                .single();
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] column(List<List<Object>> staged, int index, IntFunction<T[]> array) {
        return staged.stream().map(l -> (T) l.get(index)).toArray(array);
    }

    @Override
    ResultImport.Report merge(List<List<Object>> staged) {
        jdbc.sql("""
                create temporary table result_stage (academic_year int, exam text, grade text, school_id bigint,
                    subject text, examinees int, mean numeric(7,3), sd numeric(7,3), area_id bigint) on commit drop""").update();
        copy.into(
                "result_stage",
                List.of("academic_year", "exam", "grade", "school_id", "subject", "examinees", "mean", "sd", "area_id"),
                staged);
        return merge.upsert(
                "select academic_year, exam, grade, school_id, subject, examinees, mean, sd, null::numeric, "
                        + "null::int[], null::numeric(6,2)[], false, area_id from result_stage",
                staged.size(),
                name);
    }

    @Override
    AuditLog.ChangedRows replaced() {
        return SchoolResultMerge.REPLACED;
    }
}
