package org.khet.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.khet.thai.ThaiSearchQuery;
import org.khet.thai.ThaiWords;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Thai full-text search over the letters an organisation sent or received: every word of the query must appear in
 * the letter's subject, text, number or sender, found through a GIN index of words Khet split itself (Thai is
 * written without spaces); the word being typed is found by its start ({@link ThaiSearchQuery}). Filters narrow by direction, kind and the day it was sent. Secret letters are found only
 * by those who may read them.
 */
@Component
class LetterSearch {

    /** What to look for; blank parts do not narrow. */
    record Query(String words, String direction, String kind, LocalDate from, LocalDate to, int page) {}

    /** One letter found. */
    record Found(
            long letterId,
            String number,
            String subject,
            String fromName,
            Instant sentAt,
            String kind,
            String urgency,
            boolean sent) {}

    private static final int PAGE_SIZE = 20;

    private final JdbcClient jdbc;
    private final Organisations organisations;

    LetterSearch(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /** Indexes letter {@code id} as it is now (its subject, text, number, sender); called whenever those change. */
    void index(long id) {
        jdbc.sql("""
                        select l.subject, l.body, coalesce(l.number, ''), coalesce(l.external_number, ''),
                               coalesce(l.external_from, s.name_th), l.area_id
                        from correspondence.letter l left join registry.school_summary s on s.id = l.school_id
                        where l.id = :id""")
                .param("id", id)
                .query((rs, n) -> String.join(
                        " ",
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5) != null
                                ? rs.getString(5)
                                : organisations.byId(rs.getLong(6), null).nameTh()))
                .optional()
                .ifPresent(text -> jdbc.sql(
                                "update correspondence.letter set search = to_tsvector('simple', :words) where id = :id")
                        .param("words", ThaiWords.searchTokens(text))
                        .param("id", id)
                        .update());
    }

    /** Letters stored before search existed (or by an older version) get their index at start. */
    @EventListener(ApplicationReadyEvent.class)
    void indexMissing() {
        jdbc.sql("select id from correspondence.letter where search is null order by id")
                .query(Long.class)
                .list()
                .forEach(this::index);
    }

    List<Found> find(Organisation org, Query q, boolean seesSecrets) {
        String query = ThaiSearchQuery.of(q.words());
        if (query.isEmpty()) {
            return List.of();
        }
        String direction = q.direction() == null ? "" : q.direction().strip().toUpperCase(Locale.ROOT);
        List<String> where = new ArrayList<>(List.of(
                "l.search @@ to_tsquery('simple', :words)", "(l.secrecy = 'NONE' or :secrets)", "l.status <> 'DRAFT'"));
        // "is not distinct from" would serve the office and a school alike, but no index can answer it: each branch
        // is written so that the delivery look-up stays an index look-up (the benchmark found a scan of every row).
        String sent = org.isOffice()
                ? "(l.origin = 'KHET' and l.area_id = :area and l.school_id is null)"
                : "(l.origin = 'KHET' and l.school_id = :school)";
        String received = org.isOffice() ? """
                exists (select 1 from correspondence.delivery d where d.letter_id = l.id and d.area_id = :area
                        and d.school_id is null)""" : """
                exists (select 1 from correspondence.delivery d where d.letter_id = l.id and d.school_id = :school)""";
        where.add(
                switch (direction) {
                    case "SENT" -> sent;
                    case "RECEIVED" -> received;
                    default -> "(" + sent + " or " + received + ")";
                });
        if (q.kind() != null && !q.kind().isBlank()) {
            where.add("l.kind = :kind");
        }
        if (q.from() != null) {
            where.add("l.sent_at >= cast(:from as date) at time zone 'Asia/Bangkok'");
        }
        if (q.to() != null) {
            where.add("l.sent_at < (cast(:to as date) + 1) at time zone 'Asia/Bangkok'");
        }
        return jdbc.sql("""
                        select l.id as letter_id, coalesce(l.external_number, l.number) as number, l.subject,
                               coalesce(l.external_from, s.name_th, :office) as from_name, l.sent_at, l.kind,
                               l.urgency, coalesce(%s, false) as sent
                        from correspondence.letter l left join registry.school_summary s on s.id = l.school_id
                        where %s
                        order by l.id desc limit :limit offset :offset""".formatted(sent, String.join(" and ", where)))
                .param("words", query)
                .param("secrets", seesSecrets)
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .param("kind", q.kind() == null ? "" : q.kind().strip().toUpperCase(Locale.ROOT))
                .param("from", q.from())
                .param("to", q.to())
                .param("office", organisations.byId(org.areaId(), null).nameTh())
                .param("limit", PAGE_SIZE)
                .param("offset", (Math.max(1, q.page()) - 1) * PAGE_SIZE)
                .query(Found.class)
                .list();
    }
}
