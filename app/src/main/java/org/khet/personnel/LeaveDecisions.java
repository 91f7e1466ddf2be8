package org.khet.personnel;

import java.util.Map;
import org.khet.personnel.common.Decisions;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a request after filing: the approver approves it or refuses it with a reason; the person cancels
 * it — at once while it waits, or by asking the approver once approved, who confirms. Each step is audited, and
 * a decision ({@link LeaveDecided}) is published.
 */
@Component
class LeaveDecisions {

    private final JdbcClient jdbc;
    private final LeaveRequests requests;
    private final LeaveAccess access;
    private final LeaveRouting routing;
    private final LeaveAttachments attachments;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    LeaveDecisions(
            JdbcClient jdbc,
            LeaveRequests requests,
            LeaveAccess access,
            LeaveRouting routing,
            LeaveAttachments attachments,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.access = access;
        this.routing = routing;
        this.attachments = attachments;
        this.audit = audit;
        this.events = events;
    }

    /** Approves a waiting request, or confirms the cancellation the person asked for. */
    @Transactional
    void approve(long id, KhetUser by) {
        LeaveRequest r = decidable(id, by);
        attachments.checkApprovable(r);
        String outcome = "CANCEL_REQUESTED".equals(r.status()) ? "CANCELLED" : "APPROVED";
        decide(r, outcome, null, by);
    }

    /** Refuses a waiting request (or a cancellation, which leaves the leave approved) with a reason. */
    @Transactional
    void refuse(long id, String reason, KhetUser by) {
        LeaveRequest r = decidable(id, by);
        String why = Decisions.reason(reason, "personnel.leave.refuseReason");
        decide(r, "CANCEL_REQUESTED".equals(r.status()) ? "APPROVED" : "REFUSED", why, by);
    }

    /** The person cancels: a waiting request at once; an approved one goes back to the approver to confirm. */
    @Transactional
    void cancel(long id, KhetUser by) {
        LeaveRequest r = requests.locked(id);
        if (!access.isApplicant(by, r)) {
            throw new ForbiddenException("cancel another's leave");
        }
        if (!r.cancellable()) {
            throw RejectedException.of("status", Texts.of("personnel.leave.notCancellable"));
        }
        String to = "PENDING".equals(r.status()) ? "CANCELLED" : "CANCEL_REQUESTED";
        update(r, to, null, null);
        audit.changed(
                r.areaId(), "CANCEL", "leave_request", r.id(), Map.of("status", r.status()), Map.of("status", to));
        if ("CANCEL_REQUESTED".equals(to)) {
            routing.tellApprovers(r, "personnel.leave.notice.cancel");
        }
    }

    private LeaveRequest decidable(long id, KhetUser by) {
        LeaveRequest r = requests.locked(id);
        if (!access.mayApprove(by, r)) {
            throw new ForbiddenException("decide leave");
        }
        if (!r.waiting()) {
            throw RejectedException.of("status", Texts.of("personnel.leave.alreadyDecided"));
        }
        return r;
    }

    private void decide(LeaveRequest r, String to, String reason, KhetUser by) {
        update(r, to, reason, by.id());
        audit.changed(
                r.areaId(),
                "DECIDE",
                "leave_request",
                r.id(),
                Map.of("status", r.status()),
                Decisions.outcome(to, reason));
        // Back to APPROVED (a refused cancellation) is not a new decision on the leave.
        if (!"APPROVED".equals(to) || "PENDING".equals(r.status())) {
            events.publishEvent(r.decided(to, by.id()));
        }
    }

    private void update(LeaveRequest r, String to, String reason, Long by) {
        jdbc.sql("""
                        update personnel.leave_request set status = :to, version = version + 1,
                            decided_by = coalesce(cast(:by as bigint), decided_by),
                            decided_at = case when cast(:by as bigint) is null then decided_at
                            else now() end, decision_reason = coalesce(cast(:reason as text), decision_reason)
                        where id = :id""")
                .param("to", to)
                .param("by", by)
                .param("reason", reason)
                .param("id", r.id())
                .update();
    }
}
