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
