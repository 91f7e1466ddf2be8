package org.khet.achievement;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.khet.platform.AuditLog;
import org.khet.platform.BulkCopy;
import org.khet.platform.Cells;
import org.khet.platform.ImportErrors;
import org.khet.platform.KhetUser;
import org.khet.platform.TabularFile;
import org.khet.platform.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A file of reference means a school's or area's results are compared with: the nation's, OBEC's, a province's or
 * another area's, named by its {@code scope}. The system administrator imports every scope; an area office only its
 * own.
 */
@Component
class ReferenceMeansFile extends ResultFile {

    /** The reference results an import replaced, before and after. */
    private static final AuditLog.ChangedRows REPLACED = AuditLog.ChangedRows.of("""
            select 'reference_result' as entity_type, r.id::text as entity_id, null::bigint as area_id,
                   to_jsonb(b) as before, to_jsonb(r) as after
            from reference_before b join achievement.reference_result r on r.id = b.id
            where r.updated_at <> b.updated_at""");

    private final ResultRows checks;
    private final ReferenceScopes referenceScopes;
    private final BulkCopy copy;
    private final JdbcClient jdbc;

    ReferenceMeansFile(ResultRows checks, ReferenceScopes referenceScopes, BulkCopy copy, JdbcClient jdbc) {
        super(
                "REFERENCE",
                List.of("academic_year", "exam", "grade", "scope", "subject", "examinees", "mean", "sd"),
                5,
                "subject");
        this.checks = checks;
        this.referenceScopes = referenceScopes;
        this.copy = copy;
        this.jdbc = jdbc;
    }

    @Override
    Rows rows(TabularFile file, KhetUser user) {
        Exams.Catalogue catalogue = checks.catalogue();
        ReferenceScopes.Allowed scopes = referenceScopes.of(user);
        return (row, errors) -> {
            int before = errors.count();
            ResultRows.Sitting s = ResultRows.sitting(row, catalogue, errors);
            String scope = scope(row, scopes, errors);
            Integer examinees = Cells.integer(row, "examinees", 0, 10_000_000, false, errors);
            BigDecimal mean = Cells.decimal(row, "mean", 0, 100, true, errors);
            BigDecimal sd = Cells.decimal(row, "sd", 0, 100, false, errors);
            if (errors.count() > before) {
                return null;
            }
            return Arrays.asList(s.year(), s.exam(), s.grade(), scope, s.subject(), examinees, mean, sd);
        };
    }

    private static String scope(TabularFile.Row row, ReferenceScopes.Allowed scopes, ImportErrors errors) {
        String scope = row.get("scope").strip();
        if (!References.isScope(scope)) {
            errors.add(row.number(), "scope", Texts.of("achievement.import.scope", scope));
        } else if (!scopes.includes(scope)) {
            errors.add(row.number(), "scope", Texts.of("achievement.import.notYourScope", scope));
        }
        return scope;
    }

    @Override
    ResultImport.Report merge(List<List<Object>> staged) {
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
                select count(*) as replaced from reference_before b join achievement.reference_result r on r.id = b.id
                where r.updated_at <> b.updated_at""").query((rs, n) -> rs.getInt("replaced")).single();
        int created = changed - replaced;
        return new ResultImport.Report(name, staged.size(), created, replaced, staged.size() - changed, staged.size());
    }

    @Override
    AuditLog.ChangedRows replaced() {
        return REPLACED;
    }
}
