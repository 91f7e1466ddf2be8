package org.khet.complaints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;

/**
 * How a case is read from the database: with its school, unit, officer and the person it is about, their account and
 * their school now beside the school they were named at. What belongs to the registry and the platform is read through
 * the views they publish for it ({@code registry.*_summary}, {@code platform.user_summary}, {@code platform.user_role}).
 */
final class CaseRows {

    private CaseRows() {}

    /** The columns of a case and the tables they come from, for a query to add its conditions to. */
    static final String COLUMNS = """
            c.id, c.area_id, c.tracking_code, c.category, c.channel, c.subject, c.details, s.name_th as school_name,
            c.anonymous, c.status, c.received_at, c.unit_id, u.name_th as unit_name, c.officer_id,
            o.display_name as officer_name, c.outcome, c.forwarded_to, c.forwarded_ref, c.forwarded_on, c.due_on,
            c.escalation, c.subject_person_id, sp.full_name as subject_person_name, sp.user_id as subject_user_id,
            sp.school_id as subject_school_now, c.subject_school_id, c.version
            from complaints.complaint c left join registry.school_summary s on s.id = c.school_id
            left join registry.unit_summary u on u.id = c.unit_id
            left join platform.user_summary o on o.id = c.officer_id
            left join registry.person_summary sp on sp.id = c.subject_person_id""";

    /**
     * The rule of {@link Cases#concerns} in SQL, for queries that must leave out the cases kept from a user: whether
     * complaint {@code c} (the only alias it needs; it joins nothing of the query's own) is about the person linked to
     * the account {@code userId}, or about a person of one of the schools {@code directedSchools} (an SQL array of
     * school ids, see {@link #directedSchools}) now or when they were named. Both arguments are SQL expressions: named
     * parameters for one known user, or columns and subqueries when the user is a row of the query. Never null.
     */
    static String keptFrom(String userId, String directedSchools) {
        return """
                (exists (select 1 from registry.person_summary k where k.id = c.subject_person_id
                             and (k.user_id = %1$s or k.school_id = any(%2$s)))
                 or coalesce(c.subject_school_id = any(%2$s), false))""".formatted(userId, directedSchools);
    }

    /** {@link #keptFrom} for the account {@code userId} (an SQL expression), its schools read from its role grants. */
    static String keptFromAccount(String userId) {
        return keptFrom(
                userId,
                "array(select d.school_id from platform.user_role d where d.user_id = %s and d.role = 'SCHOOL_DIRECTOR')"
                        .formatted(userId));
    }

    /** {@link #keptFrom} for the user given as the parameters {@code :me} and {@code :directed}. */
    static final String KEPT_FROM_ME = keptFrom(":me", ":directed");

    /** The schools a user directs, whose people's cases are kept from them; the {@code :directed} parameter. */
    static Long[] directedSchools(List<RoleGrant> grants) {
        return grants.stream()
                .filter(g -> g.role() == Role.SCHOOL_DIRECTOR && g.schoolId() != null)
                .map(RoleGrant::schoolId)
                .toArray(Long[]::new);
    }

    static Cases.Case map(ResultSet rs, int n) throws SQLException {
        return new Cases.Case(
                rs.getLong("id"),
                rs.getLong("area_id"),
                rs.getString("tracking_code"),
                rs.getString("category"),
                rs.getString("channel"),
                rs.getString("subject"),
                rs.getString("details"),
                rs.getString("school_name"),
                rs.getBoolean("anonymous"),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("received_at").toInstant(),
                rs.getObject("unit_id", Long.class),
                rs.getString("unit_name"),
                rs.getObject("officer_id", Long.class),
                rs.getString("officer_name"),
                rs.getString("outcome"),
                rs.getString("forwarded_to"),
                rs.getString("forwarded_ref"),
                rs.getObject("forwarded_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                rs.getInt("escalation"),
                rs.getObject("subject_person_id", Long.class),
                rs.getString("subject_person_name"),
                rs.getObject("subject_user_id", Long.class),
                rs.getObject("subject_school_now", Long.class),
                rs.getObject("subject_school_id", Long.class),
                rs.getInt("version"));
    }
}
