package org.khet.platform.audit;

import java.util.ArrayList;
import java.util.List;
import org.khet.platform.AuditVisibility;
import org.khet.platform.KhetUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows an import's audit event holds, a page at a time: an import of 10,000 people is one event, and its rows
 * are read from its array in order, never all rendered at once. A reader who is not the administrator opens only the
 * rows of their own areas, and never those of records kept from them.
 */
@Component
class ImportChanges {

    static final int PAGE = 50;

    private final JdbcClient jdbc;
    private final List<AuditVisibility> visibility;

    ImportChanges(JdbcClient jdbc, List<AuditVisibility> visibility) {
        this.jdbc = jdbc;
        this.visibility = visibility;
    }

    /** One changed record: its type and id, and its before (null for a creation) and after. */
    record Change(long position, String type, String id, String before, String after, long total) {}

    /** A page of the rows the reader may open, with how many there are in all. */
    record Page(List<Change> changes, long total, int number) {

        public boolean hasNext() {
            return (long) (number + 1) * PAGE < total;
        }
    }

    /** The rows of {@code eventId} on page {@code page}, only those of {@code record} when it is not blank. */
    Page of(long eventId, String record, int page, KhetUser reader) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("""
                select c.position, c.x ->> 'type' as type, c.x ->> 'id' as id,
                       nullif(c.x -> 'before', 'null')::text as before, nullif(c.x -> 'after', 'null')::text as after,
                       count(*) over () as total
                from platform.audit_event e cross join lateral jsonb_array_elements(e.changes) with ordinality c(x, position)
                where e.id = ?""");
        params.add(eventId);
        if (!reader.isAdmin()) {
            sql.append(" and (c.x ->> 'area')::bigint = any(?)");
            params.add(AuditSearch.readableAreas(reader));
        }
        if (!record.isBlank()) {
            sql.append(" and c.x ->> 'id' = ?");
            params.add(record);
        }
        List<AuditVisibility.Entity> hidden = AuditSearch.hiddenFrom(visibility, reader);
        if (!hidden.isEmpty()) {
            sql.append(" and not exists (select 1 from unnest(cast(? as text[]), cast(? as text[])) h(type, id)"
                    + " where h.type = c.x ->> 'type' and h.id = c.x ->> 'id')");
            params.add(hidden.stream().map(AuditVisibility.Entity::type).toArray(String[]::new));
            params.add(hidden.stream().map(AuditVisibility.Entity::id).toArray(String[]::new));
        }
        sql.append(" order by c.position limit " + PAGE + " offset " + (long) page * PAGE);
        List<Change> changes =
                jdbc.sql(sql.toString()).params(params).query(Change.class).list();
        return new Page(changes, changes.isEmpty() ? 0 : changes.get(0).total(), page);
    }
}
