package org.khet.personnel.common;

import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an approver's decision on a waiting request (leave, travel) or a verifier's on a training record share: the
 * reason a refusal or a return must give, what the audit log keeps of the outcome, and (for a row decided once, as a
 * trip or a training record is) writing it. Who may decide and what the outcome does next stay with each kind, as
 * their rules differ: a leave's cancellation goes back to its approver.
 */
public final class Decisions {

    /** The most characters a reason may have: a paragraph, not a letter. */
    private static final int MOST = 1000;

    private Decisions() {}

    /** {@code reason} stripped; refused with the text {@code missingKey} when it is blank or too long. */
    public static String reason(String reason, String missingKey) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MOST) {
            throw RejectedException.of("reason", Texts.of(missingKey));
        }
        return why;
    }

    /** The audit log's record of a decision: the status it leads {@code to}, and the reason where one was given. */
    public static Map<String, String> outcome(String to, String reason) {
        return reason == null ? Map.of("status", to) : Map.of("status", to, "reason", reason);
    }

    /**
     * A table of rows decided once: its {@code status}, {@code decided_by}, {@code decided_at}, {@code version} and
     * {@code reasonColumn} (the reason of a refusal or a return) are written by {@link #write}.
     */
    public static final class Decided {

        private final JdbcClient jdbc;
        private final AuditLog audit;
        private final String table;
        private final String reasonColumn;

        public Decided(JdbcClient jdbc, AuditLog audit, String table, String reasonColumn) {
            this.jdbc = jdbc;
            this.audit = audit;
            this.table = table;
            this.reasonColumn = reasonColumn;
        }

        /** Moves the row {@code id} from {@code from} to {@code to} with {@code reason}; audited as DECIDE by {@code by}. */
        public void write(long id, Long areaId, String from, String to, String reason, KhetUser by) {
            jdbc.sql("update " + table + " set status = :to, decided_by = :by, decided_at = now(), " + reasonColumn
                            + " = :reason, version = version + 1 where id = :id")
                    .param("to", to)
                    .param("by", by.id())
                    .param("reason", reason)
                    .param("id", id)
                    .update();
            audit.changedBy(
                    by,
                    areaId,
                    "DECIDE",
                    table.substring(table.indexOf('.') + 1),
                    id,
                    Map.of("status", from),
                    outcome(to, reason));
        }
    }
}
