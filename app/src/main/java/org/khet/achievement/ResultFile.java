package org.khet.achievement;

import java.util.List;
import org.khet.platform.AuditLog;
import org.khet.platform.ImportErrors;
import org.khet.platform.KhetUser;
import org.khet.platform.TabularFile;

/**
 * One kind of results file: the columns it must have, how each of its rows is checked and staged, and how the staged
 * rows are merged into what is stored. {@link ResultImport} picks the kind from the columns and does the rest.
 */
interface ResultFile {

    /** The kind's name in reports and the audit: SCHOOL, STUDENT or REFERENCE. */
    String kind();

    List<String> columns();

    /**
     * Prepares the lookups a file's rows need (its schools, the scopes the user may import) and answers the check of
     * one row, which gives the row's staged values, key columns first, or null when the row is bad.
     */
    Rows rows(TabularFile file, KhetUser user);

    /** How many staged values, from the first, make the key a file must not repeat. */
    int keyColumns();

    /** Reports a row whose key an earlier row of the file already has. */
    void repeated(int row, ImportErrors errors);

    /** Checks the staged rows against what is stored, once all rows are checked one by one. */
    default void checkAgainstStored(List<List<Object>> staged, List<Integer> rowNumbers, ImportErrors errors) {}

    /** Merges the staged rows; the staging tables it makes are dropped at commit. */
    ResultImport.Report merge(List<List<Object>> staged);

    /** What the merge replaced, before and after, for the import's audit event. */
    AuditLog.ChangedRows replaced();

    /** Checks and stages one row of a file. */
    @FunctionalInterface
    interface Rows {
        List<Object> stage(TabularFile.Row row, ImportErrors errors);
    }
}
