package org.khet.correspondence;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An organisation's received letters, newest first, a page at a time, and how many are still unopened. Both are
 * index look-ups on the organisation's deliveries, so they cost the same however many letters the area holds.
 */
@Component
class Inbox {

    static final int PAGE_SIZE = 20;

    /** One received letter as the inbox lists it; {@code subject} is null for a secret letter the reader may not see. */
    record Item(
            long deliveryId,
            long letterId,
            String number,
            String subject,
            Secrecy secrecy,
            Urgency urgency,
            Instant urgentBy,
            boolean circular,
            String fromName,
            Instant sentAt,
            Long unitId,
            DeliveryState state) {}

    /** A page of the inbox: its items, whether more follow, and the organisation's unopened count. */
    record Page(List<Item> items, int page, boolean hasNext, long unread) {}

    private final JdbcClient jdbc;
    private final Organisations organisations;

    Inbox(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /**
     * Page {@code page} (from 1) of {@code org}'s inbox; secret subjects only when {@code seesSecrets}. Letters come
     * from the recipient's own area, so a letter without a school is from that area's office.
     */
    Page page(Organisation org, int page, boolean seesSecrets) {
        int p = Math.max(1, page);
        List<Item> rows = jdbc.sql("""
                        select d.id as delivery_id, l.id as letter_id, coalesce(l.external_number, l.number) as number,
                               case when l.secrecy = 'NONE' or :secrets then l.subject end as subject,
                               l.secrecy, l.urgency, l.urgent_by, l.circular,
                               coalesce(l.external_from, s.name_th, :office) as from_name, l.sent_at, d.unit_id, d.state
                        from correspondence.delivery d
                        join correspondence.letter l on l.id = d.letter_id
                        left join registry.school_summary s on s.id = l.school_id
                        where %s
                        order by d.letter_id desc
                        limit :limit offset :offset""".formatted(where(org)))
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .param("secrets", seesSecrets)
                .param("office", organisations.byId(org.areaId(), null).nameTh())
                .param("limit", PAGE_SIZE + 1)
                .param("offset", (p - 1) * PAGE_SIZE)
                .query(Item.class)
                .list();
        boolean more = rows.size() > PAGE_SIZE;
        return new Page(more ? rows.subList(0, PAGE_SIZE) : rows, p, more, unread(org));
    }

    /** How many letters {@code org} has not opened yet. */
    long unread(Organisation org) {
        return jdbc.sql("select count(*) from correspondence.delivery d where %s and d.state = 'NEW'"
                        .formatted(where(org)))
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .query(Long.class)
                .single();
    }

    /** Matches the partial indexes: a school's deliveries by school, the office's by area without a school. */
    private static String where(Organisation org) {
        return org.isOffice() ? "d.area_id = :area and d.school_id is null" : "d.school_id = :school";
    }
}
