package org.khet.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A procurement's steps after its plan: bids, the award, the contract and the committee, each recorded by those who
 * manage the buyer's purchases under the rules of {@link Tender}, and audited. A bid from a supplier on the debarred
 * list is recorded (the record must show who bid, and the audit unit's flag needs it) and answered with a warning; it
 * cannot win.
 */
@Component
public class Tendering {

    /** A bid as typed: a supplier of the buyer's area by id. */
    public record NewBid(Long supplierId, BigDecimal amount, boolean disqualified, String disqualifiedReason) {}

    /** What recording a bid answers: its id, and whether its supplier is on the debarred list. */
    public record BidRecorded(long id, boolean debarred) {}

    private final Procurements procurements;
    private final MethodRules rules;
    private final JdbcClient jdbc;
    private final ProcurementStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Tendering(
            Procurements procurements,
            MethodRules rules,
            JdbcClient jdbc,
            ProcurementStore store,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.procurements = procurements;
        this.rules = rules;
        this.jdbc = jdbc;
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public BidRecorded bid(String ocid, NewBid bid, KhetUser by) {
        Procurement p = procurements.find(ocid, by);
        Boolean debarred = bid.supplierId() == null
                ? null
                : jdbc.sql("""
                                select exists (select 1 from procurement.debarred d where d.tax_id = s.tax_id)
                                from procurement.supplier s where s.id = :id and s.area_id = :area""")
                        .param("id", bid.supplierId())
                        .param("area", p.buyer().areaId())
                        .query(Boolean.class)
                        .optional()
                        .orElse(null);
        boolean twice = debarred != null && p.bids().stream().anyMatch(b -> b.supplierId() == bid.supplierId());
        new Tender(p).bid(debarred != null && !twice, bid.amount(), bid.disqualified(), bid.disqualifiedReason());
        long id = jdbc.sql("""
                        insert into procurement.bid (procurement_id, supplier_id, amount, disqualified,
                            disqualified_reason, created_by)
                        values (:p, :s, :amount, :dq, :reason, :by) returning id""")
                .param("p", p.id())
                .param("s", bid.supplierId())
                .param("amount", bid.amount())
                .param("dq", bid.disqualified())
                .param("reason", bid.disqualified() ? bid.disqualifiedReason().strip() : "")
                .param("by", by.id())
                .query(Long.class)
                .single();
        recorded(
                p,
                null,
                "CREATE",
                "procurement_bid",
                id,
                by,
                Map.of(
                        "ocid",
                        ocid,
                        "supplierId",
                        bid.supplierId(),
                        "amount",
                        bid.amount().toPlainString(),
                        "disqualified",
                        bid.disqualified(),
                        "debarred",
                        debarred));
        return new BidRecorded(id, debarred);
    }

    /** Disqualifies a bid with the reason, or qualifies it again, before the award. */
    @Transactional
    public void evaluate(String ocid, long bidId, boolean disqualified, String reason, KhetUser by) {
        Procurement p = procurements.find(ocid, by);
        new Tender(p).evaluate(bidId, disqualified, reason);
        String why = disqualified ? reason.strip() : "";
        jdbc.sql("""
                        update procurement.bid set disqualified = :dq, disqualified_reason = :reason
                        where id = :id and procurement_id = :p""")
                .param("dq", disqualified)
                .param("reason", why)
                .param("id", bidId)
                .param("p", p.id())
                .update();
        recorded(
                p,
                null,
                "UPDATE",
                "procurement_bid",
                bidId,
                by,
                Map.of("ocid", ocid, "disqualified", disqualified, "disqualifiedReason", why));
    }

    @Transactional
    public void award(String ocid, long bidId, BigDecimal amount, LocalDate on, KhetUser by) {
        Procurement p = procurements.find(ocid, by);
        LocalDate created =
                p.createdAt().atZoneSameInstant(MethodRules.THAILAND).toLocalDate();
        Integer minInvited = rules.allowing(p.budget(), p.eCatalogue(), created).stream()
                .filter(r -> r.method() == p.method() && r.minInvited() != null)
                .map(MethodRules.Rule::minInvited)
                .max(Integer::compare)
                .orElse(null);
        new Tender(p).award(bidId, amount, on, minInvited);
        jdbc.sql("""
                        insert into procurement.award (procurement_id, bid_id, amount, awarded_on, created_by)
                        values (:p, :bid, :amount, :on, :by)""")
                .param("p", p.id())
                .param("bid", bidId)
                .param("amount", amount)
                .param("on", on)
                .param("by", by.id())
                .update();
        recorded(
                p,
                Procurement.Status.AWARDED,
                "AWARD",
                "procurement",
                p.id(),
                by,
                Map.of("bidId", bidId, "amount", amount.toPlainString(), "awardedOn", on.toString()));
    }

    @Transactional
    public void contract(String ocid, String number, LocalDate signedOn, BigDecimal value, KhetUser by) {
        Procurement p = procurements.find(ocid, by);
        new Tender(p).contract(number, signedOn, value);
        jdbc.sql("""
                        insert into procurement.contract (procurement_id, number, signed_on, value, created_by)
                        values (:p, :number, :on, :value, :by)""")
                .param("p", p.id())
                .param("number", number.strip())
                .param("on", signedOn)
                .param("value", value)
                .param("by", by.id())
                .update();
        recorded(
                p,
                Procurement.Status.CONTRACTED,
                "CONTRACT",
                "procurement",
                p.id(),
                by,
                Map.of("number", number.strip(), "signedOn", signedOn.toString(), "value", value.toPlainString()));
    }

    @Transactional
    public long member(String ocid, String name, String role, boolean community, KhetUser by) {
        Procurement p = procurements.find(ocid, by);
        new Tender(p).member(name, role);
        long id = jdbc.sql("""
                        insert into procurement.committee_member (procurement_id, name, role, community, created_by)
                        values (:p, :name, :role, :community, :by) returning id""")
                .param("p", p.id())
                .param("name", name.strip())
                .param("role", role.strip())
                .param("community", community)
                .param("by", by.id())
                .query(Long.class)
                .single();
        recorded(
                p,
                null,
                "CREATE",
                "procurement_committee_member",
                id,
                by,
                Map.of("ocid", ocid, "role", role.strip(), "community", community));
        return id;
    }

    /** Counts a step as a change of the procurement (moving it to {@code status} when given) and audits it. */
    private void recorded(
            Procurement p,
            Procurement.Status status,
            String action,
            String entity,
            long id,
            KhetUser by,
            Map<String, ?> after) {
        store.touched(p.id(), status == null ? null : status.name(), by.id());
        audit.changedBy(by, p.buyer().areaId(), action, entity, id, null, after);
        String what =
                switch (entity) {
                    case "procurement_bid" -> "BID";
                    case "procurement_committee_member" -> "COMMITTEE";
                    default -> action;
                };
        events.publishEvent(ProcurementChanged.of(p, what));
    }
}
