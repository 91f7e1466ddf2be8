package org.khet.complaints;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.khet.platform.KhetUser;
import org.khet.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads and saves {@link ComplaintCase}s: a case is loaded as its reader sees it ({@link Cases#read}, which refuses
 * whoever may not read it) at the version its reader saw, saved whole with the step it took written to its journal, and
 * refused as a conflict when someone changed it since that version.
 */
@Component
class ComplaintCases {

    private final Cases cases;
    private final JdbcClient jdbc;

    ComplaintCases(Cases cases, JdbcClient jdbc) {
        this.cases = cases;
        this.jdbc = jdbc;
    }

    /** The case {@code id}, for a user who may read it. */
    ComplaintCase load(long id, KhetUser by) {
        return new ComplaintCase(cases.read(id, by));
    }

    /**
     * The case {@code id} as its reader saw it at {@code version} (the version their page showed): a conflict, which
     * changes nothing, when it has changed since (a step form left open while someone closed and reopened the case).
     */
    ComplaintCase load(long id, Integer version, KhetUser by) {
        ComplaintCase c = load(id, by);
        if (version == null || version != c.version()) {
            throw new ConflictException();
        }
        return c;
    }

    /**
     * The open cases whose step was due before {@code today} and that may still be raised, each locked until the
     * transaction ends; rows another instance holds are skipped, not waited for.
     */
    List<ComplaintCase> overdue(LocalDate today) {
        return jdbc
                .sql("select " + CaseRows.COLUMNS + " " + """
                         where c.due_on < :today and c.status <> :closed and c.escalation < 2
                         order by c.id for update of c skip locked""")
                .param("today", today)
                .param("closed", CaseStatus.CLOSED.name())
                .query(CaseRows::map)
                .list()
                .stream()
                .map(ComplaintCase::new)
                .toList();
    }

    /** Writes the case and the step it took; a conflict when anything changed it since it was loaded. */
    void save(ComplaintCase c) {
        int changed = jdbc.sql("""
                        update complaints.complaint set status = :status, version = version + 1, due_on = :due,
                               escalation = :escalation, unit_id = :unit, officer_id = :officer,
                               forwarded_to = :forwardedTo, forwarded_ref = :forwardedRef,
                               forwarded_on = :forwardedOn, outcome = :outcome
                        where id = :id and version = :version""")
                .param("status", c.status().name())
                .param("due", c.dueOn())
                .param("escalation", c.escalation())
                .param("unit", c.unitId())
                .param("officer", c.officerId())
                .param("forwardedTo", c.forwarded().name())
                .param("forwardedRef", c.forwarded().reference())
                .param("forwardedOn", c.forwarded().on())
                .param("outcome", c.outcome())
                .param("id", c.id())
                .param("version", c.version())
                .update();
        if (changed == 0) {
            throw new ConflictException();
        }
        note(c);
    }

    /** Writes the step the case took to its journal, for a step that changes nothing else of it (a team sent). */
    void note(ComplaintCase c) {
        c.taken().ifPresent(entry -> record(c.id(), entry));
    }

    /** Writes a step to a case's journal, at its own time when it has one, else now. */
    private void record(long caseId, ComplaintCase.Entry entry) {
        jdbc.sql("""
                        insert into complaints.complaint_step
                               (complaint_id, step, public_note, internal_note, user_id, on_day, at)
                        values (:id, :step, :publicNote, :internalNote, :user, :onDay, coalesce(cast(:at as timestamptz), now()))""")
                .param("id", caseId)
                .param("step", entry.step().name())
                .param("publicNote", entry.publicNote())
                .param("internalNote", entry.internalNote())
                .param("user", entry.userId())
                .param("onDay", entry.onDay())
                .param("at", entry.at() == null ? null : Timestamp.from(entry.at()))
                .update();
    }
}
