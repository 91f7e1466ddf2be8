package org.khet.procurement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which method a purchase may use, by its budget and whether its goods are in the e-catalogue, on a day: the value
 * bands of the rules in force that day. The bands are data with the day they apply from and their source; an
 * administrator adds a rule or ends one from a day not yet past, never backwards, and each change is audited.
 */
@Component
public class MethodRules {

    static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    /** A band: a purchase of budget B may use {@code method} when above < B <= upTo (null: no ceiling). */
    public record Rule(
            long id,
            Method method,
            String variant,
            Boolean eCatalogue,
            BigDecimal above,
            BigDecimal upTo,
            Integer minInvited,
            LocalDate validFrom,
            LocalDate validUntil,
            String source) {

        /** Whether a purchase of {@code budget}, of goods in the e-catalogue or not, falls in this band. */
        public boolean allows(BigDecimal budget, boolean inCatalogue) {
            return budget.compareTo(above) > 0
                    && (upTo == null || budget.compareTo(upTo) <= 0)
                    && (eCatalogue == null || eCatalogue == inCatalogue);
        }

        boolean inForce(LocalDate day) {
            return !validFrom.isAfter(day) && (validUntil == null || validUntil.isAfter(day));
        }
    }

    private static final String COLUMNS = """
            select id, method, variant, e_catalogue, above, up_to, min_invited, valid_from, valid_until, source
            from procurement.method_rule""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    MethodRules(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every rule, in force or not, by method (in the act's order), band and day. */
    public List<Rule> all() {
        return jdbc.sql(COLUMNS + " order by above, valid_from, id").query(Rule.class).list().stream()
                .sorted(java.util.Comparator.comparing(Rule::method))
                .toList();
    }

    /** The bands that let a purchase of {@code budget} use a method on {@code day}. */
    public List<Rule> allowing(BigDecimal budget, boolean inCatalogue, LocalDate day) {
        return all().stream()
                .filter(r -> r.inForce(day) && r.allows(budget, inCatalogue))
                .toList();
    }

    /** Whether {@code method} may be used for a purchase of {@code budget} on {@code day}. */
    public boolean allows(Method method, BigDecimal budget, boolean inCatalogue, LocalDate day) {
        return allowing(budget, inCatalogue, day).stream().anyMatch(r -> r.method() == method);
    }

    /** Puts a new band in force from its day; refused, changing nothing, when it is wrong or backwards. */
    @Transactional
    public long add(Rule rule, KhetUser by) {
        notPast(rule.validFrom());
        if (rule.method() == null) {
            throw RejectedException.of("method", Texts.of("procurement.rule.method"));
        }
        if (rule.above() == null
                || rule.above().signum() < 0
                || (rule.upTo() != null && rule.upTo().compareTo(rule.above()) <= 0)) {
            throw RejectedException.of("upTo", Texts.of("procurement.rule.band"));
        }
        if (rule.minInvited() != null && rule.minInvited() < 1) {
            throw RejectedException.of("minInvited", Texts.of("procurement.rule.invited"));
        }
        if (rule.source() == null || rule.source().isBlank()) {
            throw RejectedException.of("source", Texts.of("procurement.rule.source"));
        }
        long id = jdbc.sql("""
                        insert into procurement.method_rule
                            (method, variant, e_catalogue, above, up_to, min_invited, valid_from, source)
                        values (:method, :variant, :catalogue, :above, :upTo, :invited, :from, :source)
                        returning id""")
                .param("method", rule.method().name())
                .param("variant", rule.variant() == null ? "" : rule.variant())
                .param("catalogue", rule.eCatalogue())
                .param("above", rule.above())
                .param("upTo", rule.upTo())
                .param("invited", rule.minInvited())
                .param("from", rule.validFrom())
                .param("source", rule.source().strip())
                .query(Long.class)
                .single();
        audit.changedBy(
                by,
                null,
                "METHOD_RULE_ADDED",
                "method_rule",
                id,
                null,
                Map.of(
                        "method", rule.method().name(),
                        "above", rule.above().toPlainString(),
                        "upTo", rule.upTo() == null ? "" : rule.upTo().toPlainString(),
                        "validFrom", rule.validFrom().toString()));
        return id;
    }

    /** Ends rule {@code id} from {@code from} (the first day it no longer applies), a day not yet past. */
    @Transactional
    public void end(long id, LocalDate from, KhetUser by) {
        notPast(from);
        int changed = jdbc.sql("""
                        update procurement.method_rule set valid_until = :from
                        where id = :id and valid_from < :from and (valid_until is null or valid_until > :from)""").param("id", id).param("from", from).update();
        if (changed == 0) {
            throw RejectedException.of("validUntil", Texts.of("procurement.rule.notInForce", from));
        }
        audit.changedBy(by, null, "METHOD_RULE_ENDED", "method_rule", id, null, Map.of("from", from.toString()));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(THAILAND));
    }

    private void notPast(LocalDate day) {
        if (day == null || day.isBefore(today())) {
            throw RejectedException.of("validFrom", Texts.of("procurement.rule.past", today()));
        }
    }
}
