package org.khet.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.shared.ConflictException;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps a case takes (received → screened → assigned or forwarded → investigating → resolved → closed, reopened
 * when needed), who may take each, and what each records: a note for the complainant, one for the office, its new
 * deadline; the complainant and the officer are told after it commits.
 */
@Component
class CaseSteps {

    /** What each step may follow. */
    static final Map<String, Set<String>> NEXT = Map.of(
            "RECEIVED", Set.of("ACCEPTED", "NOT_OURS"),
            "ACCEPTED", Set.of("ASSIGNED", "FORWARDED"),
            "REOPENED", Set.of("ASSIGNED", "FORWARDED"),
            "ASSIGNED", Set.of("INVESTIGATING"),
            "INVESTIGATING", Set.of("RESOLVED"),
            "RESOLVED", Set.of("CLOSED"),
            "NOT_OURS", Set.of("CLOSED"),
            "FORWARDED", Set.of("CLOSED"),
            "CLOSED", Set.of("REOPENED"));

    private final Cases cases;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Deadlines deadlines;
    private final Clock clock;
    private final Assignees assignees;
    private final ApplicationEventPublisher events;

    CaseSteps(
            Cases cases,
            JdbcClient jdbc,
            AuditLog audit,
            Deadlines deadlines,
            Clock clock,
            Assignees assignees,
            ApplicationEventPublisher events) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.audit = audit;
        this.deadlines = deadlines;
        this.clock = clock;
        this.assignees = assignees;
        this.events = events;
    }

    /** The centre takes every step; the officer in charge starts looking into a case and answers it. */
    static boolean mayTake(KhetUser user, Cases.Case c, String to) {
        boolean officerStep = to.equals("INVESTIGATING") || to.equals("RESOLVED");
        boolean mine = c.officerId() != null && c.officerId() == user.id();
        return Cases.runsCentre(user, c.areaId()) || (officerStep && mine);
    }

    /** What a step carries, as the case page's form sends it: notes, and for some steps a unit and officer, an agency, or an outcome. */
    record Move(
            String to,
            String publicNote,
            String internalNote,
            Long unitId,
            Long officerId,
            String forwardedTo,
            String forwardedRef,
            LocalDate forwardedOn,
            String outcome) {}

    @Transactional
    void move(long id, Move m, KhetUser by) {
        Cases.Case c = cases.read(id, by);
        String to = m.to();
        if (!NEXT.getOrDefault(c.status(), Set.of()).contains(to)) {
            throw RejectedException.of(
                    "to",
                    "เรื่องนี้อยู่ในขั้น " + c.status() + " จึงไปขั้น " + to + " ไม่ได้",
                    "A case at " + c.status() + " cannot go to " + to);
        }
        if (!mayTake(by, c, to)) {
            throw new ForbiddenException("move the complaint to " + to);
        }
        String publicNote = blankToNull(m.publicNote());
        if (to.equals("NOT_OURS") && publicNote == null) {
            throw RejectedException.of(
                    "publicNote",
                    "บอกผู้แจ้งว่าทำไมไม่ใช่เรื่องของเขต และควรติดต่อหน่วยงานใด",
                    "Tell the complainant why it is not the office's and where to go");
        }
        if (to.equals("ASSIGNED")) {
            assignees.check(c, m.unitId(), m.officerId());
        }
        if (to.equals("FORWARDED") && (blankToNull(m.forwardedTo()) == null || m.forwardedOn() == null)) {
            throw RejectedException.of(
                    "forwardedTo", "ระบุหน่วยงานและวันที่ส่งต่อ", "Give the agency and the date it was forwarded");
        }
        if (to.equals("RESOLVED") && blankToNull(m.outcome()) == null) {
            throw RejectedException.of("outcome", "ระบุผลการดำเนินการ", "Give the outcome");
        }
        int changed = jdbc.sql("""
                        update complaints.complaint set status = :to, version = version + 1, due_on = :due, escalation = 0,
                               unit_id = coalesce(:unit, unit_id), officer_id = coalesce(:officer, officer_id),
                               forwarded_to = coalesce(:fwd, forwarded_to), forwarded_ref = coalesce(:ref, forwarded_ref),
                               forwarded_on = coalesce(:fwdOn, forwarded_on), outcome = coalesce(:outcome, outcome)
                        where id = :id and status = :from""")
                .param("to", to)
                .param(
                        "due",
                        deadlines
                                .due(c.areaId(), c.category(), to, LocalDate.now(clock))
                                .orElse(null))
                .param("unit", to.equals("ASSIGNED") ? m.unitId() : null)
                .param("officer", to.equals("ASSIGNED") ? m.officerId() : null)
                .param("fwd", to.equals("FORWARDED") ? blankToNull(m.forwardedTo()) : null)
                .param("ref", to.equals("FORWARDED") ? blankToNull(m.forwardedRef()) : null)
                .param("fwdOn", to.equals("FORWARDED") ? m.forwardedOn() : null)
                .param("outcome", to.equals("RESOLVED") ? blankToNull(m.outcome()) : null)
                .param("id", id)
                .param("from", c.status())
                .update();
        if (changed == 0) {
            throw new ConflictException();
        }
        // The complainant reads the outcome of a resolved case and the agency a case went to.
        String note = to.equals("RESOLVED")
                ? blankToNull(m.outcome())
                : to.equals("FORWARDED") && publicNote == null ? blankToNull(m.forwardedTo()) : publicNote;
        jdbc.sql("""
                        insert into complaints.complaint_step (complaint_id, step, public_note, internal_note, user_id)
                        values (:id, :to, :pub, :internal, :user)""")
                .param("id", id)
                .param("to", to)
                .param("pub", note)
                .param("internal", blankToNull(m.internalNote()))
                .param("user", by.id())
                .update();
        audit.changed(c.areaId(), "STEP", "complaint", id, Map.of("status", c.status()), Map.of("status", to));
        events.publishEvent(new CaseStepped(id, to));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
