package org.khet.achievement;

import org.khet.platform.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Inserts or replaces school results in one set-based statement, for the files that make them: school means as they
 * are, and student scores aggregated per school. What was replaced is kept for the audit.
 */
@Component
class SchoolResultMerge {

    /** The school results an import replaced, before and after; their sorted scores are left out. */
    static final AuditLog.ChangedRows REPLACED = AuditLog.ChangedRows.of("""
            select 'school_result' as entity_type, r.id::text as entity_id, r.area_id,
                   to_jsonb(b) - 'scores' as before, to_jsonb(r) - 'scores' as after
            from result_before b join achievement.school_result r on r.id = b.id
            where r.updated_at <> b.updated_at""");

    private final JdbcClient jdbc;

    SchoolResultMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts or replaces school results from {@code select}, keeping what they replaced for the audit. The select's
     * columns are the result's key, examinees, mean, sd, share at least half, bands, the sorted scores, whether from
     * students, and area.
     */
    ResultImport.Report upsert(String select, int rows, String kind) {
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
        int total = jdbc.sql("select count(*) as total from result_incoming")
                .query((rs, n) -> rs.getInt("total"))
                .single();
        int replaced = jdbc.sql("""
                select count(*) as replaced from result_before b join achievement.school_result r on r.id = b.id
                where r.updated_at <> b.updated_at""").query((rs, n) -> rs.getInt("replaced")).single();
        int created = changed - replaced;
        return new ResultImport.Report(kind, rows, created, replaced, total - created - replaced, total);
    }
}
