package org.khet.platform.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.khet.platform.AuditVisibility;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds audit events by who, what (action, record type or summary) and date, within the reader's areas. */
@Component
class AuditSearch {

    static final int PAGE = 50;

    private final JdbcClient jdbc;
    private final List<AuditVisibility> visibility;

    AuditSearch(JdbcClient jdbc, List<AuditVisibility> visibility) {
        this.jdbc = jdbc;
        this.visibility = visibility;
    }

    record Filter(String who, String what, LocalDate from, LocalDate to, int page) {
        Filter onPage(int other) {
            return new Filter(who, what, from, to, other);
        }
    }

    record Event(
            long id,
            OffsetDateTime at,
            String username,
            String action,
            String entityType,
            String entityId,
            String summary,
            String before,
            String after,
            Integer changeCount,
            boolean recordAmongChanges) {

        /** An import's event, holding the rows it changed rather than one record's before and after. */
        public boolean isImport() {
            return changeCount != null;
        }
    }

    List<Event> find(Filter f, KhetUser reader) {
        List<Object> params = new ArrayList<>();
        String sql = listed(f, reader, params) + " order by at desc, id desc limit " + PAGE + " offset "
                + (long) f.page() * PAGE;
        return jdbc.sql(sql).params(params).query(Event.class).list();
    }

    /** How many events match, to find the last page when a link asks for one past the end. */
    long count(Filter f, KhetUser reader) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from (" + matching(f, reader, params) + ") e")
                .params(params)
                .query(Long.class)
                .single();
    }

    /** One event the reader may see, for the page of an import's rows. */
    java.util.Optional<Event> event(long id, KhetUser reader) {
        List<Object> params = new ArrayList<>();
        String sql = listed(new Filter("", "", null, null, 0), reader, params) + " and id = ?";
        params.add(id);
        return jdbc.sql(sql).params(params).query(Event.class).optional();
    }

    /** The areas whose events a reader who is not the administrator may search. */
    static Long[] readableAreas(KhetUser reader) {
        return reader.grants().stream()
                .filter(g -> g.role() == Role.AREA_DIRECTOR || g.role() == Role.INTERNAL_AUDITOR)
                .map(g -> g.areaId())
                .toArray(Long[]::new);
    }

    /** The matching events with what the list shows: never an import's rows, only how many there are. */
    private String listed(Filter f, KhetUser reader, List<Object> params) {
        params.add(f.what());
        params.add(new String[] {f.what()});
        return "select id, at, username, action, entity_type, entity_id, summary, before::text as before, "
                + "after::text as after, change_count, (cast(? as text) <> ''"
                + " and coalesce(changed_ids @> cast(? as text[]), false)) as record_among_changes"
                + " from (" + matching(f, reader, params) + ") m where true";
    }

    private String matching(Filter f, KhetUser reader, List<Object> params) {
        StringBuilder sql = new StringBuilder("select * from platform.audit_event where true");
        if (!reader.isAdmin()) {
            // An import spanning areas is seen by each of their readers, who open only their areas' rows.
            sql.append(" and (area_id = any(?) or area_ids && ?)");
            params.add(readableAreas(reader));
            params.add(readableAreas(reader));
        }
        hide(sql, params, reader);
        if (!f.who().isEmpty()) {
            sql.append(" and username ilike ?");
            params.add("%" + f.who() + "%");
        }
        if (!f.what().isEmpty()) {
            // The record's import events come through the index of changed ids, without reading their rows.
            sql.append(" and (action ilike ? or entity_type ilike ? or entity_id = ? or summary ilike ?"
                    + " or id in (select c.id from platform.audit_event c where c.changed_ids @> cast(? as text[])))");
            String like = "%" + f.what() + "%";
            params.addAll(List.of(like, like, f.what(), like));
            params.add(new String[] {f.what()});
        }
        if (f.from() != null) {
            sql.append(" and at >= ?::date");
            params.add(f.from());
        }
        if (f.to() != null) {
            sql.append(" and at < (?::date + 1)");
            params.add(f.to());
        }
        return sql.toString();
    }

    /** Leaves out, in the query so that pages stay full, the events of records kept from the reader. */
    static List<AuditVisibility.Entity> hiddenFrom(List<AuditVisibility> visibility, KhetUser reader) {
        return visibility.stream().flatMap(v -> v.hiddenFrom(reader).stream()).toList();
    }

    private void hide(StringBuilder sql, List<Object> params, KhetUser reader) {
        List<AuditVisibility.Entity> hidden = hiddenFrom(visibility, reader);
        if (hidden.isEmpty()) {
            return;
        }
        sql.append(" and not exists (select 1 from unnest(cast(? as text[]), cast(? as text[])) h(type, id)"
                + " where h.type = entity_type and h.id = entity_id)");
        params.add(hidden.stream().map(AuditVisibility.Entity::type).toArray(String[]::new));
        params.add(hidden.stream().map(AuditVisibility.Entity::id).toArray(String[]::new));
    }
}
