package org.khet.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rapid mobile unit dispatches (หน่วยปฏิบัติการเคลื่อนที่เร็ว): the centre sends a team to a place on a day for a
 * case, and the team's report is written when it comes back ({@link ComplaintCase#dispatch} and {@link
 * ComplaintCase#reportDispatch} say who may and when); this keeps the teams and their reports. The complainant's status
 * page shows the day a team went out and that it reported, never the team or the report.
 */
@Component
class Dispatches {

    /** A dispatch as the case page shows it. */
    record Dispatch(long id, String team, LocalDate onDay, String place, String report, Instant reportedAt) {

        public String day(String language) {
            return Shown.day(onDay, language);
        }
    }

    private final ComplaintCases repository;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Dispatches(ComplaintCases repository, JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    List<Dispatch> of(long caseId) {
        return jdbc.sql("""
                        select id, team, on_day, place, report, reported_at from complaints.complaint_dispatch
                        where complaint_id = :c order by on_day, id""")
                .param("c", caseId)
                .query((rs, n) -> new Dispatch(
                        rs.getLong("id"),
                        rs.getString("team"),
                        rs.getObject("on_day", LocalDate.class),
                        rs.getString("place"),
                        rs.getString("report"),
                        instant(rs.getTimestamp("reported_at"))))
                .list();
    }

    /** The centre sends a team ({@link ComplaintCase#dispatch} holds the rules). */
    @Transactional
    void send(long caseId, ComplaintCase.Team team, KhetUser by) {
        ComplaintCase c = repository.load(caseId, by);
        CaseEvent.Dispatched event = c.dispatch(team, by);
        long id = jdbc.sql("""
                        insert into complaints.complaint_dispatch (complaint_id, team, on_day, place, created_by)
                        values (:c, :team, :day, :place, :by) returning id""")
                .param("c", caseId)
                .param("team", team.members().strip())
                .param("day", team.onDay())
                .param("place", team.place().strip())
                .param("by", by.id())
                .query(Long.class)
                .single();
        // The complainant's status page shows the day, in their language ({@code complaints.stepDay.DISPATCHED}).
        repository.note(c);
        audit.changed(
                c.areaId(), "CREATE", "complaint_dispatch", id, null, Map.of("complaint", caseId, "day", team.onDay()));
        events.publishEvent(event);
    }

    /** The team's report ({@link ComplaintCase#reportDispatch} says who writes it); written once. */
    @Transactional
    void report(long caseId, long dispatchId, String report, KhetUser by) {
        ComplaintCase c = repository.load(caseId, by);
        CaseEvent.DispatchReported event = c.reportDispatch(dispatchId, report, by);
        int changed = jdbc.sql("""
                        update complaints.complaint_dispatch set report = :r, reported_at = now()
                        where id = :d and complaint_id = :c and report is null""")
                .param("r", report.strip())
                .param("d", dispatchId)
                .param("c", caseId)
                .update();
        if (changed == 0) {
            throw new NotFoundException("dispatch");
        }
        repository.note(c);
        audit.changed(c.areaId(), "UPDATE", "complaint_dispatch", dispatchId, null, Map.of("reported", true));
        events.publishEvent(event);
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
