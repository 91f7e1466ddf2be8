package org.khet.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.khet.platform.Texts;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A procurement as one OCDS 1.1 release: the whole procurement as it stands after the change, so that the latest
 * release (and the record's compiled release) tells everything. The buyer is a party identified by scheme
 * {@code TH-OBEC} (a school's 8-digit code, the office's 4-digit code); a juristic supplier by {@code TH-DBD} and its
 * tax ID; a natural person by name and Khet's own supplier id only, since their tax ID is their national ID. Bids
 * follow the bids extension; a contract's amendments change its value and end, each listed. Amounts are JSON numbers in baht ({@code THB}); dates carry the Thailand offset.
 */
final class OcdsRelease {

    static final String BIDS_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Procurement p;
    private final Map<Long, String> taxIds;
    private final List<Procurement.Bid> bids;
    private final List<Amendments.Amendment> amendments;

    /** {@code taxIds}: the tax ID of each bidding supplier, by supplier id; the contract's amendments, oldest first. */
    OcdsRelease(Procurement p, Map<Long, String> taxIds, List<Amendments.Amendment> amendments) {
        this.p = p;
        this.taxIds = taxIds;
        this.amendments = amendments;
        // In the order recorded, so that each release lists them alike and the compiled release (merged by id, in
        // the order first seen) reads as the latest release does.
        this.bids = p.bids().stream()
                .sorted(Comparator.comparingLong(Procurement.Bid::id))
                .toList();
    }

    ObjectNode release(String id, OffsetDateTime date, List<String> tags) {
        ObjectNode r = JSON.objectNode();
        r.put("ocid", p.ocid());
        r.put("id", id);
        r.put("date", dateTime(date));
        tags.forEach(r.putArray("tag")::add);
        r.put("initiationType", "tender");
        r.put("language", "th");
        r.set("parties", parties());
        r.set("buyer", buyerReference());
        ObjectNode budget = r.putObject("planning").putObject("budget");
        budget.put(
                "description",
                Texts.of("procurement.ocds.budget", String.valueOf(p.fiscalYear()))
                        .th());
        budget.set("amount", value(p.budget()));
        r.set("tender", tender());
        if (!bids.isEmpty()) {
            ArrayNode details = r.putObject("bids").putArray("details");
            bids.forEach(b -> details.add(bid(b)));
        }
        p.award().ifPresent(a -> r.putArray("awards").add(award(a)));
        p.contract().ifPresent(c -> r.putArray("contracts").add(contract(c)));
        return r;
    }

    static String dateTime(OffsetDateTime at) {
        return at.atZoneSameInstant(MethodRules.THAILAND)
                .toOffsetDateTime()
                .truncatedTo(ChronoUnit.SECONDS)
                .format(DATE_TIME);
    }

    private static String day(LocalDate day, LocalTime at) {
        return day.atTime(at).atZone(MethodRules.THAILAND).toOffsetDateTime().format(DATE_TIME);
    }

    private ObjectNode tender() {
        ObjectNode t = JSON.objectNode();
        t.put("id", p.ocid());
        t.put("title", p.title());
        t.put("status", tenderStatus());
        t.set("procuringEntity", buyerReference());
        t.put("mainProcurementCategory", p.category().name());
        t.put("procurementMethod", p.method().ocds());
        t.put("procurementMethodDetails", p.method().label().th());
        if (p.referencePrice() != null) {
            t.set("value", value(p.referencePrice()));
        }
        if (p.tenderStart() != null || p.tenderEnd() != null) {
            ObjectNode period = t.putObject("tenderPeriod");
            if (p.tenderStart() != null) {
                period.put("startDate", day(p.tenderStart(), LocalTime.MIN));
            }
            if (p.tenderEnd() != null) {
                period.put("endDate", day(p.tenderEnd(), LocalTime.of(23, 59, 59)));
            }
        }
        ArrayNode items = t.putArray("items");
        for (int i = 0; i < p.items().size(); i++) {
            items.add(item(i + 1, p.items().get(i)));
        }
        t.put("numberOfTenderers", bids.size());
        if (!bids.isEmpty()) {
            ArrayNode tenderers = t.putArray("tenderers");
            bids.forEach(b -> tenderers.add(supplierReference(b)));
        }
        return t;
    }

    private String tenderStatus() {
        return switch (p.status()) {
            case PLANNED -> "planned";
            case TENDER -> "active";
            case AWARDED, CONTRACTED -> "complete";
            case CANCELLED -> "cancelled";
        };
    }

    private static ObjectNode item(int position, Procurement.Item it) {
        ObjectNode item = JSON.objectNode();
        item.put("id", String.valueOf(position));
        item.put("description", it.description());
        if (!it.scheme().isBlank() && !it.code().isBlank()) {
            item.putObject("classification").put("scheme", it.scheme()).put("id", it.code());
        }
        item.put("quantity", it.quantity());
        ObjectNode unit = item.putObject("unit");
        unit.put("name", it.unit());
        unit.set("value", value(it.unitPrice()));
        return item;
    }

    private ObjectNode bid(Procurement.Bid b) {
        ObjectNode bid = JSON.objectNode();
        bid.put("id", String.valueOf(b.id()));
        bid.put("status", b.disqualified() ? "disqualified" : "valid");
        bid.putArray("tenderers").add(supplierReference(b));
        bid.set("value", value(b.amount()));
        return bid;
    }

    private ObjectNode award(Procurement.Award a) {
        ObjectNode award = JSON.objectNode();
        award.put("id", awardId());
        award.put("status", "active");
        award.put("date", day(a.awardedOn(), LocalTime.MIN));
        award.set("value", value(a.amount()));
        ArrayNode suppliers = award.putArray("suppliers");
        bids.stream().filter(b -> b.id() == a.bidId()).forEach(b -> suppliers.add(supplierReference(b)));
        return award;
    }

    private ObjectNode contract(Procurement.Contract c) {
        ObjectNode contract = JSON.objectNode();
        contract.put("id", p.ocid() + "-contract");
        contract.put("awardID", awardId());
        contract.put("title", c.number());
        contract.put("status", "active");
        contract.put("dateSigned", day(c.signedOn(), LocalTime.MIN));
        BigDecimal current = c.value();
        LocalDate end = null;
        ArrayNode changes = JSON.arrayNode();
        for (Amendments.Amendment a : amendments) {
            current = a.newValue() == null ? current : a.newValue();
            end = a.newEnd() == null ? end : a.newEnd();
            ObjectNode change = changes.addObject();
            change.put("id", String.valueOf(a.id()));
            change.put("date", day(a.amendedOn(), LocalTime.MIN));
            change.put("rationale", a.rationale());
            change.put("description", a.description());
        }
        contract.set("value", value(current));
        if (end != null) {
            contract.putObject("period").put("endDate", day(end, LocalTime.of(23, 59, 59)));
        }
        if (!changes.isEmpty()) {
            contract.set("amendments", changes);
        }
        return contract;
    }

    private String awardId() {
        return p.ocid() + "-award";
    }

    private ArrayNode parties() {
        ArrayNode parties = JSON.arrayNode();
        ObjectNode buyer = buyerReference();
        buyer.putObject("identifier")
                .put("scheme", "TH-OBEC")
                .put("id", p.buyer().code())
                .put("legalName", p.buyer().name());
        buyer.putArray("roles").add("buyer").add("procuringEntity");
        parties.add(buyer);
        Long winner = p.award()
                .flatMap(a -> bids.stream().filter(b -> b.id() == a.bidId()).findFirst())
                .map(Procurement.Bid::supplierId)
                .orElse(null);
        for (Procurement.Bid b : bids) {
            ObjectNode party = supplierReference(b);
            String taxId = taxIds.get(b.supplierId());
            if (taxId != null && TaxIds.juristic(taxId)) {
                party.putObject("identifier")
                        .put("scheme", "TH-DBD")
                        .put("id", taxId)
                        .put("legalName", b.supplierName());
            }
            ArrayNode roles = party.putArray("roles").add("tenderer");
            if (winner != null && winner == b.supplierId()) {
                roles.add("supplier");
            }
            parties.add(party);
        }
        return parties;
    }

    private ObjectNode buyerReference() {
        return JSON.objectNode()
                .put("id", "TH-OBEC-" + p.buyer().code())
                .put("name", p.buyer().name());
    }

    /**
     * A juristic supplier by its public tax ID; a natural person by Khet's own supplier id, never their national ID.
     */
    private ObjectNode supplierReference(Procurement.Bid b) {
        String taxId = taxIds.get(b.supplierId());
        String id = taxId != null && TaxIds.juristic(taxId) ? "TH-DBD-" + taxId : "khet-supplier-" + b.supplierId();
        return JSON.objectNode().put("id", id).put("name", b.supplierName());
    }

    private static ObjectNode value(BigDecimal amount) {
        return JSON.objectNode().put("amount", amount).put("currency", "THB");
    }
}
