package org.khet.registry;

import java.util.Map;
import org.khet.platform.ImportErrors;
import org.khet.platform.TabularFile;
import org.khet.platform.Texts;

/** Reads a school's status from an imported row: Thai or English words for open, closed or merged. */
final class SchoolStatuses {

    private static final Map<String, String> STATUSES = Map.of(
            "open", "OPEN", "เปิด", "OPEN", "closed", "CLOSED", "ปิด", "CLOSED", "merged", "MERGED", "ควบรวม", "MERGED",
            "ยุบรวม", "MERGED");

    private SchoolStatuses() {}

    static String read(TabularFile.Row row, ImportErrors errors) {
        String v = row.get("status");
        if (v.isEmpty()) {
            return null;
        }
        String status = STATUSES.get(v.toLowerCase());
        if (status == null) {
            errors.add(row.number(), "status", Texts.of("registry.import.status"));
        } else if (status.equals("MERGED")) {
            errors.add(row.number(), "status", Texts.of("registry.import.merger"));
        }
        return status;
    }
}
