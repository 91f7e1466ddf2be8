package org.khet.achievement;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.khet.platform.AuditLog;
import org.khet.platform.BulkCopy;
import org.khet.platform.Cells;
import org.khet.platform.ImportErrors;
import org.khet.platform.KhetUser;
import org.khet.platform.TabularFile;
import org.khet.registry.Schools;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A file of school results as published: each school's examinees, mean and standard deviation per subject. */
@Component
class SchoolResultsFile implements ResultFile {

    private static final List<String> COLUMNS =
            List.of("academic_year", "exam", "grade", "school_code", "subject", "examinees", "mean", "sd");

    private final Exams exams;
    private final Schools schools;
    private final BulkCopy copy;
    private final JdbcClient jdbc;
    private final SchoolResultMerge merge;

    SchoolResultsFile(Exams exams, Schools schools, BulkCopy copy, JdbcClient jdbc, SchoolResultMerge merge) {
        this.exams = exams;
        this.schools = schools;
        this.copy = copy;
        this.jdbc = jdbc;
        this.merge = merge;
    }

    @Override
    public String kind() {
        return "SCHOOL";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Rows rows(TabularFile file, KhetUser user) {
        Exams.Catalogue catalogue = exams.catalogue();
        Map<String, Schools.SchoolRef> byCode = ResultRows.schoolsOf(file, schools);
        return (row, errors) -> {
            int before = errors.count();
            ResultRows.Sitting s = ResultRows.sitting(row, catalogue, errors);
            Schools.SchoolRef school = ResultRows.school(row, byCode, user, errors);
            Integer examinees = Cells.integer(row, "examinees", 0, 10_000_000, true, errors);
            BigDecimal mean = Cells.decimal(row, "mean", 0, 100, true, errors);
            BigDecimal sd = Cells.decimal(row, "sd", 0, 100, false, errors);
            if (errors.count() > before) {
                return null;
            }
            return Arrays.asList(
                    s.year(), s.exam(), s.grade(), school.id(), s.subject(), examinees, mean, sd, school.areaId());
        };
    }

    @Override
    public int keyColumns() {
        return 5;
    }

    @Override
    public void repeated(int row, ImportErrors errors) {
        errors.add(
                row,
                "subject",
                "ผลของปี สอบ ชั้น โรงเรียน และวิชานี้ซ้ำกับแถวก่อนหน้าในไฟล์",
                "the same year, exam, grade, school and subject appear earlier in the file");
    }

    /**
     * A school's result computed from its students' scores is not replaced by a school-level mean: the scores would
     * then disagree with the result they no longer make (and the lower-limit rule reads them). Import the students'
     * scores again instead.
     */
    @Override
    public void checkAgainstStored(List<List<Object>> staged, List<Integer> rowNumbers, ImportErrors errors) {
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
                .forEach(n -> errors.add(
                        n,
                        "school_code",
                        "ผลนี้คำนวณจากคะแนนรายนักเรียนแล้ว จะแทนด้วยค่าเฉลี่ยรายโรงเรียนไม่ได้"
                                + " ให้นำเข้าคะแนนรายนักเรียนชุดใหม่แทน",
                        "this result was computed from student scores and is not replaced by a school mean;"
                                + " import the students' scores again instead"));
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
    public ResultImport.Report merge(List<List<Object>> staged) {
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
                kind());
    }

    @Override
    public AuditLog.ChangedRows replaced() {
        return SchoolResultMerge.REPLACED;
    }
}
