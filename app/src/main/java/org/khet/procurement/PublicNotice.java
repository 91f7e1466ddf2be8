package org.khet.procurement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A procurement as the public reads it: the record itself, the tax IDs of its juristic bidders (a company's is public;
 * a natural person's is their national ID and is never shown here, not even masked), and its timeline from the
 * records: planned, out to tender, awarded, under contract, cancelled, each with its day. {@code methodBasis} is why the
 * method could be used: the value band in force that allowed it, with the law or circular that set it.
 */
record PublicNotice(
        Procurement procurement,
        Map<Long, String> juristicTaxIds,
        List<Step> timeline,
        Optional<MethodRules.Rule> methodBasis) {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    /** A step the procurement reached, and the day the records give for it ({@code until} for a period). */
    record Step(Procurement.Status status, LocalDate on, LocalDate until) {}

    /** The juristic tax ID of a bidder, or empty (a natural person, whose ID stays off public pages). */
    public String taxIdOf(long supplierId) {
        return juristicTaxIds.getOrDefault(supplierId, "");
    }

    /** Why the method could be used, in both languages: the band and its source; null when no band is found. */
    public Bilingual why() {
        return methodBasis
                .map(r -> {
                    String above = Amounts.baht(r.above());
                    String source = r.source();
                    if (r.upTo() == null) {
                        return r.above().signum() == 0
                                ? Texts.of("procurement.portal.bandAny", source)
                                : Texts.of("procurement.portal.bandAbove", above, source);
                    }
                    String upTo = Amounts.baht(r.upTo());
                    return r.above().signum() == 0
                            ? Texts.of("procurement.portal.bandUpTo", upTo, source)
                            : Texts.of("procurement.portal.band", above, upTo, source);
                })
                .orElse(null);
    }

    static List<Step> timeline(Procurement p) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(Procurement.Status.PLANNED, day(p.createdAt()), null));
        if (p.tenderStart() != null) {
            steps.add(new Step(Procurement.Status.TENDER, p.tenderStart(), p.tenderEnd()));
        }
        p.award().ifPresent(a -> steps.add(new Step(Procurement.Status.AWARDED, a.awardedOn(), null)));
        p.contract().ifPresent(c -> steps.add(new Step(Procurement.Status.CONTRACTED, c.signedOn(), null)));
        if (p.status() == Procurement.Status.CANCELLED) {
            // Nothing records the cancellation apart from the change that made it: the last one.
            steps.add(new Step(Procurement.Status.CANCELLED, day(p.updatedAt()), null));
        }
        return steps;
    }

    private static LocalDate day(java.time.OffsetDateTime at) {
        return at.atZoneSameInstant(BANGKOK).toLocalDate();
    }

    /** Finds notices by OCID for the public pages. */
    @Component
    static class Finder {

        private final ProcurementStore store;
        private final JdbcClient jdbc;
        private final MethodRules rules;

        Finder(ProcurementStore store, JdbcClient jdbc, MethodRules rules) {
            this.store = store;
            this.jdbc = jdbc;
            this.rules = rules;
        }

        Optional<PublicNotice> byOcid(String ocid) {
            return store.byOcid(ocid).map(p -> new PublicNotice(p, juristic(p), timeline(p), basis(p)));
        }

        /** The band that allowed the method when the plan was last checked (its last change), else when created. */
        private Optional<MethodRules.Rule> basis(Procurement p) {
            return java.util.stream.Stream.of(day(p.updatedAt()), day(p.createdAt()))
                    .flatMap(day -> rules.allowing(p.budget(), p.eCatalogue(), day).stream())
                    .filter(r -> r.method() == p.method())
                    .findFirst();
        }

        private Map<Long, String> juristic(Procurement p) {
            Map<Long, String> ids = new java.util.HashMap<>();
            jdbc
                    .sql("""
                            select s.id, s.tax_id from procurement.supplier s
                            where s.id in (select b.supplier_id from procurement.bid b where b.procurement_id = :id)""")
                    .param("id", p.id())
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .list()
                    .stream()
                    .filter(e -> TaxIds.juristic(e.getValue()))
                    .forEach(e -> ids.put(e.getKey(), e.getValue()));
            return ids;
        }
    }
}
