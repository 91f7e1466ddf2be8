package org.khet.complaints;

import java.util.List;
import org.khet.platform.AuditVisibility;
import org.khet.platform.KhetUser;
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
        return jdbc.sql("""
                        with concerning as (
                            select c.id from complaints.complaint c where %s)
                        select 'complaint' as entity, id::text as entity_id from concerning
                        union all select 'complainant', id::text from concerning
                        union all select 'complaint_attachment', a.id::text
                            from complaints.complaint_attachment a join concerning k on k.id = a.complaint_id
                        union all select 'complaint_dispatch', d.id::text
                            from complaints.complaint_dispatch d join concerning k on k.id = d.complaint_id""".formatted(CaseRows.KEPT_FROM_ME))
                .param("me", reader.id())
                .param("directed", CaseRows.directedSchools(reader.grants()))
                .query((rs, n) -> new Entity(rs.getString("entity"), rs.getString("entity_id")))
                .list();
    }
}
