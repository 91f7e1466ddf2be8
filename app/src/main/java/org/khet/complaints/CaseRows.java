package org.khet.complaints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * How a case is read from the database: with its school, unit, officer and the person it is about, their account and
 * their school now beside the school they were named at.
 */
final class CaseRows {

    private CaseRows() {}

    /** The columns of a case and the tables they come from, for a query to add its conditions to. */
    static final String COLUMNS = """
            c.id, c.area_id, c.tracking_code, c.category, c.channel, c.subject, c.details, s.name_th, c.anonymous,
            c.status, c.received_at, c.unit_id, u.name_th, c.officer_id, o.display_name, c.outcome, c.forwarded_to,
            c.forwarded_ref, c.forwarded_on, c.due_on, c.escalation, c.subject_person_id,
            sp.title || sp.first_name_th || ' ' || sp.last_name_th, pa.user_id, sp.school_id, c.subject_school_id
            from complaint c left join school s on s.id = c.school_id left join unit u on u.id = c.unit_id
            left join app_user o on o.id = c.officer_id left join person sp on sp.id = c.subject_person_id
            left join person_account pa on pa.person_id = c.subject_person_id""";

    static Cases.Case map(ResultSet rs, int n) throws SQLException {
        return new Cases.Case(
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
