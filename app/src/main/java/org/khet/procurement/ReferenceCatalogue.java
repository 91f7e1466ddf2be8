package org.khet.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.Texts;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An area's catalogue of reference prices as its people keep it: the office's director and staff add entries, and
 * they and the directors and clerks of the area's schools add market quotes. Wrong input is refused field by field,
 * in Thai and English, changing nothing; each addition is audited.
 */
@Component
class ReferenceCatalogue {

    /** Where a quote comes from: a shop's quotation, a website, a government price list. */
    static final Set<String> SOURCE_KINDS = Set.of("SHOP", "WEBSITE", "PRICE_LIST");

    /** An entry as typed. */
    record NewEntry(String name, String unit, String scheme, String code) {

        NewEntry {
            name = ProcurementDraft.strip(name);
            unit = ProcurementDraft.strip(unit);
            scheme = ProcurementDraft.strip(scheme);
            code = ProcurementDraft.strip(code);
        }
    }

    /** A quote as typed: {@code unitPrice} as parsed by {@link Amounts#parse}. */
    record NewQuote(String sourceKind, String source, LocalDate quotedOn, BigDecimal unitPrice) {

        NewQuote {
            sourceKind = ProcurementDraft.strip(sourceKind);
            source = ProcurementDraft.strip(source);
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MethodRules rules;

    ReferenceCatalogue(JdbcClient jdbc, AuditLog audit, MethodRules rules) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.rules = rules;
    }

    /** Whether {@code user} may read the area's catalogue and add quotes: its office's or schools' buyers. */
    static boolean reads(KhetUser user, long areaId) {
        return manages(user, areaId)
                || user.grants().stream()
                        .anyMatch(g -> g.inArea(areaId)
                                && (g.role() == Role.SCHOOL_DIRECTOR || g.role() == Role.SCHOOL_CLERK));
    }

    /** Whether {@code user} may add entries to the area's catalogue: the office's director and staff. */
    static boolean manages(KhetUser user, long areaId) {
        return user.holds(Role.AREA_DIRECTOR, areaId) || user.holds(Role.AREA_STAFF, areaId);
    }

    @Transactional
    long addEntry(long areaId, NewEntry entry, KhetUser by) {
        if (!manages(by, areaId)) {
            throw new ForbiddenException("manage the reference-price catalogue");
        }
        List<FieldError> errors = new ArrayList<>();
        if (entry.name().isEmpty() || entry.name().length() > 300) {
            errors.add(FieldError.of("name", Texts.of("reference.entry.name")));
        }
        if (entry.unit().isEmpty() || entry.unit().length() > 50) {
            errors.add(FieldError.of("unit", Texts.of("reference.entry.unit")));
        }
        if (!entry.code().isEmpty() && entry.scheme().isEmpty()) {
            errors.add(FieldError.of("scheme", Texts.of("reference.entry.scheme")));
        }
        if (errors.isEmpty() && taken(areaId, entry)) {
            errors.add(FieldError.of("name", Texts.of("reference.entry.taken", entry.name(), entry.unit())));
        }
        refuseIf(errors, "reference.entry.refused");
        long id = jdbc.sql("""
                        insert into procurement.reference_entry (area_id, name, unit, scheme, code, created_by)
                        values (:area, :name, :unit, :scheme, :code, :by) returning id""")
                .param("area", areaId)
                .param("name", entry.name())
                .param("unit", entry.unit())
                .param("scheme", entry.scheme())
                .param("code", entry.code())
                .param("by", by.id())
                .query(Long.class)
                .single();
        return audited(
                by,
                areaId,
                "REFERENCE_ENTRY_ADDED",
                "reference_entry",
                id,
                Map.of("name", entry.name(), "unit", entry.unit(), "scheme", entry.scheme(), "code", entry.code()));
    }

    @Transactional
    long addQuote(long entryId, NewQuote quote, KhetUser by) {
        long areaId = jdbc.sql("select area_id from procurement.reference_entry where id = :id")
                .param("id", entryId)
                .query(Long.class)
                .optional()
                .filter(a -> reads(by, a))
                .orElseThrow(() -> new NotFoundException("reference_entry"));
        List<FieldError> errors = new ArrayList<>();
        if (!SOURCE_KINDS.contains(quote.sourceKind())) {
            errors.add(FieldError.of("source_kind", Texts.of("reference.quote.kind")));
        }
        if (quote.source().isEmpty() || quote.source().length() > 300) {
            errors.add(FieldError.of("source", Texts.of("reference.quote.source")));
        }
        LocalDate today = rules.today();
        if (quote.quotedOn() == null || quote.quotedOn().isAfter(today)) {
            errors.add(FieldError.of("quoted_on", Texts.of("reference.quote.day")));
        }
        if (quote.unitPrice() == null
                || quote.unitPrice().signum() <= 0
                || quote.unitPrice().scale() > 2
                || quote.unitPrice().precision() - quote.unitPrice().scale() > 14) {
            errors.add(FieldError.of("unit_price", Texts.of("reference.quote.price")));
        }
        refuseIf(errors, "reference.quote.refused");
        long id = jdbc.sql("""
                        insert into procurement.price_quote (entry_id, source_kind, source, quoted_on, unit_price,
                            recorded_by)
                        values (:entry, :kind, :source, :day, :price, :by) returning id""")
                .param("entry", entryId)
                .param("kind", quote.sourceKind())
                .param("source", quote.source())
                .param("day", quote.quotedOn())
                .param("price", quote.unitPrice())
                .param("by", by.id())
                .query(Long.class)
                .single();
        return audited(
                by,
                areaId,
                "PRICE_QUOTE_ADDED",
                "price_quote",
                id,
                Map.of(
                        "entry", entryId,
                        "source", quote.source(),
                        "quotedOn", quote.quotedOn().toString(),
                        "unitPrice", quote.unitPrice().toPlainString()));
    }

    /** Records in the audit log that {@code by} added row {@code id}; its id. */
    private long audited(KhetUser by, long areaId, String action, String type, long id, Map<String, ?> added) {
        audit.changedBy(by, areaId, action, type, id, null, added);
        return id;
    }

    private boolean taken(long areaId, NewEntry entry) {
        return jdbc.sql("""
                        select count(*) from procurement.reference_entry
                        where area_id = :area and lower(unit) = lower(:unit)
                          and (lower(name) = lower(:name) or (:code <> '' and scheme = :scheme and code = :code))""")
                        .param("area", areaId)
                        .param("name", entry.name())
                        .param("unit", entry.unit())
                        .param("scheme", entry.scheme())
                        .param("code", entry.code())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Refuses with the reason under {@code reasonKey}, naming every field in {@code errors}, unless there are none. */
    static void refuseIf(List<FieldError> errors, String reasonKey) {
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of(reasonKey), errors);
        }
    }
}
