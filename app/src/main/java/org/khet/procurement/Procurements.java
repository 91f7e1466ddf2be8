package org.khet.procurement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ConflictException;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.khet.thai.FiscalYear;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procurements of an area office and its schools: created and changed by those who manage the buyer's purchases
 * ({@link Buyers#manages}), read by them alone (anyone else is told the procurement does not exist), each change
 * audited. Each gets its OCID: the configured prefix, a dash and its id.
 */
@Component
public class Procurements {

    private final ProcurementStore store;
    private final DraftCheck check;
    private final Buyers buyers;
    private final MethodRules rules;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Procurements(
            ProcurementStore store,
            DraftCheck check,
            Buyers buyers,
            MethodRules rules,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.store = store;
        this.check = check;
        this.buyers = buyers;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
    }

    /** Creates a procurement for the buyer with code {@code buyerCode}; refused whole, storing nothing, when wrong. */
    @Transactional
    public Procurement create(String buyerCode, ProcurementDraft draft, KhetUser by) {
        Buyer buyer = managed(buyerCode, by);
        LocalDate today = rules.today();
        check.check(draft, today);
        int year = draft.fiscalYear() == null ? FiscalYear.of(today).buddhistYear() : draft.fiscalYear();
        long id = store.insert(buyer, year, draft, by.id());
        Procurement created = store.byOcid(store.ocidPrefix() + "-" + id).orElseThrow();
        audit.changedBy(by, buyer.areaId(), "CREATE", "procurement", id, null, summary(created));
        events.publishEvent(ProcurementChanged.of(created, "CREATE"));
        return created;
    }

    /** Changes the plan, status and items of {@code ocid} as read at {@code version}; 409 when changed since. */
    @Transactional
    public Procurement update(String ocid, int version, ProcurementDraft draft, KhetUser by) {
        Procurement before = find(ocid, by);
        Procurement.Status status = new Tender(before).statusAfterEdit(draft.status());
        check.check(
                draft,
                before.createdAt().atZoneSameInstant(MethodRules.THAILAND).toLocalDate());
        if (before.version() != version || !store.update(before.id(), version, draft, status.name(), by.id())) {
            throw new ConflictException();
        }
        Procurement after = store.byOcid(ocid).orElseThrow();
        audit.changedBy(
                by, before.buyer().areaId(), "UPDATE", "procurement", before.id(), summary(before), summary(after));
        events.publishEvent(ProcurementChanged.of(after, "UPDATE"));
        return after;
    }

    /** Procurement {@code ocid} when {@code reader} manages its buyer's purchases; not found otherwise. */
    public Procurement find(String ocid, KhetUser reader) {
        return store.byOcid(ocid == null ? "" : ocid)
                .filter(p -> Buyers.manages(reader, p.buyer()))
                .orElseThrow(() -> new NotFoundException("procurement"));
    }

    /** The buyer's procurements of {@code fiscalYear} (every year when null), newest first, without their parts. */
    public List<Procurement> list(String buyerCode, Integer fiscalYear, KhetUser reader) {
        return store.list(managed(buyerCode, reader), fiscalYear);
    }

    /** The buyer with this code, when {@code user} manages its purchases. */
    Buyer managed(String buyerCode, KhetUser user) {
        Buyer buyer = buyers.byCode(buyerCode)
                .orElseThrow(() -> RejectedException.of("buyer", Texts.of("procurement.record.buyer")));
        if (!Buyers.manages(user, buyer)) {
            throw new ForbiddenException("manage the procurements of " + buyer.code());
        }
        return buyer;
    }

    static Map<String, Object> summary(Procurement p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ocid", p.ocid());
        m.put("buyer", p.buyer().code());
        m.put("fiscalYear", p.fiscalYear());
        m.put("title", p.title());
        m.put("category", p.category().name());
        m.put("method", p.method().name());
        m.put("budget", p.budget().toPlainString());
        m.put(
                "referencePrice",
                p.referencePrice() == null ? "" : p.referencePrice().toPlainString());
        m.put("status", p.status().name());
        m.put("items", p.items().size());
        return m;
    }
}
