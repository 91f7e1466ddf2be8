package org.khet.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The office's side of a complaint: who may read a case (never the person it is about nor their school's director),
 * the cases each user may read, a case's steps as recorded ({@link CaseSteps} takes them), and the complainant's
 * identity shown only to the assigned officer and the legal officers, every view logged.
 */
@Component
class Cases {

    /** A case as the office reads it, at its version (which each change raises); never the complainant's identity. */
    record Case(
            long id,
            long areaId,
            String trackingCode,
            String category,
            String channel,
            String subject,
            String details,
            String schoolName,
            boolean anonymous,
            CaseStatus status,
            Instant receivedAt,
            Long unitId,
            String unitName,
            Long officerId,
            String officerName,
            String outcome,
            String forwardedTo,
            String forwardedRef,
            LocalDate forwardedOn,
            LocalDate dueOn,
            int escalation,
            Long subjectPersonId,
            String subjectPersonName,
            Long subjectUserId,
            Long subjectSchoolId,
            Long subjectNamedAtSchoolId,
            int version) {

        /** The due date in Thai (Buddhist Era) or English. */
        public String dueText(String language) {
            return Shown.day(dueOn, language);
        }

        /** The day it was sent to another agency, in Thai (Buddhist Era) or English, like the page's other days. */
        public String forwardedText(String language) {
            return Shown.day(forwardedOn, language);
        }

        /** Whether the case overran its step on {@code today}. */
        public boolean overdue(LocalDate today) {
            return dueOn != null && dueOn.isBefore(today);
        }

        /** Whether it is a request for one of the centre's services rather than a complaint. */
        public boolean service() {
            return Category.valueOf(category).service();
        }

        /** Whether the case is still being handled. */
        public boolean open() {
            return status != CaseStatus.CLOSED;
        }

        /** The day it came, in Thai (Buddhist Era) or English. */
        public String received(String language) {
            return Shown.day(receivedAt, language);
        }
    }

    /** A step with the office's own note, and the day it is about (a team's day out, the due day overrun). */
    record Step(
            StepKind step,
            Instant at,
            String publicNote,
            String internalNote,
            boolean fromPublic,
            String by,
            LocalDate onDay) {

        public String when(String language) {
            return Shown.moment(at, language);
        }

        public String day(String language) {
            return Shown.day(onDay, language);
        }
    }

    /** Who complained, for the few who may know. */
    record Complainant(String name, String phone, String email, List<String> notifyBy) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final java.time.Clock clock;

    Cases(JdbcClient jdbc, AuditLog audit, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The complaint centre of an area: its director and its legal officers. */
    static boolean runsCentre(KhetUser user, long areaId) {
        return user.holds(Role.AREA_DIRECTOR, areaId) || user.holds(Role.LEGAL_OFFICER, areaId);
    }

    static boolean mayRead(KhetUser user, Case c) {
        return !concerns(c, user.id(), user.grants())
                && (runsCentre(user, c.areaId())
                        || (c.officerId() != null && c.officerId() == user.id())
                        || (c.unitId() != null
                                && user.grants().stream()
                                        .anyMatch(g -> g.role() == Role.AREA_STAFF
                                                && c.unitId().equals(g.unitId()))));
    }

    /**
     * Whether a user is the person the case is about, or a director of that person's school, the one they are at
     * now or the one they were at when named (a move does not show the old director the case): they may neither
     * read it nor be given it, whatever else their roles allow.
     */
    static boolean concerns(Case c, long userId, List<RoleGrant> grants) {
        // The same rule as CaseRows.keptFrom, which the queries use.
        return (c.subjectUserId() != null && c.subjectUserId() == userId)
                || java.util.Arrays.stream(CaseRows.directedSchools(grants))
                        .anyMatch(s -> s.equals(c.subjectSchoolId()) || s.equals(c.subjectNamedAtSchoolId()));
    }

    /** Only the officer in charge and the legal officers see who complained. */
    static boolean maySeeComplainant(KhetUser user, Case c) {
        return user.holds(Role.LEGAL_OFFICER, c.areaId()) || (c.officerId() != null && c.officerId() == user.id());
    }

    /** The cases a user may read, newest first, optionally of one status (all when null). */
    List<Case> list(KhetUser user, CaseStatus status, boolean overdueOnly) {
        // The same reach as mayRead, asked of the database so that the newest 500 are the user's own newest 500.
        Long[] centre = user.areaIds().stream().filter(a -> runsCentre(user, a)).toArray(Long[]::new);
        Long[] units = user.grants().stream()
                .filter(g -> g.role() == Role.AREA_STAFF && g.unitId() != null)
                .map(g -> g.unitId())
                .toArray(Long[]::new);
        return jdbc.sql("select " + CaseRows.COLUMNS + " " + """
                         where (c.area_id = any(:centre) or c.officer_id = :me or c.unit_id = any(:units))
                           and not %s
                           and (cast(:status as text) is null or c.status = :status)
                           and (not :overdue or (c.due_on < :today and c.status <> :closed))
                         order by c.received_at desc limit 500""".formatted(CaseRows.KEPT_FROM_ME))
                .param("centre", centre)
                .param("me", user.id())
                .param("units", units)
                .param("directed", CaseRows.directedSchools(user.grants()))
                .param("overdue", overdueOnly)
                .param("today", LocalDate.now(clock))
                .param("status", status == null ? null : status.name())
                .param("closed", CaseStatus.CLOSED.name())
                .query(CaseRows::map)
                .list();
    }

    Case read(long id, KhetUser user) {
        Case c = jdbc.sql("select " + CaseRows.COLUMNS + " where c.id = :id")
                .param("id", id)
                .query(CaseRows::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("complaint"));
        if (!mayRead(user, c)) {
            throw new NotFoundException("complaint");
        }
        return c;
    }

    /** The steps in the order they were taken; an anonymous case's own steps keep only their hour. */
    List<Step> steps(long id) {
        return jdbc.sql("""
                        select s.step, s.at, s.public_note, s.internal_note, s.from_public, s.on_day,
                               u.display_name as by_name
                        from complaints.complaint_step s left join platform.user_summary u on u.id = s.user_id
                        where s.complaint_id = :id order by s.id""")
                .param("id", id)
                .query((rs, n) -> new Step(
                        StepKind.valueOf(rs.getString("step")),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("public_note"),
                        rs.getString("internal_note"),
                        rs.getBoolean("from_public"),
                        rs.getString("by_name"),
                        rs.getObject("on_day", LocalDate.class)))
                .list();
    }

    /** The complainant of a named case, for the officer in charge or a legal officer; the view is logged. */
    Optional<Complainant> complainant(long id, KhetUser user) {
        Case c = read(id, user);
        if (!maySeeComplainant(user, c)) {
            throw new ForbiddenException("see the complainant");
        }
        audit.viewed(c.areaId(), "complainant", id, "identity of the complainant");
        return jdbc.sql("select name, phone, email, notify_by from complaints.complainant where complaint_id = :id")
                .param("id", id)
                .query((rs, n) -> new Complainant(
                        rs.getString("name"), rs.getString("phone"), rs.getString("email"), List.of((String[])
                                rs.getArray("notify_by").getArray())))
                .optional();
    }
}
