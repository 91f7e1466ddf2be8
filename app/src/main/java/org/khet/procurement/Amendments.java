package org.khet.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a signed contract, as OCDS's contract amendments: the day, the reason, what changed, and the contract's
 * new value or end when those changed. Recorded by those who manage the buyer's purchases, on a contract signed and
 * not cancelled, dated from the signing to today; kept, never edited (a correction is another amendment); audited,
 * published as {@code ProcurementChanged} "AMENDMENT".
 */
@Component
public class Amendments {

    private static final int LONGEST = 2000;

    /** An amendment as typed. */
    public record NewAmendment(
            LocalDate amendedOn, String rationale, String description, BigDecimal newValue, LocalDate newEnd) {}

    /** An amendment as recorded. */
    public record Amendment(
            long id,
            LocalDate amendedOn,
            String rationale,
            String description,
            BigDecimal newValue,
            LocalDate newEnd) {}

    private final Procurements procurements;
    private final ProcurementStore store;
    private final MethodRules rules;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Amendments(
            Procurements procurements,
            ProcurementStore store,
            MethodRules rules,
            JdbcClient jdbc,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.procurements = procurements;
        this.store = store;
        this.rules = rules;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public long record(String ocid, NewAmendment a, KhetUser by) {
        Procurement p = procurements.find(ocid, by);
        check(p, a);
        long id = jdbc.sql("""
                        insert into procurement.amendment (procurement_id, amended_on, rationale, description,
                            new_value, new_end, created_by)
                        values (:p, :on, :rationale, :description, :value, :end, :by) returning id""")
                .param("p", p.id())
                .param("on", a.amendedOn())
                .param("rationale", a.rationale().strip())
                .param("description", text(a.description()))
                .param("value", a.newValue())
                .param("end", a.newEnd())
                .param("by", by.id())
                .query(Long.class)
                .single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("ocid", ocid);
        after.put("amendedOn", a.amendedOn().toString());
        after.put("rationale", a.rationale().strip());
        after.put("newValue", a.newValue() == null ? "" : a.newValue().toPlainString());
        after.put("newEnd", a.newEnd() == null ? "" : a.newEnd().toString());
        store.touched(p.id(), null, by.id());
        audit.changedBy(by, p.buyer().areaId(), "AMENDMENT", "procurement_amendment", id, null, after);
        events.publishEvent(ProcurementChanged.of(p, "AMENDMENT"));
        return id;
    }

    /** The amendments of procurement {@code procurementId}, oldest first. */
    public List<Amendment> of(long procurementId) {
        return jdbc.sql("""
                        select id, amended_on, rationale, description, new_value, new_end
                        from procurement.amendment where procurement_id = :p order by amended_on, id""").param("p", procurementId).query(Amendment.class).list();
    }

    private void check(Procurement p, NewAmendment a) {
        List<FieldError> errors = new ArrayList<>();
        if (!p.open()) {
            errors.add(FieldError.of("contract", Texts.of("procurement.status.cancelled")));
        }
        Procurement.Contract contract = p.contract().orElse(null);
        if (contract == null) {
            errors.add(FieldError.of("contract", Texts.of("procurement.amendment.noContract")));
        }
        LocalDate today = rules.today();
        if (a.amendedOn() == null) {
            errors.add(FieldError.of("amended_on", Texts.of("procurement.amendment.date")));
        } else if (a.amendedOn().isAfter(today)
                || (contract != null && a.amendedOn().isBefore(contract.signedOn()))) {
            errors.add(FieldError.of("amended_on", Texts.of("procurement.amendment.dateSpan")));
        }
        if (text(a.rationale()).isEmpty() || a.rationale().length() > LONGEST) {
            errors.add(FieldError.of("rationale", Texts.of("procurement.amendment.rationale")));
        }
        if (text(a.description()).length() > LONGEST) {
            errors.add(FieldError.of("description", Texts.of("procurement.amendment.tooLong")));
        }
        if (a.newValue() != null && !DraftCheck.amount(a.newValue())) {
            errors.add(FieldError.of("new_value", Texts.of("procurement.amendment.value")));
        }
        if (a.newEnd() != null && contract != null && a.newEnd().isBefore(contract.signedOn())) {
            errors.add(FieldError.of("new_end", Texts.of("procurement.amendment.end")));
        }
        if (a.newValue() == null && a.newEnd() == null && text(a.description()).isEmpty()) {
            errors.add(FieldError.of("description", Texts.of("procurement.amendment.what")));
        }
        if (!errors.isEmpty()) {
            Bilingual reason = Texts.of("procurement.amendment.refused");
            throw new RejectedException(reason, errors);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
