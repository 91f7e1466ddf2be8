package org.khet.achievement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khet.platform.AuditLog;
import org.khet.platform.BulkCopy;
import org.khet.platform.Cells;
import org.khet.platform.ImportErrors;
import org.khet.platform.ImportSlots;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.TabularFile;
import org.khet.registry.Schools;
import org.khet.shared.ForbiddenException;
import org.khet.thai.ThaiNationalId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports exam results from CSV or Excel. The columns tell the kind of file: school-level means, student scores
 * (which Khet aggregates per school) or reference means with a {@code scope} column. Every row is checked first
 * and any bad row rejects the whole file; a good file is staged with COPY and merged in set-based statements. A
 * result already stored for the same key is replaced; the import is audited as one event holding each replacement
 * with its before and after.
 */
@Component
public class ResultImport {

    /** The kinds of file and the columns each must have. */
    enum Kind {
        SCHOOL(List.of("academic_year", "exam", "grade", "school_code", "subject", "examinees", "mean", "sd")),
        STUDENT(List.of("academic_year", "exam", "grade", "school_code", "student_ref", "subject", "score")),
        REFERENCE(List.of("academic_year", "exam", "grade", "scope", "subject", "examinees", "mean", "sd"));

        final List<String> columns;

        Kind(List<String> columns) {
            this.columns = columns;
        }

        static Kind of(TabularFile file) {
            if (file.has("student_ref")) {
                return STUDENT;
            }
            return file.has("scope") ? REFERENCE : SCHOOL;
        }
    }

    /** What an import did. Rows replaced differ from what was stored; rows unchanged were stored as they are. */
    public record Report(String kind, int rows, int created, int replaced, int unchanged, int schoolResults) {}

    /** Students per 10-point band, 0–9.99 up to 90–100, counted in the same pass as the mean. */
    private static final String BANDS = java.util.stream.IntStream.range(0, 10)
            .mapToObj(i -> "count(*) filter (where score >= " + (i * 10)
                    + (i < 9 ? " and score < " + (i * 10 + 10) : "") + ")::int")
            .collect(java.util.stream.Collectors.joining(", ", "array[", "]"));

    /** The school results an import replaced, before and after; their sorted scores are left out. */
    private static final AuditLog.ChangedRows REPLACED_RESULTS = AuditLog.ChangedRows.of("""
            select 'school_result' as entity_type, r.id::text as entity_id, r.area_id,
                   to_jsonb(b) - 'scores' as before, to_jsonb(r) - 'scores' as after
            from result_before b join achievement.school_result r on r.id = b.id
            where r.updated_at <> b.updated_at""");

    /** The reference results an import replaced, before and after. */
    private static final AuditLog.ChangedRows REPLACED_REFERENCES = AuditLog.ChangedRows.of("""
            select 'reference_result' as entity_type, r.id::text as entity_id, null::bigint as area_id,
                   to_jsonb(b) as before, to_jsonb(r) as after
            from reference_before b join achievement.reference_result r on r.id = b.id
            where r.updated_at <> b.updated_at""");

    private final Exams exams;
    private final Schools schools;
    private final BulkCopy copy;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ReferenceScopes referenceScopes;
    private final ImportSlots slots;
    private final TransactionTemplate transaction;

    ResultImport(
            Exams exams,
            Schools schools,
            BulkCopy copy,
            JdbcClient jdbc,
            AuditLog audit,
            ReferenceScopes referenceScopes,
            ImportSlots slots,
            PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.referenceScopes = referenceScopes;
        this.slots = slots;
        this.exams = exams;
        this.schools = schools;
        this.copy = copy;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Whether the user may import results into an area: its director, unit staff and supervisors. */
    static boolean mayImport(KhetUser user, long areaId) {
        return user.holds(Role.AREA_DIRECTOR, areaId)
                || user.holds(Role.AREA_STAFF, areaId)
                || user.holds(Role.SUPERVISOR, areaId);
    }

    static boolean mayImportAnywhere(KhetUser user) {
        return user.isAdmin() || user.hasAny(Role.AREA_DIRECTOR, Role.AREA_STAFF, Role.SUPERVISOR);
    }

    /**
     * Waits for an import slot and reads the file before the transaction opens, so that a queued or parsing import
     * holds no pooled connection; checking and merging are one transaction.
     */
    public Report run(byte[] content, KhetUser user) {
        if (!mayImportAnywhere(user)) {
            throw new ForbiddenException("import results");
        }
        return slots.run(() -> {
            TabularFile file = TabularFile.read(content);
            return transaction.execute(status -> importing(file, user));
        });
    }

    private Report importing(TabularFile file, KhetUser user) {
        Kind kind = Kind.of(file);
        ImportErrors errors = new ImportErrors();
        errors.requireColumns(file, kind.columns);
        Exams.Catalogue catalogue = exams.catalogue();
        Map<String, Schools.SchoolRef> byCode = kind == Kind.REFERENCE
                ? Map.of()
                : schools.byCodes(file.rows().stream()
                        .map(r -> r.get("school_code"))
                        .collect(java.util.stream.Collectors.toSet()));
        ReferenceScopes.Allowed scopes = referenceScopes.of(user);
        List<List<Object>> staged = new ArrayList<>(file.rows().size());
        List<Integer> stagedRows = new ArrayList<>(file.rows().size());
        Set<String> keys = new HashSet<>();
        for (TabularFile.Row row : file.rows()) {
            List<Object> line = check(kind, row, catalogue, byCode, scopes, user, errors);
            if (line == null) {
                continue;
            }
            String key = kind == Kind.STUDENT
                    ? line.subList(0, 6).toString()
                    : line.subList(0, 5).toString();
            if (!keys.add(key)) {
                errors.add(
                        row.number(),
                        kind == Kind.STUDENT ? "student_ref" : "subject",
                        "ผลของปี สอบ ชั้น " + (kind == Kind.REFERENCE ? "ขอบเขต" : "โรงเรียน")
                                + (kind == Kind.STUDENT ? " นักเรียน" : "") + " และวิชานี้ซ้ำกับแถวก่อนหน้าในไฟล์",
                        "the same year, exam, grade, " + (kind == Kind.REFERENCE ? "scope" : "school")
                                + (kind == Kind.STUDENT ? ", student" : "")
                                + " and subject appear earlier in the file");
            }
            staged.add(line);
            stagedRows.add(row.number());
        }
        if (kind == Kind.SCHOOL) {
            refuseReplacingStudentResults(staged, stagedRows, errors);
        }
        errors.throwIfAny();
        // Staging tables go at commit; a caller that imports several files in one transaction reuses the names.
        jdbc.sql("drop table if exists result_stage, score_stage, result_incoming, result_before, reference_stage, "
                        + "reference_before")
                .update();
        Report report =
                switch (kind) {
                    case SCHOOL -> mergeSchoolResults(staged);
                    case STUDENT -> mergeStudentScores(staged);
                    case REFERENCE -> mergeReferences(staged);
                };
        audit.imported(
                new AuditLog.Import(
                        null,
                        user,
                        "IMPORT",
                        "exam_result",
                        kind + ": rows " + report.rows() + ", created " + report.created() + ", replaced "
                                + report.replaced() + ", unchanged " + report.unchanged()),
                kind == Kind.REFERENCE ? REPLACED_REFERENCES : REPLACED_RESULTS);
        return report;
    }

    /** Checks one row; answers its staged values (key columns first) or null when it is bad. */
    private static List<Object> check(
            Kind kind,
            TabularFile.Row row,
            Exams.Catalogue catalogue,
            Map<String, Schools.SchoolRef> byCode,
            ReferenceScopes.Allowed scopes,
            KhetUser user,
            ImportErrors errors) {
        int before = errors.count();
        Integer year = Cells.integer(row, "academic_year", 2500, 2700, true, errors);
        String exam = row.get("exam")
                .toUpperCase(java.util.Locale.ROOT)
                .replace("-", "")
                .replace(" ", "");
        exam = exam.equals("PREONET") ? "PRE_ONET" : exam;
        var known = catalogue.exam(exam);
        if (known.isEmpty()) {
            errors.add(
                    row.number(),
                    "exam",
                    "ไม่รู้จักการสอบ \"" + row.get("exam") + "\" (ใช้ ONET, NT, RT, PRE_ONET, LAS)",
                    "unknown exam \"" + row.get("exam") + "\" (use ONET, NT, RT, PRE_ONET, LAS)");
        }
        String grade = row.get("grade").toUpperCase(java.util.Locale.ROOT).replace(".", "");
        if (known.isPresent() && !known.get().grades().contains(grade)) {
            errors.add(
                    row.number(),
                    "grade",
                    "การสอบ " + exam + " ไม่มีชั้น \"" + row.get("grade") + "\" (มี "
                            + known.get().grades() + ")",
                    "exam " + exam + " has no grade \"" + row.get("grade") + "\" (it has "
                            + known.get().grades() + ")");
        }
        String subject = row.get("subject").toUpperCase(java.util.Locale.ROOT);
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
        Object where = kind == Kind.REFERENCE ? scope(row, scopes, errors) : school(row, byCode, user, errors);
        List<Object> line = new ArrayList<>(10);
        if (kind == Kind.STUDENT) {
            String ref = studentRef(row, errors);
            BigDecimal score = Cells.decimal(row, "score", 0, 100, true, errors);
            if (errors.count() > before) {
                return null;
            }
            Schools.SchoolRef school = (Schools.SchoolRef) where;
            line.addAll(Arrays.asList(year, exam, grade, school.id(), subject, ref, score, school.areaId()));
            return line;
        }
        Integer examinees = Cells.integer(row, "examinees", 0, 10_000_000, kind == Kind.SCHOOL, errors);
        BigDecimal mean = Cells.decimal(row, "mean", 0, 100, true, errors);
        BigDecimal sd = Cells.decimal(row, "sd", 0, 100, false, errors);
        if (errors.count() > before) {
            return null;
        }
        Object keyOfWhere = kind == Kind.REFERENCE ? where : ((Schools.SchoolRef) where).id();
        line.addAll(Arrays.asList(year, exam, grade, keyOfWhere, subject, examinees, mean, sd));
        if (kind == Kind.SCHOOL) {
            line.add(((Schools.SchoolRef) where).areaId());
        }
        return line;
    }

    /**
     * A school's result computed from its students' scores is not replaced by a school-level mean: the scores would
     * then disagree with the result they no longer make (and the lower-limit rule reads them). Import the students'
     * scores again instead.
     */
    private void refuseReplacingStudentResults(
            List<List<Object>> staged, List<Integer> rowNumbers, ImportErrors errors) {
        if (staged.isEmpty()) {
            return;
        }
        boolean any = jdbc.sql("""
                        select exists (select 1 from achievement.school_result
                                       where from_students and academic_year = any(:years) and exam = any(:exams))""")
                .param(
                        "years",
                        staged.stream().map(l -> (Integer) l.get(0)).distinct().toArray(Integer[]::new))
                .param(
                        "exams",
                        staged.stream().map(l -> (String) l.get(1)).distinct().toArray(String[]::new))
                .query(Boolean.class)
                .single();
        if (!any) {
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
                .query(Integer.class)
                .list()
                .forEach(n -> errors.add(
                        n,
                        "school_code",
                        "ผลนี้คำนวณจากคะแนนรายนักเรียนแล้ว จะแทนด้วยค่าเฉลี่ยรายโรงเรียนไม่ได้"
                                + " ให้นำเข้าคะแนนรายนักเรียนชุดใหม่แทน",
                        "this result was computed from student scores and is not replaced by a school mean;"
                                + " import the students' scores again instead"));
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] column(List<List<Object>> staged, int index, java.util.function.IntFunction<T[]> array) {
        return staged.stream().map(l -> (T) l.get(index)).toArray(array);
    }

    private static Schools.SchoolRef school(
            TabularFile.Row row, Map<String, Schools.SchoolRef> byCode, KhetUser user, ImportErrors errors) {
        Schools.SchoolRef school = byCode.get(row.get("school_code"));
        if (school == null) {
            errors.add(
                    row.number(),
                    "school_code",
                    "ไม่พบโรงเรียนรหัส \"" + row.get("school_code") + "\"",
                    "unknown school code \"" + row.get("school_code") + "\"");
        } else if (!mayImport(user, school.areaId())) {
            errors.add(
                    row.number(),
                    "school_code",
                    "คุณไม่มีสิทธิ์นำเข้าผลของโรงเรียน " + school.code(),
                    "you may not import results of school " + school.code());
        }
        return school;
    }

    private static String scope(TabularFile.Row row, ReferenceScopes.Allowed scopes, ImportErrors errors) {
        String scope = row.get("scope").strip();
        if (!References.isScope(scope)) {
            errors.add(
                    row.number(),
                    "scope",
                    "ต้องเป็น NATIONAL, OBEC, PROVINCE:ชื่อจังหวัด หรือ AREA:รหัสเขต (พบ \"" + scope + "\")",
                    "must be NATIONAL, OBEC, PROVINCE:name or AREA:code (found \"" + scope + "\")");
        } else if (!scopes.includes(scope)) {
            errors.add(
                    row.number(),
                    "scope",
                    "คุณไม่มีสิทธิ์นำเข้าผลอ้างอิงขอบเขต " + scope
                            + " ผลระดับประเทศ สพฐ. และจังหวัดนำเข้าได้เฉพาะผู้ดูแลระบบ เขตพื้นที่นำเข้าได้เฉพาะ AREA:รหัสเขตของตนเอง",
                    "you may not import reference results of scope " + scope
                            + ": NATIONAL, OBEC and PROVINCE results are imported by the system administrator only,"
                            + " and an area office imports only its own AREA:code");
        }
        return scope;
    }

    /** An opaque code of the student; a national ID is refused so that none is ever stored here. */
    private static String studentRef(TabularFile.Row row, ImportErrors errors) {
        String ref = Cells.required(row, "student_ref", 40, errors);
        if (ThaiNationalId.isValid(ref)) {
            errors.add(
                    row.number(),
                    "student_ref",
                    "ห้ามใช้เลขประจำตัวประชาชนเป็นรหัสนักเรียน ใช้รหัสที่ไม่ระบุตัวตน",
                    "a national ID must not be used as the student code; use an opaque code");
        }
        return ref;
    }

    private Report mergeSchoolResults(List<List<Object>> staged) {
        jdbc.sql("""
                create temporary table result_stage (academic_year int, exam text, grade text, school_id bigint,
                    subject text, examinees int, mean numeric(7,3), sd numeric(7,3), area_id bigint) on commit drop""").update();
        copy.into(
                "result_stage",
                List.of("academic_year", "exam", "grade", "school_id", "subject", "examinees", "mean", "sd", "area_id"),
                staged);
        return upsertSchoolResults(
                "select academic_year, exam, grade, school_id, subject, examinees, mean, sd, null::numeric, "
                        + "null::int[], null::numeric(6,2)[], false, area_id from result_stage",
                staged.size(),
                "SCHOOL");
    }

    private Report mergeStudentScores(List<List<Object>> staged) {
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
        Report aggregated = upsertSchoolResults("""
                select academic_year, exam, grade, school_id, subject, count(*)::int, round(avg(score), 3),
                       round(stddev_pop(score), 3), round(100.0 * count(*) filter (where score >= 50) / count(*), 2),
                       %s, array_agg(score order by score),
                       true, min(area_id)
                from score_stage s group by academic_year, exam, grade, school_id, subject""".formatted(BANDS), staged.size(), "STUDENT");
        return aggregated;
    }

    /**
     * Inserts or replaces school results from {@code select}, keeping what they replaced for the audit. The select's columns are
     * the result's key, examinees, mean, sd, share at least half, bands, the sorted scores, whether from students,
     * and area.
     */
    private Report upsertSchoolResults(String select, int rows, String kind) {
        jdbc.sql("""
                create temporary table result_incoming (academic_year, exam, grade, school_id, subject, examinees,
                    mean, sd, at_least_half, bands, scores, from_students, area_id) on commit drop as %s""".formatted(select)).update();
        jdbc.sql("""
                create temporary table result_before on commit drop as
                select r.* from achievement.school_result r join result_incoming i
                  on (r.academic_year, r.exam, r.grade, r.school_id, r.subject)
                   = (i.academic_year, i.exam, i.grade, i.school_id, i.subject)""").update();
        int changed = jdbc.sql("""
                insert into achievement.school_result (academic_year, exam, grade, school_id, subject, examinees, mean, sd,
                                           at_least_half, bands, scores, from_students, area_id)
                select * from result_incoming
                on conflict (academic_year, exam, grade, school_id, subject) do update
                set examinees = excluded.examinees, mean = excluded.mean, sd = excluded.sd,
                    at_least_half = excluded.at_least_half, bands = excluded.bands, scores = excluded.scores,
                    from_students = excluded.from_students, updated_at = now()
                where (school_result.examinees, school_result.mean, school_result.sd, school_result.at_least_half,
                       school_result.bands, school_result.scores, school_result.from_students)
                      is distinct from (excluded.examinees, excluded.mean, excluded.sd, excluded.at_least_half,
                                        excluded.bands, excluded.scores, excluded.from_students)""").update();
        int existing = jdbc.sql("select count(*) from result_before")
                .query(Integer.class)
                .single();
        int total = jdbc.sql("select count(*) from result_incoming")
                .query(Integer.class)
                .single();
        int replaced = jdbc.sql("""
                select count(*) from result_before b join achievement.school_result r on r.id = b.id
                where r.updated_at <> b.updated_at""").query(Integer.class).single();
        int created = changed - replaced;
        return new Report(kind, rows, created, replaced, total - created - replaced, total);
    }

    private Report mergeReferences(List<List<Object>> staged) {
        jdbc.sql("""
                create temporary table reference_stage (academic_year int, exam text, grade text, scope text,
                    subject text, examinees int, mean numeric(7,3), sd numeric(7,3)) on commit drop""").update();
        copy.into(
                "reference_stage",
                List.of("academic_year", "exam", "grade", "scope", "subject", "examinees", "mean", "sd"),
                staged);
        jdbc.sql("""
                create temporary table reference_before on commit drop as
                select r.* from achievement.reference_result r join reference_stage i
                  on (r.academic_year, r.exam, r.grade, r.scope, r.subject)
                   = (i.academic_year, i.exam, i.grade, i.scope, i.subject)""").update();
        int changed = jdbc.sql("""
                insert into achievement.reference_result (academic_year, exam, grade, scope, subject, examinees, mean, sd)
                select * from reference_stage
                on conflict (academic_year, exam, grade, scope, subject) do update
                set examinees = excluded.examinees, mean = excluded.mean, sd = excluded.sd, updated_at = now()
                where (reference_result.examinees, reference_result.mean, reference_result.sd)
                      is distinct from (excluded.examinees, excluded.mean, excluded.sd)""").update();
        int replaced = jdbc.sql("""
                select count(*) from reference_before b join achievement.reference_result r on r.id = b.id
                where r.updated_at <> b.updated_at""").query(Integer.class).single();
        int created = changed - replaced;
        return new Report("REFERENCE", staged.size(), created, replaced, staged.size() - changed, staged.size());
    }
}
