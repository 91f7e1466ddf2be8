package org.khet.personnel.transfer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khet.personnel.common.DatedRows;
import org.khet.personnel.common.DatedTable;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transfer rule ({@code personnel.transfer_rule}: the minimum months at the current school, how many schools a
 * request may wish) and the criteria a request is scored on ({@code personnel.transfer_criterion}), both dated data
 * from the ก.ค.ศ. teacher-transfer circular in force. A round applies those in force on its opening day. The
 * administrator sets a new rule or criterion from a day not yet past with its circular, which ends the one in force
 * from that day; every change is audited.
 */
@Component
public class TransferRules {

    /** The rule in force from {@code validFrom}. */
    public record Rule(
            long id,
            LocalDate validFrom,
            LocalDate validUntil,
            int minMonths,
            int maxWishes,
            String circular,
            boolean startingFigure) {}

    /** A criterion a request is scored on, up to {@code maxPoints}, shown in {@code position} order. */
    public record Criterion(
            long id,
            String code,
            String labelTh,
            String labelEn,
            BigDecimal maxPoints,
            int position,
            LocalDate validFrom,
            LocalDate validUntil,
            String circular,
            boolean startingFigure) {

        public String label(String language) {
            return "en".equals(language) ? labelEn : labelTh;
        }
    }

    private static final DatedRows.Refusals REFUSALS = new DatedRows.Refusals(
            "set the transfer rules", "from", "personnel.transfer.rule.past", "personnel.transfer.rule.circular");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final DatedTable<Rule> ruleTable;
    private final DatedTable<Criterion> criterionTable;

    TransferRules(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.ruleTable = new DatedTable<>(jdbc, "personnel.transfer_rule", Rule.class);
        this.criterionTable = new DatedTable<>(jdbc, "personnel.transfer_criterion", Criterion.class);
    }

    public LocalDate today() {
        return OfficeTime.today(clock);
    }

    List<Rule> rules() {
        return ruleTable.all("valid_from");
    }

    Optional<Rule> ruleOn(LocalDate day) {
        return ruleTable.on(day);
    }

    /** The rule in force on {@code day}, or a refusal saying none is. */
    Rule requireRuleOn(LocalDate day) {
        return ruleOn(day).orElseThrow(() -> RejectedException.of("rule", Texts.of("personnel.transfer.rule.none")));
    }

    List<Criterion> criteria() {
        return criterionTable.all("valid_from desc, position, code");
    }

    List<Criterion> criteriaOn(LocalDate day) {
        return criterionTable.allOn(day, "position, code");
    }

    @Transactional
    long setRule(LocalDate from, Integer minMonths, Integer maxWishes, String circular, boolean starting, KhetUser by) {
        checkChange(by, from, circular);
        if (minMonths == null || minMonths < 0 || minMonths > 240) {
            throw RejectedException.of("minMonths", Texts.of("personnel.transfer.rule.badMonths"));
        }
        if (maxWishes == null || maxWishes < 1 || maxWishes > 20) {
            throw RejectedException.of("maxWishes", Texts.of("personnel.transfer.rule.badWishes"));
        }
        long id = DatedRows.setFrom(
                jdbc,
                "personnel.transfer_rule",
                "true",
                Map.of("min_months", minMonths, "max_wishes", maxWishes, "starting_figure", starting),
                from,
                circular,
                by,
                Texts.of("personnel.transfer.rule.sameDay"));
        audit.changedBy(
                by,
                null,
                "TRANSFER_RULE_SET",
                "transfer_rule",
                id,
                null,
                Map.of("from", from.toString(), "min_months", minMonths, "max_wishes", maxWishes));
        return id;
    }

    /**
     * Sets the criterion {@code code} from {@code c.validFrom()} (its id and end not read), ending the one of that code
     * in force then; a round keeps scoring by the criteria in force on its opening day.
     */
    @Transactional
    long setCriterion(Criterion c, KhetUser by) {
        checkChange(by, c.validFrom(), c.circular());
        String code = c.code() == null ? "" : c.code().strip().toUpperCase();
        if (!code.matches("[A-Z][A-Z0-9_]{0,39}")) {
            throw RejectedException.of("code", Texts.of("personnel.transfer.criterion.badCode"));
        }
        if (blank(c.labelTh()) || blank(c.labelEn())) {
            throw RejectedException.of("labelTh", Texts.of("personnel.transfer.criterion.label"));
        }
        if (c.maxPoints() == null
                || c.maxPoints().signum() <= 0
                || c.maxPoints().compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw RejectedException.of("maxPoints", Texts.of("personnel.transfer.criterion.badMax"));
        }
        Map<String, Object> values = new HashMap<>();
        values.put("code", code);
        values.put("label_th", c.labelTh().strip());
        values.put("label_en", c.labelEn().strip());
        values.put("max_points", c.maxPoints());
        values.put("position", c.position());
        values.put("starting_figure", c.startingFigure());
        long id = DatedRows.setOrCorrectFrom(
                jdbc, "personnel.transfer_criterion", "code = :code", values, c.validFrom(), c.circular(), by);
        audit.changedBy(
                by,
                null,
                "TRANSFER_CRITERION_SET",
                "transfer_criterion",
                id,
                null,
                Map.of(
                        "code",
                        code,
                        "max_points",
                        c.maxPoints(),
                        "from",
                        c.validFrom().toString()));
        return id;
    }

    private void checkChange(KhetUser by, LocalDate from, String circular) {
        DatedRows.checkChange(by, from, today(), circular, REFUSALS);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
