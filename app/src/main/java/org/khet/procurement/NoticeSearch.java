package org.khet.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.khet.thai.ThaiSearchQuery;
import org.khet.thai.ThaiWords;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public's list of procurement notices: a buyer's procurements (an area's: the office's and every school's; a
 * school's: its own), newest change first, narrowed by fiscal year, status, method and school, and found by Thai words
 * through a GIN index of words Khet split itself (the word being typed is found by its start, {@link
 * ThaiSearchQuery}). The words are kept current in the transaction of every change ({@link ProcurementChanged}), so a
 * notice is never found by words it no longer has.
 */
@Component
class NoticeSearch {

    /** What the public asks for; null or blank parts do not narrow. */
    record Filter(Integer fiscalYear, String status, String method, Long schoolId, String words) {

        public boolean narrows() {
            return fiscalYear != null || !blank(status) || !blank(method) || schoolId != null || !blank(words);
        }
    }

    /** One notice in the list: enough to choose it, not its parts. */
    record Notice(
            String ocid,
            String buyerName,
            String buyerCode,
            int fiscalYear,
            String title,
            Method method,
            BigDecimal budget,
            BigDecimal referencePrice,
            Procurement.Status status,
            LocalDate tenderStart,
            LocalDate tenderEnd,
            OffsetDateTime updatedAt) {}

    /** A page of notices, and whether another follows. */
    record Page(List<Notice> notices, int number, boolean more) {}

    private final JdbcClient jdbc;

    NoticeSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reindexes the procurement in the transaction that changed it: a plain listener runs inside it. */
    @EventListener
    void on(ProcurementChanged changed) {
        index(changed.id());
    }

    /** Procurements stored before the portal existed get their words at start. */
    @EventListener(ApplicationReadyEvent.class)
    void indexMissing() {
        jdbc.sql("select id from procurement.procurement where search is null order by id")
                .query(Long.class)
                .list()
                .forEach(this::index);
    }

    void index(long id) {
        jdbc.sql("""
                        select concat_ws(' ', p.title, p.ocid, s.name_th,
                            (select string_agg(i.description, ' ') from procurement.item i where i.procurement_id = p.id),
                            (select string_agg(u.name, ' ') from procurement.bid b
                                join procurement.supplier u on u.id = b.supplier_id where b.procurement_id = p.id),
                            (select c.number from procurement.contract c where c.procurement_id = p.id))
                        from procurement.procurement p left join registry.school_summary s on s.id = p.school_id
                        where p.id = :id""").param("id", id).query(String.class).optional().ifPresent(text -> jdbc.sql(
                        "update procurement.procurement set search = to_tsvector('simple', :words) where id = :id")
                .param("words", ThaiWords.searchTokens(text))
                .param("id", id)
                .update());
    }

    /** Page {@code number} (from 1) of {@code size} notices of {@code buyer}; {@code officeName} names the office. */
    Page find(Buyer buyer, String officeName, Filter f, int number, int size) {
        String words = ThaiSearchQuery.of(f.words() == null ? "" : f.words());
        List<String> where = new ArrayList<>();
        // One branch for each scope, so that each is an index look-up of its own.
        where.add(buyer.isOffice() ? "p.area_id = :area" : "p.school_id = :school");
        if (f.fiscalYear() != null) {
            where.add("p.fiscal_year = :year");
        }
        if (!blank(f.status())) {
            where.add("p.status = :status");
        }
        if (!blank(f.method())) {
            where.add("p.method = :method");
        }
        if (f.schoolId() != null) {
            where.add("p.school_id = :chosen");
        }
        if (!blank(f.words())) {
            // Words that split to nothing (punctuation only) find nothing rather than everything.
            where.add(words.isEmpty() ? "false" : "p.search @@ to_tsquery('simple', :words)");
        }
        int page = Math.max(1, number);
        List<Notice> found = jdbc.sql("""
                        select p.ocid, coalesce(s.name_th, :office) as buyer_name, coalesce(s.code, :areaCode) as buyer_code,
                               p.fiscal_year, p.title, p.method, p.budget, p.reference_price, p.status,
                               p.tender_start, p.tender_end, p.updated_at
                        from procurement.procurement p left join registry.school_summary s on s.id = p.school_id
                        where %s
                        order by p.updated_at desc, p.id desc limit :limit offset :offset""".formatted(String.join(" and ", where)))
                .param("area", buyer.areaId())
                .param("school", buyer.schoolId())
                .param("year", f.fiscalYear())
                .param("status", f.status())
                .param("method", f.method())
                .param("chosen", f.schoolId())
                .param("words", words)
                .param("office", officeName)
                .param("areaCode", buyer.isOffice() ? buyer.code() : "")
                .param("limit", size + 1)
                .param("offset", (page - 1) * size)
                .query(Notice.class)
                .list();
        return new Page(found.subList(0, Math.min(size, found.size())), page, found.size() > size);
    }

    /** The fiscal years {@code buyer} has notices in, latest first: what the year filter offers. */
    List<Integer> years(Buyer buyer) {
        return jdbc.sql("select distinct fiscal_year from procurement.procurement p where "
                        + (buyer.isOffice() ? "p.area_id = :area" : "p.school_id = :school")
                        + " order by fiscal_year desc")
                .param("area", buyer.areaId())
                .param("school", buyer.schoolId())
                .query(Integer.class)
                .list();
    }

    /** The schools of the area that have notices, by name: what the school filter of an area's page offers. */
    List<Buyer> schools(Buyer area) {
        return jdbc.sql("""
                        select s.area_id, s.id as school_id, s.code, s.name_th as name from registry.school_summary s
                        where s.area_id = :area
                          and exists (select 1 from procurement.procurement p where p.school_id = s.id)
                        order by s.name_th, s.code""").param("area", area.areaId()).query(Buyer.class).list();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
