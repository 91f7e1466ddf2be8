package org.khet.procurement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rule reference prices follow, as dated data an administrator edits: how many months of evidence count and
 * how many pieces a reference needs. One rule is in force on a day; a new one starts on a day not yet past and ends
 * the one before it from that day, so that a reference once published can be worked out again as it was.
 */
@Component
class ReferenceRules {

    private static final String COLUMNS = """
            select id, window_months, min_evidence, valid_from, valid_until, source, shipped
            from procurement.reference_rule""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MethodRules methodRules;

    ReferenceRules(JdbcClient jdbc, AuditLog audit, MethodRules methodRules) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.methodRules = methodRules;
    }

    /** Every rule, the newest first. */
    List<ReferencePrices.Rule> all() {
        return jdbc.sql(COLUMNS + " order by valid_from desc, id desc")
                .query(ReferencePrices.Rule.class)
                .list();
    }

    /** The rule in force on {@code day}: of those started by then and not ended, the latest started. */
    ReferencePrices.Rule inForce(LocalDate day) {
        return jdbc.sql(COLUMNS + " " + """
                         where valid_from <= :day and (valid_until is null or valid_until > :day)
                         order by valid_from desc, id desc limit 1""")
                .param("day", day)
                .query(ReferencePrices.Rule.class)
                .optional()
                .orElseGet(() -> all().stream()
                        .reduce((newer, older) -> older)
                        .orElseThrow(() -> new IllegalStateException("no reference-price rule at all")));
    }

    /** Puts a rule in force from {@code from}, ending the one before it; refused, changing nothing, when wrong. */
    @Transactional
    long add(Integer windowMonths, Integer minEvidence, LocalDate from, String source, KhetUser by) {
        List<FieldError> errors = new java.util.ArrayList<>();
        if (windowMonths == null || windowMonths < 1 || windowMonths > 120) {
            errors.add(FieldError.of("window_months", Texts.of("reference.rule.window")));
        }
        if (minEvidence == null || minEvidence < 1 || minEvidence > 100) {
            errors.add(FieldError.of("min_evidence", Texts.of("reference.rule.minimum")));
        }
        if (from == null || from.isBefore(today())) {
            errors.add(FieldError.of("valid_from", Texts.of("procurement.rule.past", today())));
        }
        String note = source == null ? "" : source.strip();
        if (note.isEmpty() || note.length() > 500) {
            errors.add(FieldError.of("source", Texts.of("reference.rule.source")));
        }
        if (!errors.isEmpty()) {
            // The settings page shows the reason, and lists the errors only when there are several.
            throw new RejectedException(
                    errors.size() == 1 ? errors.get(0).message() : Texts.of("reference.rule.refused"), errors);
        }
        if (jdbc.sql("select count(*) from procurement.reference_rule where valid_from = :from")
                        .param("from", from)
                        .query(Integer.class)
                        .single()
                > 0) {
            throw RejectedException.of("valid_from", Texts.of("reference.rule.sameDay", from));
        }
        // The rule in force that day ends there; a rule already planned for a later day still starts on its day.
        jdbc.sql("""
                        update procurement.reference_rule set valid_until = :from
                        where valid_from < :from and (valid_until is null or valid_until > :from)""").param("from", from).update();
        long id = jdbc.sql("""
                        insert into procurement.reference_rule (window_months, min_evidence, valid_from, valid_until,
                            source, created_by)
                        values (:window, :minimum, :from,
                            (select min(valid_from) from procurement.reference_rule where valid_from > :from),
                            :source, :by)
                        returning id""")
                .param("window", windowMonths)
                .param("minimum", minEvidence)
                .param("from", from)
                .param("source", note)
                .param("by", by.id())
                .query(Long.class)
                .single();
        audit.changedBy(
                by,
                null,
                "REFERENCE_RULE_ADDED",
                "reference_rule",
                id,
                null,
                Map.of("windowMonths", windowMonths, "minEvidence", minEvidence, "validFrom", from.toString()));
        return id;
    }

    LocalDate today() {
        return methodRules.today();
    }
}
