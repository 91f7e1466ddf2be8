package org.khet.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.shared.ConflictException;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's side of a complaint: who may read a case, the steps it may take (received → screened → assigned or
 * forwarded → investigating → resolved → closed, reopened when needed), each recorded with a note for the
 * complainant and one for the office, and the complainant's identity shown only to the assigned officer and the
 * legal officers, every view logged.
 */
@Component
class Cases {

    /** A case as the office reads it; never the complainant's identity. */
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
            String status,
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
            Long subjectNamedAtSchoolId) {

        /** The due date in Thai (Buddhist Era) or English. */
        public String dueText(String language) {
            return Shown.day(dueOn, language);
        }

        /** Whether the case overran its step on {@code today}. */
        public boolean overdue(LocalDate today) {
            return dueOn != null && dueOn.isBefore(today);
        }

        /** Whether it is a request for one of the centre's services rather than a complaint. */
        public boolean service() {
            return Category.valueOf(category).service();
        }

        /** The day it came, in Thai (Buddhist Era) or English. */
        public String received(String language) {
            return Shown.day(receivedAt, language);
        }
    }

    /** A step with the office's own note. */
    record Step(String step, Instant at, String publicNote, String internalNote, boolean fromPublic, String by) {

        public String when(String language) {
            return Shown.moment(at, language);
        }
    }

    /** Who complained, for the few who may know. */
    record Complainant(String name, String phone, String email, List<String> notifyBy) {}

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

    private static final String COLUMNS = """
            c.id, c.area_id, c.tracking_code, c.category, c.channel, c.subject, c.details, s.name_th, c.anonymous,
            c.status, c.received_at, c.unit_id, u.name_th, c.officer_id, o.display_name, c.outcome, c.forwarded_to,
            c.forwarded_ref, c.forwarded_on, c.due_on, c.escalation, c.subject_person_id,
            sp.title || sp.first_name_th || ' ' || sp.last_name_th, pa.user_id, sp.school_id, c.subject_school_id
            from complaint c left join school s on s.id = c.school_id left join unit u on u.id = c.unit_id
            left join app_user o on o.id = c.officer_id left join person sp on sp.id = c.subject_person_id
            left join person_account pa on pa.person_id = c.subject_person_id""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Deadlines deadlines;
    private final java.time.Clock clock;
    private final Assignees assignees;
    private final org.springframework.context.ApplicationEventPublisher events;

    Cases(
            JdbcClient jdbc,
            AuditLog audit,
            Deadlines deadlines,
            java.time.Clock clock,
            Assignees assignees,
            org.springframework.context.ApplicationEventPublisher events) {
        this.assignees = assignees;
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** The complaint centre of an area: its director and its legal officers. */
    static boolean runsCentre(KhetUser user, long areaId) {
        return user.holds(Role.AREA_DIRECTOR, areaId) || user.holds(Role.LEGAL_OFFICER, areaId);
    }

    /** The centre takes every step; the officer in charge starts looking into a case and answers it. */
    static boolean mayTake(KhetUser user, Case c, String to) {
        boolean officerStep = to.equals("INVESTIGATING") || to.equals("RESOLVED");
        boolean mine = c.officerId() != null && c.officerId() == user.id();
        return runsCentre(user, c.areaId()) || (officerStep && mine);
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
        return (c.subjectUserId() != null && c.subjectUserId() == userId)
                || grants.stream()
                        .anyMatch(g -> g.role() == Role.SCHOOL_DIRECTOR
                                && g.schoolId() != null
                                && (g.schoolId().equals(c.subjectSchoolId())
                                        || g.schoolId().equals(c.subjectNamedAtSchoolId())));
    }

    /** Only the officer in charge and the legal officers see who complained. */
    static boolean maySeeComplainant(KhetUser user, Case c) {
        return user.holds(Role.LEGAL_OFFICER, c.areaId()) || (c.officerId() != null && c.officerId() == user.id());
    }

    /** The cases a user may read, newest first, optionally of one status. */
    List<Case> list(KhetUser user, String status, boolean overdueOnly) {
        // The same reach as mayRead, asked of the database so that the newest 500 are the user's own newest 500.
        Long[] centre = user.areaIds().stream().filter(a -> runsCentre(user, a)).toArray(Long[]::new);
        Long[] units = user.grants().stream()
                .filter(g -> g.role() == Role.AREA_STAFF && g.unitId() != null)
                .map(g -> g.unitId())
                .toArray(Long[]::new);
        Long[] directed = user.grants().stream()
                .filter(g -> g.role() == Role.SCHOOL_DIRECTOR && g.schoolId() != null)
                .map(g -> g.schoolId())
                .toArray(Long[]::new);
        return jdbc.sql("select " + COLUMNS + " " + """
                         where (c.area_id = any(:centre) or c.officer_id = :me or c.unit_id = any(:units))
                           and pa.user_id is distinct from :me and not coalesce(sp.school_id = any(:directed), false)
                           and not coalesce(c.subject_school_id = any(:directed), false)
                           and (cast(:status as text) is null or c.status = :status)
                           and (not :overdue or (c.due_on < :today and c.status <> 'CLOSED'))
                         order by c.received_at desc limit 500""")
                .param("centre", centre)
                .param("me", user.id())
                .param("units", units)
                .param("directed", directed)
                .param("overdue", overdueOnly)
                .param("today", LocalDate.now(clock))
                .param("status", status == null || status.isBlank() ? null : status)
                .query(Cases::map)
                .list();
    }

    Case read(long id, KhetUser user) {
        Case c = jdbc.sql("select " + COLUMNS + " where c.id = :id")
                .param("id", id)
                .query(Cases::map)
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
                        select s.step, s.at, s.public_note, s.internal_note, s.from_public, u.display_name
                        from complaint_step s left join app_user u on u.id = s.user_id
                        where s.complaint_id = :id order by s.id""")
                .param("id", id)
                .query((rs, n) -> new Step(
                        rs.getString(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getString(6)))
                .list();
    }

    /** The complainant of a named case, for the officer in charge or a legal officer; the view is logged. */
    Optional<Complainant> complainant(long id, KhetUser user) {
        Case c = read(id, user);
        if (!maySeeComplainant(user, c)) {
            throw new ForbiddenException("see the complainant");
        }
        audit.viewed(c.areaId(), "complainant", id, "identity of the complainant");
        return jdbc.sql("select name, phone, email, notify_by from complainant where complaint_id = :id")
                .param("id", id)
                .query((rs, n) -> new Complainant(rs.getString(1), rs.getString(2), rs.getString(3), List.of((String[])
                        rs.getArray(4).getArray())))
                .optional();
    }

    /** What a step carries: notes, and for some steps a unit and officer, an agency, or an outcome. */
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
        Case c = read(id, by);
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
                        update complaint set status = :to, version = version + 1, due_on = :due, escalation = 0,
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
                        insert into complaint_step (complaint_id, step, public_note, internal_note, user_id)
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

    private static Case map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Case(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getBoolean(9),
                rs.getString(10),
                rs.getTimestamp(11).toInstant(),
                (Long) rs.getObject(12),
                rs.getString(13),
                (Long) rs.getObject(14),
                rs.getString(15),
                rs.getString(16),
                rs.getString(17),
                rs.getString(18),
                rs.getObject(19, LocalDate.class),
                rs.getObject(20, LocalDate.class),
                rs.getInt(21),
                (Long) rs.getObject(22),
                rs.getString(23),
                (Long) rs.getObject(24),
                (Long) rs.getObject(25),
                (Long) rs.getObject(26));
    }
}
