package org.khet.personnel;

import java.math.BigDecimal;
import java.util.Map;
import org.khet.notifications.Message;
import org.khet.notifications.Notifications;
import org.khet.personnel.common.Decisions;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a travel request after filing: the approver approves or refuses it with a reason (the person is
 * told); after the trip — from its last day — the person reports what was done and what it cost. Each step audited.
 */
@Component
class TravelDecisions {

    private final JdbcClient jdbc;
    private final TravelRequests requests;
    private final LeaveRules rules;
    private final AuditLog audit;
    private final Notifications notifications;
    private final String publicUrl;
    private final Decisions.Decided decided;

    TravelDecisions(
            JdbcClient jdbc,
            TravelRequests requests,
            LeaveRules rules,
            AuditLog audit,
            Notifications notifications,
            @Value("${khet.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.rules = rules;
        this.audit = audit;
        this.notifications = notifications;
        this.publicUrl = publicUrl;
        this.decided = new Decisions.Decided(jdbc, audit, "personnel.travel_request", "decision_reason");
    }

    @Transactional
    void approve(long id, KhetUser by) {
        decide(decidable(id, by), "APPROVED", null, by);
    }

    @Transactional
    void refuse(long id, String reason, KhetUser by) {
        TravelRequest r = decidable(id, by);
        String why = Decisions.reason(reason, "personnel.travel.refuseReason");
        decide(r, "REFUSED", why, by);
    }

    /** The report after the trip: what was done and the actual cost; once, from the trip's last day. */
    @Transactional
    void report(long id, String done, BigDecimal actualCost, KhetUser by) {
        TravelRequest r = requests.locked(id);
        if (!requests.isApplicant(by, r)) {
            throw new ForbiddenException("report another's trip");
        }
        if (!r.reportableOn(rules.today())) {
            throw RejectedException.of(
                    "report",
                    Texts.of(r.reported() ? "personnel.travel.reportedAlready" : "personnel.travel.reportTooEarly"));
        }
        String text = done == null ? "" : done.strip();
        if (text.isEmpty() || text.length() > 4000) {
            throw RejectedException.of("report", Texts.of("personnel.travel.reportText"));
        }
        if (actualCost != null && actualCost.signum() < 0) {
            throw RejectedException.of("actualCost", Texts.of("personnel.travel.negativeCost"));
        }
        jdbc.sql("update personnel.travel_request set report = :t, actual_cost = :c, reported_at = now(),"
                        + " version = version + 1 where id = :id")
                .param("t", text)
                .param("c", actualCost)
                .param("id", id)
                .update();
        audit.changed(
                r.areaId(),
                "REPORT",
                "travel_request",
                id,
                null,
                Map.of("actual_cost", actualCost == null ? "" : actualCost.toPlainString()));
    }

    private TravelRequest decidable(long id, KhetUser by) {
        TravelRequest r = requests.locked(id);
        if (!requests.mayApprove(by, r)) {
            throw new ForbiddenException("decide travel");
        }
        if (!r.waiting()) {
            throw RejectedException.of("status", Texts.of("personnel.travel.alreadyDecided"));
        }
        return r;
    }

    private void decide(TravelRequest r, String to, String reason, KhetUser by) {
        decided.write(r.id(), r.areaId(), r.status(), to, reason, by);
        notifications.toPerson(
                r.filedBy(),
                Message.of(
                        "personnel",
                        "travel request " + r.id(),
                        "personnel.travel.notice." + to,
                        r.place(),
                        r.firstDay().toString(),
                        publicUrl + TravelPages.PATH + "/" + r.id()));
    }
}
