package org.khet.achievement;

import java.util.List;
import org.khet.platform.AuditLog;
import org.khet.platform.ImportErrors;
import org.khet.platform.KhetUser;
import org.khet.platform.TabularFile;
import org.khet.platform.Texts;

/**
 * One kind of results file: the columns it must have, how each of its rows is checked and staged, and how the staged
 * rows are merged into what is stored. {@link ResultImport} picks the kind from the columns and does the rest.
 */
abstract class ResultFile {

    /** The kind's name in reports and the audit: SCHOOL, STUDENT or REFERENCE. */
    final String name;

    final List<String> columns;

    /** How many staged values, from the first, make the key a file must not repeat. */
    final int keyColumns;

    /** The column reported on a row repeating an earlier row's key. */
    private final String keyColumn;

    ResultFile(String name, List<String> columns, int keyColumns, String keyColumn) {
        this.name = name;
        this.columns = columns;
        this.keyColumns = keyColumns;
        this.keyColumn = keyColumn;
    }

    /**
     * Prepares the lookups a file's rows need (its schools, the scopes the user may import) and answers the check of
     * one row, which gives the row's staged values, key columns first, or null when the row is bad.
     */
    abstract Rows rows(TabularFile file, KhetUser user);

    /** Reports a row whose key an earlier row of the file already has, in words naming this kind's key. */
    final void repeated(int row, ImportErrors errors) {
        errors.add(row, keyColumn, Texts.of("achievement.import.repeated." + name));
    }

    /** Checks the staged rows against what is stored, once all rows are checked one by one. */
    void checkAgainstStored(List<List<Object>> staged, List<Integer> rowNumbers, ImportErrors errors) {}

    /** Merges the staged rows; the staging tables it makes are dropped at commit. */
    abstract ResultImport.Report merge(List<List<Object>> staged);

    /** What the merge replaced, before and after, for the import's audit event. */
    abstract AuditLog.ChangedRows replaced();

    /** Checks and stages one row of a file. */
    @FunctionalInterface
    interface Rows {
        List<Object> stage(TabularFile.Row row, ImportErrors errors);
    }
}
