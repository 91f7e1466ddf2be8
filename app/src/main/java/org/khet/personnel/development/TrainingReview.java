package org.khet.personnel.development;

import org.khet.personnel.common.Decisions;
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

    private final TrainingRecords records;
    private final DevelopmentAccess access;
    private final TrainingNotices notices;
    private final Decisions.Decided decided;

    TrainingReview(
            JdbcClient jdbc,
            TrainingRecords records,
            DevelopmentAccess access,
            AuditLog audit,
            TrainingNotices notices) {
        this.records = records;
        this.access = access;
        this.notices = notices;
        this.decided = new Decisions.Decided(jdbc, audit, "personnel.training_record", "return_reason");
    }

    @Transactional
    public void verify(long id, KhetUser by) {
        decide(waiting(id, by), "VERIFIED", null, by);
    }

    @Transactional
    public void giveBack(long id, String reason, KhetUser by) {
        TrainingRecord r = waiting(id, by);
        String why = Decisions.reason(reason, "personnel.development.returnReason");
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
        decided.write(r.id(), r.areaId(), r.status(), to, reason, by);
        notices.decided(r, to);
    }
}
