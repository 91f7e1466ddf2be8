package org.khet.platform;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every write (who, when, what, before and after) and every read of protected personal data. It writes in
 * the caller's transaction, so a change and its audit row land or fail together.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A change to a record; {@code before} is null for a creation and {@code after} null for a deletion. */
    public void changed(Long areaId, String action, String entityType, Object entityId, Object before, Object after) {
        write(areaId, action, entityType, entityId, null, before, after);
    }

    /**
     * A change made on behalf of {@code by}, done later where nobody is signed in (a module reacting to an event):
     * the row names {@code by} as its actor, not the system. With {@code by} null it is {@link #changed}.
     */
    public void changedBy(
            KhetUser by, Long areaId, String action, String entityType, Object entityId, Object before, Object after) {
        Actor actor = by == null ? Actor.current() : new Actor(by.id(), by.username());
        insert(actor, false, areaId, action, entityType, entityId, null, before, after);
    }

    /**
     * A creation nobody may be named for: an anonymous filing or a question from the public. The row has no actor
     * (whoever happens to be signed in on that browser is not recorded) and its time is cut to the hour, so that it
     * cannot be joined with a proxy's log or a session's last access.
     */
    public void createdAnonymously(Long areaId, String entityType, Object entityId, Object after) {
        insert(Actor.NOBODY, true, areaId, "CREATE", entityType, entityId, null, null, after);
    }

    /**
     * A creation by someone from the public who gave their name to the office, not to the log: the row names the
     * public as its actor; who they are is kept with the record, for those allowed to see it.
     */
    public void createdByThePublic(Long areaId, String entityType, Object entityId, Object after) {
        insert(Actor.PUBLIC, false, areaId, "CREATE", entityType, entityId, null, null, after);
    }

    /** A read of personal data that only some roles may see unmasked. */
    public void viewed(Long areaId, String entityType, Object entityId, String what) {
        write(areaId, "VIEW", entityType, entityId, what, null, null);
    }

    /** An event without a record before or after (a login failure, a lockout, an import summary). */
    public void noted(Long areaId, String action, String entityType, Object entityId, String summary) {
        write(areaId, action, entityType, entityId, summary, null, null);
    }

    /**
     * What an import was, for its one audit event: the area it was for (null when the file spans areas, or is
     * national), who ran it, its action and record type, and the summary its report gives.
     */
    public record Import(Long areaId, KhetUser by, String action, String entityType, String summary) {}

    /**
     * The rows an import changed, as the calling module's own query: a constant {@code select} written in its source
     * (never text from a user) with the columns {@code entity_type} (text), {@code entity_id} (text), {@code area_id}
     * (bigint or null), {@code before} and {@code after} (jsonb; {@code before} null for a creation), usually read from
     * the import's staging tables in the same transaction. Values go in {@code params} as named parameters; names
     * beginning with {@code audit_} are the audit log's own.
     */
    public record ChangedRows(String select, Map<String, ?> params) {

        public ChangedRows {
            if (params.keySet().stream().anyMatch(n -> n.startsWith("audit_"))) {
                throw new IllegalArgumentException("parameter names beginning with audit_ are reserved");
            }
            params = Map.copyOf(params);
        }

        public static ChangedRows of(String select) {
            return new ChangedRows(select, Map.of());
        }
    }

    /**
     * Records an import as one event holding every row it changed, in one statement in the caller's transaction; an
     * import that changed nothing is still one event, with no rows. Answers how many rows it holds.
     */
    public int imported(Import what, ChangedRows rows) {
        return jdbc.sql(IMPORTED.formatted(rows.select()))
                .params(rows.params())
                .param("audit_user", what.by() == null ? null : what.by().id())
                .param(
                        "audit_username",
                        what.by() == null ? Actor.current().name() : what.by().username())
                .param("audit_area", what.areaId())
                .param("audit_action", what.action())
                .param("audit_type", what.entityType())
                .param("audit_summary", what.summary())
                .query(Integer.class)
                .single();
    }

    /**
     * The changed rows by their column names, one array ordered by record (a school's students follow the school), the
     * ids and areas beside it.
     */
    private static final String IMPORTED = """
            with changed as (
                select c.entity_type, c.entity_id, c.area_id, c.before, c.after from (%s) c),
            gathered as (
                select coalesce(jsonb_agg(jsonb_build_object('type', entity_type, 'id', entity_id, 'area', area_id,
                                                             'before', before, 'after', after)
                                          order by entity_id, entity_type), '[]') as changes,
                       count(*)::int as n,
                       coalesce(array_agg(distinct entity_id), '{}') as ids,
                       array_agg(distinct area_id) filter (where area_id is not null) as areas
                from changed)
            insert into platform.audit_event (user_id, username, area_id, action, entity_type, summary, changes, change_count,
                                     changed_ids, area_ids)
            select cast(:audit_user as bigint), cast(:audit_username as text),
                   coalesce(cast(:audit_area as bigint), case when cardinality(areas) = 1 then areas[1] end),
                   cast(:audit_action as text), cast(:audit_type as text), cast(:audit_summary as text), changes, n,
                   ids, areas
            from gathered
            returning change_count""";

    private void write(
            Long areaId, String action, String type, Object entityId, String summary, Object before, Object after) {
        insert(Actor.current(), false, areaId, action, type, entityId, summary, before, after);
    }

    private void insert(
            Actor actor,
            boolean toTheHour,
            Long areaId,
            String action,
            String type,
            Object entityId,
            String summary,
            Object before,
            Object after) {
        jdbc.sql("""
                insert into platform.audit_event (at, user_id, username, area_id, action, entity_type, entity_id, summary,
                                         before, after)
                values (case when :hour then date_trunc('hour', now()) else now() end, :user, :username, :area,
                        :action, :type, :entity, :summary, cast(:before as jsonb), cast(:after as jsonb))""")
                .param("hour", toTheHour)
                .param("user", actor.id())
                .param("username", actor.name())
                .param("area", areaId)
                .param("action", action)
                .param("type", type)
                .param("entity", entityId == null ? null : entityId.toString())
                .param("summary", summary)
                .param("before", toJson(before))
                .param("after", toJson(after))
                .update();
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Map<?, ?> map ? json.writeValueAsString(map) : json.writeValueAsString(value);
    }

    private record Actor(Long id, String name) {

        static final Actor NOBODY = new Actor(null, "anonymous");
        static final Actor PUBLIC = new Actor(null, "public");

        static Actor current() {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof KhetUser user) {
                return new Actor(user.id(), user.username());
            }
            return new Actor(null, auth == null ? "system" : auth.getName());
        }
    }
}
