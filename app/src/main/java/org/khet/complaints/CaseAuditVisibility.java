package org.khet.complaints;

import java.util.List;
import org.khet.platform.AuditVisibility;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps a case's events out of the audit log of the people it is kept from ({@link Cases#concerns}): the case
 * itself, views of its complainant, its attachments and its dispatches.
 */
@Component
class CaseAuditVisibility implements AuditVisibility {

    private final JdbcClient jdbc;

    CaseAuditVisibility(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Entity> hiddenFrom(KhetUser reader) {
        Long[] directed = reader.grants().stream()
                .filter(g -> g.role() == Role.SCHOOL_DIRECTOR && g.schoolId() != null)
                .map(g -> g.schoolId())
                .toArray(Long[]::new);
        return jdbc.sql("""
                        with concerning as (
                            select c.id from complaint c join person sp on sp.id = c.subject_person_id
                            left join person_account pa on pa.person_id = sp.id
                            where pa.user_id = :me or sp.school_id = any(:directed)
                               or c.subject_school_id = any(:directed))
                        select 'complaint', id::text from concerning
                        union all select 'complainant', id::text from concerning
                        union all select 'complaint_attachment', a.id::text
                            from complaint_attachment a join concerning k on k.id = a.complaint_id
                        union all select 'complaint_dispatch', d.id::text
                            from complaint_dispatch d join concerning k on k.id = d.complaint_id""")
                .param("me", reader.id())
                .param("directed", directed)
                .query((rs, n) -> new Entity(rs.getString(1), rs.getString(2)))
                .list();
    }
}
