package org.khet.correspondence;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.platform.RoleGrant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the memo pages need besides {@link MemoViews}: the memos someone wrote, newest first; the organisations they
 * work in (a teacher or an officer writes memos though they do not act for the organisation's letters); and the name
 * of the person holding a memo.
 */
@Component
class MemoLists {

    /** A memo in its writer's list: where it stands and its number once approved. */
    record Mine(long id, MemoState state, String subject, String number, Secrecy secrecy, Instant at) {}

    private static final int SHOWN = 50;

    private final JdbcClient jdbc;
    private final Organisations organisations;

    MemoLists(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /** The last memos {@code user} wrote, the most recently moved first. */
    List<Mine> writtenBy(KhetUser user) {
        return jdbc.sql("""
                        select m.id, m.state, l.subject, l.number, l.secrecy, m.updated_at as at
                        from correspondence.memo m join correspondence.letter l on l.id = m.letter_id
                        where m.writer = :u
                        order by m.updated_at desc, m.id desc
                        limit :n""")
                .param("u", user.id())
                .param("n", SHOWN)
                .query(Mine.class)
                .list();
    }

    /** Every organisation {@code user} holds a role in (the office for its staff and units, or a school), once each. */
    List<Organisation> workplaces(KhetUser user) {
        Map<String, Organisation> places = new LinkedHashMap<>();
        for (RoleGrant g : user.grants()) {
            if (g.areaId() != null) {
                Organisation o = organisations.byId(g.areaId(), g.schoolId());
                places.putIfAbsent(o.code(), o);
            }
        }
        return List.copyOf(places.values());
    }

    String nameOf(long account) {
        return jdbc.sql("select display_name from platform.user_summary where id = :id")
                .param("id", account)
                .query(String.class)
                .optional()
                .orElse("");
    }
}
