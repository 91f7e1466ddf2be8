package org.khet.procurement;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.thai.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes one imported procurement ({@link Imported}, already checked) as it stands in its package: created under its
 * own OCID, or brought to what the package says, part by part, changing only what differs, so that importing the
 * same package again changes nothing. The package adds and changes; it removes nothing Khet holds (a bid, an
 * amendment). Suppliers missing from the area's list are added from their party. Answers the changes made, as
 * {@link ProcurementChanged#what()} names them, in the order a release's tags read them; empty when nothing differed.
 */
@Component
class ImportWriter {

    private final ProcurementStore store;
    private final Suppliers suppliers;
    private final Amendments amendments;
    private final JdbcClient jdbc;

    ImportWriter(ProcurementStore store, Suppliers suppliers, Amendments amendments, JdbcClient jdbc) {
        this.store = store;
        this.suppliers = suppliers;
        this.amendments = amendments;
        this.jdbc = jdbc;
    }

    Set<String> write(Imported in, Buyer buyer, Procurement existing, KhetUser by) {
        Map<String, Long> supplierIds = suppliers(in, buyer.areaId(), by);
        Set<String> whats = new LinkedHashSet<>();
        long id;
        if (existing == null) {
            int year = in.fiscalYear() != null
                    ? in.fiscalYear()
                    : FiscalYear.of(in.day()).buddhistYear();
            id = store.insertAs(in.ocid(), buyer, year, in.draft(), by.id());
            whats.add("CREATE");
            if (in.status() != Procurement.Status.PLANNED) {
                store.touched(id, in.status().name(), by.id());
                whats.add("UPDATE");
            }
        } else {
            id = existing.id();
            ProcurementDraft draft = ImportedPlan.kept(in.draft(), existing);
            if (!ImportedPlan.same(existing, draft, in.status())) {
                store.update(id, existing.version(), draft, in.status().name(), by.id());
                whats.add("UPDATE");
            }
        }
        if (bids(id, in, existing, supplierIds, by)) {
            whats.add("BID");
        }
        if (in.award() != null
                && award(id, in.award(), existing, supplierIds.get(in.award().taxId()), by)) {
            whats.add("AWARD");
        }
        if (in.contract() != null && contract(id, in.contract(), existing, by)) {
            whats.add("CONTRACT");
        }
        if (amendments(id, in.amendments(), by)) {
            whats.add("AMENDMENT");
        }
        if (existing != null && !whats.isEmpty() && !whats.contains("UPDATE")) {
            store.touched(id, null, by.id());
        }
        return whats;
    }

    /** The area's supplier of each tax ID the package names, added from its party when the list lacks it. */
    private Map<String, Long> suppliers(Imported in, long areaId, KhetUser by) {
        Map<String, Long> ids = new HashMap<>();
        for (Imported.Bid bid : in.bids()) {
            Imported.Party party = bid.supplier();
            Long id = jdbc.sql("select id from procurement.supplier where area_id = :area and tax_id = :tax")
                    .param("area", areaId)
                    .param("tax", party.taxId())
                    .query(Long.class)
                    .optional()
                    .orElseGet(() -> suppliers.add(
                            areaId, new Suppliers.Draft(party.taxId(), party.name(), party.address(), List.of()), by));
            ids.put(party.taxId(), id);
        }
        return ids;
    }

    private boolean bids(long id, Imported in, Procurement existing, Map<String, Long> supplierIds, KhetUser by) {
        Map<Long, Procurement.Bid> had = new HashMap<>();
        if (existing != null) {
            existing.bids().forEach(b -> had.put(b.supplierId(), b));
        }
        boolean changed = false;
        for (Imported.Bid bid : in.bids()) {
            long supplier = supplierIds.get(bid.supplier().taxId());
            Procurement.Bid old = had.get(supplier);
            String reason = !bid.disqualified()
                    ? ""
                    : !bid.reason().isEmpty()
                            ? bid.reason()
                            : old != null && old.disqualified()
                                    ? old.disqualifiedReason()
                                    : Texts.of("procurement.import.noReason").th();
            if (old != null
                    && ImportedPlan.same(old.amount(), bid.amount())
                    && old.disqualified() == bid.disqualified()
                    && old.disqualifiedReason().equals(reason)) {
                continue;
            }
            jdbc.sql("""
                            insert into procurement.bid (procurement_id, supplier_id, amount, disqualified,
                                disqualified_reason, created_by)
                            values (:p, :s, :amount, :dq, :reason, :by)
                            on conflict (procurement_id, supplier_id) do update set amount = excluded.amount,
                                disqualified = excluded.disqualified, disqualified_reason = excluded.disqualified_reason""")
                    .param("p", id)
                    .param("s", supplier)
                    .param("amount", bid.amount())
                    .param("dq", bid.disqualified())
                    .param("reason", reason)
                    .param("by", by.id())
                    .update();
            changed = true;
        }
        return changed;
    }

    private boolean award(long id, Imported.Award award, Procurement existing, long supplier, KhetUser by) {
        long bid = jdbc.sql("select id from procurement.bid where procurement_id = :p and supplier_id = :s")
                .param("p", id)
                .param("s", supplier)
                .query(Long.class)
                .single();
        Procurement.Award old = existing == null ? null : existing.award().orElse(null);
        if (old != null
                && old.bidId() == bid
                && ImportedPlan.same(old.amount(), award.amount())
                && old.awardedOn().equals(award.on())) {
            return false;
        }
        jdbc.sql("""
                        insert into procurement.award (procurement_id, bid_id, amount, awarded_on, created_by)
                        values (:p, :bid, :amount, :on, :by)
                        on conflict (procurement_id) do update set bid_id = excluded.bid_id, amount = excluded.amount,
                            awarded_on = excluded.awarded_on""")
                .param("p", id)
                .param("bid", bid)
                .param("amount", award.amount())
                .param("on", award.on())
                .param("by", by.id())
                .update();
        return true;
    }

    /** The contract as the package states it; its value compared with Khet's after any amendment of the value. */
    private boolean contract(long id, Imported.Contract c, Procurement existing, KhetUser by) {
        Procurement.Contract old = existing == null ? null : existing.contract().orElse(null);
        if (old != null) {
            BigDecimal current = old.value();
            for (Amendments.Amendment a : amendments.of(id)) {
                current = a.newValue() == null ? current : a.newValue();
            }
            if (old.number().equals(c.number())
                    && old.signedOn().equals(c.signedOn())
                    && ImportedPlan.same(current, c.value())) {
                return false;
            }
        }
        jdbc.sql("""
                        insert into procurement.contract (procurement_id, number, signed_on, value, created_by)
                        values (:p, :number, :on, :value, :by)
                        on conflict (procurement_id) do update set number = excluded.number,
                            signed_on = excluded.signed_on, value = excluded.value""")
                .param("p", id)
                .param("number", c.number())
                .param("on", c.signedOn())
                .param("value", c.value())
                .param("by", by.id())
                .update();
        return true;
    }

    /** Adds each amendment Khet lacks (the same day, reason and description); never edits or removes one. */
    private boolean amendments(long id, List<Imported.Change> changes, KhetUser by) {
        List<Amendments.Amendment> had = amendments.of(id);
        boolean added = false;
        for (Imported.Change c : changes) {
            boolean known = had.stream()
                    .anyMatch(a -> a.amendedOn().equals(c.on())
                            && a.rationale().equals(c.rationale())
                            && a.description().equals(c.description()));
            if (!known) {
                jdbc.sql("""
                                insert into procurement.amendment (procurement_id, amended_on, rationale, description,
                                    created_by)
                                values (:p, :on, :rationale, :description, :by)""")
                        .param("p", id)
                        .param("on", c.on())
                        .param("rationale", c.rationale())
                        .param("description", c.description())
                        .param("by", by.id())
                        .update();
                added = true;
            }
        }
        return added;
    }
}
