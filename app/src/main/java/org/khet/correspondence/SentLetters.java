package org.khet.correspondence;

import java.time.Instant;
import java.util.List;
import org.khet.platform.KhetUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an organisation wrote: its sent letters, newest first and a page at a time, each with how many recipients
 * accepted, rejected or have still to answer (counted for the page's letters only, so a page costs the same however
 * many letters there are); and its drafts. A secret letter's subject shows only to whoever wrote
 * it and the organisation's director, as on the letter itself.
 */
@Component
class SentLetters {

    /** A sent letter or a draft as the lists show it; {@code subject} null when the reader may not see it. */
    record Item(
            long id,
            String number,
            String subject,
            Secrecy secrecy,
            Urgency urgency,
            Instant urgentBy,
            boolean circular,
            Instant at,
            long accepted,
            long rejected,
            long waiting) {}

    /** A page of sent letters and whether more follow. */
    record Page(List<Item> items, int page, boolean hasNext) {}

    private static final String SUBJECT = """
            case when l.secrecy = 'NONE' or :director or l.created_by = :reader then l.subject end as subject""";

    private final JdbcClient jdbc;

    SentLetters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page sent(Organisation org, int page, KhetUser reader) {
        int p = Math.max(1, page);
        List<Item> rows = jdbc.sql("""
                        select l.id, l.number, %s, l.secrecy, l.urgency, l.urgent_by, l.circular, l.sent_at as at,
                               c.accepted, c.rejected, c.waiting
                        from (select * from correspondence.letter
                              where %s and status = 'SENT'
                              order by id desc limit :limit offset :offset) l
                        cross join lateral (
                            select count(*) filter (where d.state = 'ACCEPTED') as accepted,
                                   count(*) filter (where d.state in ('REJECTED', 'INVALID')) as rejected,
                                   count(*) filter (where d.state in ('NEW', 'OPENED')) as waiting
                            from correspondence.delivery d where d.letter_id = l.id) c
                        order by l.id desc""".formatted(SUBJECT, org.rows("")))
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .param("director", Organisations.directs(reader, org))
                .param("reader", reader.id())
                .param("limit", Inbox.PAGE_SIZE + 1)
                .param("offset", (p - 1) * Inbox.PAGE_SIZE)
                .query(Item.class)
                .list();
        boolean more = rows.size() > Inbox.PAGE_SIZE;
        return new Page(more ? rows.subList(0, Inbox.PAGE_SIZE) : rows, p, more);
    }

    /** The organisation's drafts, last written first (a short list: drafts are sent or left). */
    List<Item> drafts(Organisation org, KhetUser reader) {
        return jdbc.sql("""
                        select l.id, l.number, %s, l.secrecy, l.urgency, l.urgent_by, l.circular, l.created_at as at,
                               0 as accepted, 0 as rejected, 0 as waiting
                        from correspondence.letter l
                        where %s and l.status = 'DRAFT'
                        order by l.id desc
                        limit 200""".formatted(SUBJECT, org.rows("l")))
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .param("director", Organisations.directs(reader, org))
                .param("reader", reader.id())
                .query(Item.class)
                .list();
    }
}
