package org.khet.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.shared.Bilingual;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.khet.shared.RequiredText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rapid mobile unit dispatches (หน่วยปฏิบัติการเคลื่อนที่เร็ว): the centre sends a team to a place on a day for a
 * case, and the team's report is written when it comes back. The complainant's status page shows the day a team
 * went out and that it reported, never the team or the report.
 */
@Component
class Dispatches {

    /** The journal's steps of a dispatch: a team went out (on its day), the team reported. */
    static final String DISPATCHED = "DISPATCHED";

    static final String REPORTED = "DISPATCH_REPORTED";

    /** A dispatch as the case page shows it. */
    record Dispatch(long id, String team, LocalDate onDay, String place, String report, Instant reportedAt) {

        public String day(String language) {
            return Shown.day(onDay, language);
        }
    }

    private final Cases cases;
    private final ComplaintCases journal;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    Dispatches(Cases cases, ComplaintCases journal, JdbcClient jdbc, AuditLog audit) {
        this.cases = cases;
        this.journal = journal;
        this.jdbc = jdbc;
        this.audit = audit;
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

    /** The centre sends a team; a closed case takes none. */
    @Transactional
    void send(long caseId, String team, LocalDate onDay, String place, KhetUser by) {
        Cases.Case c = cases.read(caseId, by);
        if (!Cases.runsCentre(by, c.areaId())) {
            throw new ForbiddenException("dispatch a mobile unit");
        }
        List<FieldError> errors = new ArrayList<>();
        if (!c.open()) {
            errors.add(FieldError.of("team", "เรื่องนี้ยุติแล้ว", "The case is closed"));
        }
        String t = RequiredText.of(team, "team", 500, "รายชื่อทีม", "The team", errors);
        String p = RequiredText.of(place, "place", 300, "สถานที่", "The place", errors);
        if (onDay == null) {
            errors.add(FieldError.of("onDay", "ระบุวันที่ลงพื้นที่", "Give the day the team goes"));
        }
        if (!errors.isEmpty()) {
            throw new RejectedException(Bilingual.of("ยังส่งหน่วยไม่ได้", "The team was not sent"), errors);
        }
        long id = jdbc.sql("""
                        insert into complaints.complaint_dispatch (complaint_id, team, on_day, place, created_by)
                        values (:c, :team, :day, :place, :by) returning id""")
                .param("c", caseId)
                .param("team", t)
                .param("day", onDay)
                .param("place", p)
                .param("by", by.id())
                .query(Long.class)
                .single();
        // The complainant's status page shows the day, in their language ({@code complaints.stepDay.DISPATCHED}).
        journal.record(caseId, new ComplaintCase.Entry(DISPATCHED, null, null, by.id(), onDay, null));
        audit.changed(c.areaId(), "CREATE", "complaint_dispatch", id, null, Map.of("complaint", caseId, "day", onDay));
    }

    /** The team's report, by the centre or the officer in charge; written once. */
    @Transactional
    void report(long caseId, long dispatchId, String report, KhetUser by) {
        Cases.Case c = cases.read(caseId, by);
        boolean mine = c.officerId() != null && c.officerId() == by.id();
        if (!Cases.runsCentre(by, c.areaId()) && !mine) {
            throw new ForbiddenException("report a dispatch");
        }
        List<FieldError> errors = new ArrayList<>();
        String r = RequiredText.of(report, "report", 10_000, "รายงานผล", "The report", errors);
        if (!errors.isEmpty()) {
            throw new RejectedException(Bilingual.of("ยังบันทึกรายงานไม่ได้", "The report was not saved"), errors);
        }
        int changed = jdbc.sql("""
                        update complaints.complaint_dispatch set report = :r, reported_at = now()
                        where id = :d and complaint_id = :c and report is null""")
                .param("r", r)
                .param("d", dispatchId)
                .param("c", caseId)
                .update();
        if (changed == 0) {
            throw new NotFoundException("dispatch");
        }
        journal.record(caseId, new ComplaintCase.Entry(REPORTED, null, null, by.id(), null, null));
        audit.changed(c.areaId(), "UPDATE", "complaint_dispatch", dispatchId, null, Map.of("reported", true));
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
