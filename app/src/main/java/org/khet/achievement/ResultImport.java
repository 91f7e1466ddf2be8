package org.khet.achievement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khet.platform.AuditLog;
import org.khet.platform.ImportErrors;
import org.khet.platform.ImportSlots;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.TabularFile;
import org.khet.shared.ForbiddenException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports exam results from CSV or Excel. The columns tell the kind of file: school-level means
 * ({@link SchoolResultsFile}), student scores which Khet aggregates per school ({@link StudentScoresFile}) or reference
 * means with a {@code scope} column ({@link ReferenceMeansFile}). Every row is checked first and any bad row rejects
 * the whole file; a good file is staged with COPY and merged in set-based statements. A result already stored for the
 * same key is replaced; the import is audited as one event holding each replacement with its before and after.
 */
@Component
public class ResultImport {

    /** What an import did. Rows replaced differ from what was stored; rows unchanged were stored as they are. */
    public record Report(String kind, int rows, int created, int replaced, int unchanged, int schoolResults) {}

    private final SchoolResultsFile schoolResults;
    private final StudentScoresFile studentScores;
    private final ReferenceMeansFile referenceMeans;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ImportSlots slots;
    private final TransactionTemplate transaction;

    ResultImport(
            SchoolResultsFile schoolResults,
            StudentScoresFile studentScores,
            ReferenceMeansFile referenceMeans,
            JdbcClient jdbc,
            AuditLog audit,
            ImportSlots slots,
            PlatformTransactionManager transactions) {
        this.schoolResults = schoolResults;
        this.studentScores = studentScores;
        this.referenceMeans = referenceMeans;
        this.jdbc = jdbc;
        this.audit = audit;
        this.slots = slots;
        this.transaction = new TransactionTemplate(transactions);
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

    /** The kind of a file, told by its columns. */
    private ResultFile kindOf(TabularFile file) {
        if (file.has("student_ref")) {
            return studentScores;
        }
        return file.has("scope") ? referenceMeans : schoolResults;
    }

    private Report importing(TabularFile file, KhetUser user) {
        ResultFile kind = kindOf(file);
        ImportErrors errors = new ImportErrors();
        errors.requireColumns(file, kind.columns);
        ResultFile.Rows rows = kind.rows(file, user);
        List<List<Object>> staged = new ArrayList<>(file.rows().size());
        List<Integer> stagedRows = new ArrayList<>(file.rows().size());
        Set<String> keys = new HashSet<>();
        for (TabularFile.Row row : file.rows()) {
            List<Object> line = rows.stage(row, errors);
            if (line == null) {
                continue;
            }
            if (!keys.add(line.subList(0, kind.keyColumns).toString())) {
                kind.repeated(row.number(), errors);
            }
            staged.add(line);
            stagedRows.add(row.number());
        }
        kind.checkAgainstStored(staged, stagedRows, errors);
        errors.throwIfAny();
        // Staging tables go at commit; a caller that imports several files in one transaction reuses the names.
        jdbc.sql("drop table if exists result_stage, score_stage, result_incoming, result_before, reference_stage, "
                        + "reference_before")
                .update();
        Report report = kind.merge(staged);
        audit.imported(
                new AuditLog.Import(
                        null,
                        user,
                        "IMPORT",
                        "exam_result",
                        kind.name + ": rows " + report.rows() + ", created " + report.created() + ", replaced "
                                + report.replaced() + ", unchanged " + report.unchanged()),
                kind.replaced());
        return report;
    }
}
