package org.khet.registry;

import java.util.List;
import org.khet.platform.BulkCopy;
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
 * The steps every registry import takes: wait for an import slot and read the file, then in one transaction check
 * every row and stop with all the errors if any, stage the good rows with COPY, check them against the database,
 * and merge. The slot and the reading come before the transaction so that a queued or parsing import holds no
 * pooled connection.
 */
@Component
class RegistryImport {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RegistryImport.class);

    /** What differs between imports: the columns, how rows are checked and staged, and how they are merged. */
    record Kind(List<String> required, String stageTable, List<String> stageColumns, Stager stager, Merge merge) {}

    /** Checks every row of a file, noting errors, and returns the good rows in the stage table's column order. */
    @FunctionalInterface
    interface Stager {
        List<List<Object>> stage(TabularFile file, ImportScope scope, ImportErrors errors);
    }

    /** The set-based half of an import. */
    interface Merge {
        void createStage();

        void check(ImportErrors errors);

        ImportReport apply(int rows, KhetUser user);
    }

    private final Areas areas;
    private final BulkCopy copy;
    private final JdbcClient jdbc;
    private final ImportSlots slots;
    private final TransactionTemplate transaction;

    RegistryImport(
            Areas areas, BulkCopy copy, JdbcClient jdbc, ImportSlots slots, PlatformTransactionManager transactions) {
        this.areas = areas;
        this.copy = copy;
        this.jdbc = jdbc;
        this.slots = slots;
        this.transaction = new TransactionTemplate(transactions);
    }

    ImportReport run(Kind kind, byte[] content, KhetUser user) {
        boolean mayImport = user.isAdmin()
                || user.grants().stream().anyMatch(g -> g.role() == Role.AREA_DIRECTOR || g.role() == Role.AREA_STAFF);
        if (!mayImport) {
            throw new ForbiddenException("import");
        }
        return slots.run(() -> {
            long start = System.nanoTime();
            TabularFile file = TabularFile.read(content);
            return transaction.execute(status -> importing(kind, file, user, start));
        });
    }

    private ImportReport importing(Kind kind, TabularFile file, KhetUser user, long start) {
        ImportErrors errors = new ImportErrors();
        errors.requireColumns(file, kind.required());
        List<List<Object>> staged = kind.stager().stage(file, new ImportScope(areas, user), errors);
        errors.throwIfAny();
        long checked = System.nanoTime();
        kind.merge().createStage();
        copy.into(kind.stageTable(), kind.stageColumns(), staged);
        // Without statistics the planner takes a small staging table for a large one and scans the whole
        // registry to join it; with them it looks rows up by index.
        jdbc.sql("analyze " + kind.stageTable()).update();
        kind.merge().check(errors);
        errors.throwIfAny();
        long stagedAt = System.nanoTime();
        ImportReport report = kind.merge().apply(staged.size(), user);
        log.debug(
                "{}: {} rows read and checked in {} ms, staged in {} ms, merged in {} ms",
                kind.stageTable(),
                staged.size(),
                (checked - start) / 1_000_000,
                (stagedAt - checked) / 1_000_000,
                (System.nanoTime() - stagedAt) / 1_000_000);
        return report;
    }
}
