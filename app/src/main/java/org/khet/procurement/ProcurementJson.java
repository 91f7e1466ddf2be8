package org.khet.procurement;

import java.util.LinkedHashMap;
import java.util.Map;

/** A procurement as the API answers it, in snake_case. */
final class ProcurementJson {

    private ProcurementJson() {}

    static Map<String, Object> summary(Procurement p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ocid", p.ocid());
        m.put("buyer", Map.of("code", p.buyer().code(), "name", p.buyer().name()));
        m.put("fiscal_year", p.fiscalYear());
        m.put("title", p.title());
        m.put("category", p.category().name());
        m.put("method", p.method().name());
        m.put("ocds_method", p.method().ocds());
        m.put("method_details", p.method().label().th());
        m.put("e_catalogue", p.eCatalogue());
        m.put("budget", p.budget());
        m.put("reference_price", p.referencePrice());
        m.put("reference_basis", p.referenceBasis());
        m.put("tender_start", p.tenderStart() == null ? null : p.tenderStart().toString());
        m.put("tender_end", p.tenderEnd() == null ? null : p.tenderEnd().toString());
        m.put("status", p.status().name());
        m.put("version", p.version());
        m.put("created_at", p.createdAt().toString());
        m.put("updated_at", p.updatedAt().toString());
        return m;
    }

    static Map<String, Object> of(Procurement p) {
        Map<String, Object> m = summary(p);
        m.put("items", p.items().stream().map(ProcurementJson::item).toList());
        m.put("items_total", p.itemsTotal());
        m.put("bids", p.bids().stream().map(ProcurementJson::bid).toList());
        m.put(
                "award",
                p.award()
                        .map(a -> Map.of(
                                "bid_id",
                                a.bidId(),
                                "supplier",
                                a.supplierName(),
                                "amount",
                                a.amount(),
                                "awarded_on",
                                a.awardedOn().toString()))
                        .orElse(null));
        m.put(
                "contract",
                p.contract()
                        .map(c -> Map.of(
                                "number", c.number(), "signed_on", c.signedOn().toString(), "value", c.value()))
                        .orElse(null));
        m.put(
                "committee",
                p.committee().stream()
                        .map(c -> Map.of(
                                "id",
                                c.id(),
                                "name",
                                c.name(),
                                "role",
                                c.role(),
                                "community_representative",
                                c.community()))
                        .toList());
        return m;
    }

    private static Map<String, Object> item(Procurement.Item i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("description", i.description());
        m.put("classification_scheme", i.scheme());
        m.put("classification_code", i.code());
        m.put("quantity", i.quantity());
        m.put("unit", i.unit());
        m.put("unit_price", i.unitPrice());
        m.put("total", i.total());
        return m;
    }

    private static Map<String, Object> bid(Procurement.Bid b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.id());
        m.put("supplier_id", b.supplierId());
        m.put("supplier", b.supplierName());
        m.put("amount", b.amount());
        m.put("disqualified", b.disqualified());
        m.put("disqualified_reason", b.disqualifiedReason());
        m.put("debarred", b.debarred());
        return m;
    }
}
