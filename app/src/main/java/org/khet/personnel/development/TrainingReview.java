package org.khet.personnel.development;

import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verifier's step on a waiting record: verified (its hours count from then on) or returned with a reason for
 * the person to correct. Only the director of the person's school or the personnel group, never the person. Audited.
 */
@Component
public class TrainingReview {

    private final JdbcClient jdbc;
    private final TrainingRecords records;
    private final DevelopmentAccess access;
    private final AuditLog audit;
    private final TrainingNotices notices;

    TrainingReview(
            JdbcClient jdbc,
            TrainingRecords records,
            DevelopmentAccess access,
            AuditLog audit,
            TrainingNotices notices) {
        this.jdbc = jdbc;
        this.records = records;
        this.access = access;
        this.audit = audit;
        this.notices = notices;
    }

    @Transactional
    public void verify(long id, KhetUser by) {
        decide(waiting(id, by), "VERIFIED", null, by);
    }

    @Transactional
    public void giveBack(long id, String reason, KhetUser by) {
        TrainingRecord r = waiting(id, by);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 1000) {
            throw RejectedException.of("reason", Texts.of("personnel.development.returnReason"));
        }
        decide(r, "RETURNED", why, by);
    }

    private TrainingRecord waiting(long id, KhetUser by) {
        TrainingRecord r = records.locked(id);
        if (!access.mayVerify(by, r)) {
            throw new ForbiddenException("verify training record");
        }
        if (!r.pending()) {
            throw RejectedException.of("status", Texts.of("personnel.development.notWaiting"));
        }
        return r;
    }

    private void decide(TrainingRecord r, String to, String reason, KhetUser by) {
        jdbc.sql("""
                        update personnel.training_record set status = :to, decided_by = :by, decided_at = now(),
                            return_reason = :reason, version = version + 1
                        where id = :id""")
                .param("to", to)
                .param("by", by.id())
                .param("reason", reason)
                .param("id", r.id())
                .update();
        audit.changedBy(
                by,
                r.areaId(),
                "DECIDE",
                "training_record",
                r.id(),
                Map.of("status", r.status()),
                reason == null ? Map.of("status", to) : Map.of("status", to, "reason", reason));
        notices.decided(r, to);
    }
}
