package org.khet.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reference prices (ราคากลาง) from evidence: for an entry of an area's catalogue and a day, the market quotes and
 * the unit prices of the area's awarded procurements (items whose classification and unit match the entry, dated by
 * the award day) inside the window of the rule in force that day, and their median, quartiles and upper fence (see
 * {@link Quartiles}: the inclusive method, exact baht rounded half-up to satang). With fewer pieces of evidence than
 * the rule's minimum a reference has none of these figures: "not enough evidence".
 *
 * <p>The window of a rule of m months on day d runs from the day after d minus m months through d, both included:
 * on 6 Dec 2026 a 12-month window starts on 7 Dec 2025. Evidence dated after d is not evidence on d.
 *
 * <p>{@link #items} answers, for each item of a procurement, the reference of the entry it matches, with the
 * procurement's own prices left out of its evidence: what a red flag comparing an item's price with its reference
 * reads ({@link ItemReference#median()}, {@link ItemReference#upperFence()}).
 */
@Component
public class ReferencePrices {

    /** Where a piece of evidence comes from: a market quote, or an awarded procurement's item. */
    public enum Kind {
        QUOTE,
        AWARD
    }

    /**
     * The rule in force from {@code validFrom} until {@code validUntil} (the first day it no longer applies; null:
     * open): evidence of the last {@code windowMonths} months, at least {@code minEvidence} of it. {@code shipped}
     * marks the starting figures installed with Khet.
     */
    public record Rule(
            long id,
            int windowMonths,
            int minEvidence,
            LocalDate validFrom,
            LocalDate validUntil,
            String source,
            boolean shipped) {

        /** The first day of the window that ends on {@code day}. */
        public LocalDate firstDay(LocalDate day) {
            return day.minusMonths(windowMonths).plusDays(1);
        }
    }

    /** An entry of an area's catalogue: a thing bought by a unit, with the classification items carry, if any. */
    public record Entry(long id, long areaId, String name, String unit, String scheme, String code) {

        /** Whether {@code item} is this entry: same unit, and same scheme and code, or same name when no code. */
        public boolean matches(Procurement.Item item) {
            if (!same(unit, item.unit())) {
                return false;
            }
            return code.isEmpty()
                    ? same(name, item.description())
                    : scheme.equals(item.scheme()) && code.equals(item.code());
        }

        private static boolean same(String a, String b) {
            return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * A piece of evidence: a quote ({@code sourceKind} SHOP, WEBSITE or PRICE_LIST; {@code source} the shop, site or
     * list) or an awarded item ({@code source} the procurement's title, {@code ocid} its OCID), with its day and
     * unit price.
     */
    public record Evidence(
            long entryId,
            Kind kind,
            String sourceKind,
            String source,
            LocalDate day,
            BigDecimal unitPrice,
            String ocid) {}

    /**
     * An entry's reference on {@code day} under {@code rule}: the evidence from {@code from} through {@code day},
     * newest first, and its figures, each null when there is not enough evidence.
     */
    public record Reference(
            Entry entry,
            LocalDate day,
            Rule rule,
            LocalDate from,
            List<Evidence> evidence,
            BigDecimal q1,
            BigDecimal median,
            BigDecimal q3,
            BigDecimal upperFence) {

        static Reference of(Entry entry, LocalDate day, Rule rule, List<Evidence> evidence) {
            LocalDate from = rule.firstDay(day);
            if (evidence.size() < rule.minEvidence()) {
                return new Reference(entry, day, rule, from, evidence, null, null, null, null);
            }
            Quartiles q =
                    Quartiles.of(evidence.stream().map(Evidence::unitPrice).toList());
            return new Reference(entry, day, rule, from, evidence, q.q1(), q.median(), q.q3(), q.upperFence());
        }

        /** Whether the evidence reaches the rule's minimum, so that the figures are there. */
        public boolean enough() {
            return median != null;
        }

        public int count() {
            return evidence.size();
        }

        public long quotes() {
            return evidence.stream().filter(e -> e.kind() == Kind.QUOTE).count();
        }

        public long awards() {
            return evidence.stream().filter(e -> e.kind() == Kind.AWARD).count();
        }
    }

    /** An item of a procurement (position from 1) with the reference of the entry it matches; null when none. */
    public record ItemReference(int position, Procurement.Item item, Reference reference) {

        /** The reference unit price, or null when the item matches no entry or its evidence is not enough. */
        public BigDecimal median() {
            return reference == null ? null : reference.median();
        }

        /** Q3 + 1.5 IQR of the evidence, or null as for {@link #median()}. */
        public BigDecimal upperFence() {
            return reference == null ? null : reference.upperFence();
        }

        /** Quantity times the reference unit price, or null as for {@link #median()}. */
        public BigDecimal total() {
            BigDecimal median = median();
            return median == null ? null : item.quantity().multiply(median).setScale(2, RoundingMode.HALF_UP);
        }
    }

    private static final String ENTRIES = """
            select id, area_id, name, unit, scheme, code from procurement.reference_entry
            where area_id = :area and (cast(:entry as bigint) is null or id = cast(:entry as bigint))
              and (:words = '' or name ilike :like or code ilike :like or unit ilike :like)
            order by lower(name), lower(unit), id""";

    /**
     * The quotes and the awarded items of an area's entries (one, or all when :entry is null) dated in [:from,
     * :to], leaving out the procurement :exclude. An awarded item counts when its procurement has an award and was
     * not cancelled, its unit is the entry's and its scheme and code are (or, for an entry without a code, its
     * description is the entry's name).
     */
    private static final String EVIDENCE = """
            select q.entry_id, 'QUOTE' as kind, q.source_kind, q.source, q.quoted_on as day, q.unit_price,
                   null as ocid
            from procurement.price_quote q join procurement.reference_entry e on e.id = q.entry_id
            where e.area_id = :area and (cast(:entry as bigint) is null or e.id = cast(:entry as bigint))
              and q.quoted_on between :from and :to
            union all
            select e.id, 'AWARD', null, p.title, a.awarded_on, i.unit_price, p.ocid
            from procurement.reference_entry e
            join procurement.procurement p on p.area_id = e.area_id and p.status <> 'CANCELLED'
            join procurement.award a on a.procurement_id = p.id
            join procurement.item i on i.procurement_id = p.id
            where e.area_id = :area and (cast(:entry as bigint) is null or e.id = cast(:entry as bigint))
              and a.awarded_on between :from and :to and p.id <> :exclude and i.unit_price > 0
              and lower(btrim(i.unit)) = lower(btrim(e.unit))
              and case when e.code <> '' then i.scheme = e.scheme and i.code = e.code
                       else lower(btrim(i.description)) = lower(btrim(e.name)) end
            order by day desc, unit_price, kind""";

    private final JdbcClient jdbc;
    private final ReferenceRules rules;

    ReferencePrices(JdbcClient jdbc, ReferenceRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** Entry {@code entryId}'s reference on {@code day}; empty when there is no such entry. */
    public Optional<Reference> of(long entryId, LocalDate day) {
        Optional<Long> area = jdbc.sql("select area_id from procurement.reference_entry where id = :id")
                .param("id", entryId)
                .query(Long.class)
                .optional();
        return area.flatMap(a -> references(a, entryId, "", day, 0).stream().findFirst());
    }

    /** The area's catalogue with each entry's reference on {@code day}; {@code words} narrow it (name, code, unit). */
    public List<Reference> catalogue(long areaId, String words, LocalDate day) {
        return references(areaId, null, words == null ? "" : words.strip(), day, 0);
    }

    /**
     * Each item of procurement {@code p} with the reference on {@code day} of the first entry of its area it
     * matches, the procurement's own awarded prices left out of the evidence.
     */
    public List<ItemReference> items(Procurement p, LocalDate day) {
        List<Reference> catalogue = references(p.buyer().areaId(), null, "", day, p.id());
        return java.util.stream.IntStream.range(0, p.items().size())
                .mapToObj(i -> new ItemReference(
                        i + 1,
                        p.items().get(i),
                        catalogue.stream()
                                .filter(r -> r.entry().matches(p.items().get(i)))
                                .findFirst()
                                .orElse(null)))
                .toList();
    }

    /** Today in Thailand, the day a page asks about. */
    public LocalDate today() {
        return rules.today();
    }

    private List<Reference> references(long areaId, Long entryId, String words, LocalDate day, long exclude) {
        Rule rule = rules.inForce(day);
        List<Entry> entries = jdbc.sql(ENTRIES)
                .param("area", areaId)
                .param("entry", entryId)
                .param("words", words)
                .param(
                        "like",
                        "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .query(Entry.class)
                .list();
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Evidence>> evidence = jdbc
                .sql(EVIDENCE)
                .param("area", areaId)
                .param("entry", entryId)
                .param("from", rule.firstDay(day))
                .param("to", day)
                .param("exclude", exclude)
                .query(Evidence.class)
                .list()
                .stream()
                .collect(Collectors.groupingBy(Evidence::entryId));
        return entries.stream()
                .map(e -> Reference.of(e, day, rule, evidence.getOrDefault(e.id(), List.of())))
                .toList();
    }
}
