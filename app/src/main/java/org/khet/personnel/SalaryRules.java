package org.khet.personnel;

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
 * The salary-raise rule ({@code personnel.salary_rule}) and the ceilings per salary level
 * ({@code personnel.salary_ceiling}) as dated data: a round applies the rule in force on its date. The administrator
 * sets a new rule or ceiling from a day not yet past with its circular; that ends the one in force from that day.
 * Every change is audited.
 */
@Component
class SalaryRules {

    /**
     * The pool's percentage of the salary base, the headcount quota's percentage of the criterion's teachers, the
     * share of the pool given by quality, the per-person cap and the quality weights by colour group.
     */
    record Rule(
            long id,
            LocalDate validFrom,
            LocalDate validUntil,
            BigDecimal poolPercent,
            BigDecimal headcountQuotaPercent,
            BigDecimal qualitySharePercent,
            BigDecimal personCapPercent,
            BigDecimal weightGreen,
            BigDecimal weightYellow,
            BigDecimal weightBlack,
            BigDecimal weightRed,
            BigDecimal weightNoData,
            String circular,
            boolean startingFigure) {

        /** The quality weight of a colour group (null or unknown: the weight of a school without results). */
        BigDecimal weight(String group) {
            if (group == null) {
                return weightNoData;
            }
            return switch (group) {
                case "GREEN" -> weightGreen;
                case "YELLOW" -> weightYellow;
                case "BLACK" -> weightBlack;
                case "RED" -> weightRed;
                default -> weightNoData;
            };
        }
    }

    /** The highest salary of a level from a day. */
    record Ceiling(
            long id,
            String salaryLevel,
            BigDecimal ceiling,
            LocalDate validFrom,
            LocalDate validUntil,
            String circular,
            boolean startingFigure) {}

    private static final DatedRows.Refusals REFUSALS = new DatedRows.Refusals(
            "set the salary rules", "validFrom", "personnel.salary.rule.past", "personnel.salary.rule.circular");
    private static final String RULES = "personnel.salary_rule";
    private static final String CEILINGS = "personnel.salary_ceiling";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final DatedTable<Rule> ruleTable;

    SalaryRules(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.ruleTable = new DatedTable<>(jdbc, RULES, Rule.class);
    }

    LocalDate today() {
        return OfficeTime.today(clock);
    }

    List<Rule> rules() {
        return ruleTable.all("valid_from");
    }

    Optional<Rule> ruleOn(LocalDate day) {
        return ruleTable.on(day);
    }

    Rule rule(long id) {
        return ruleTable.byId(id).orElseThrow();
    }

    List<Ceiling> ceilings() {
        return new DatedTable<>(jdbc, CEILINGS, Ceiling.class).all("salary_level, valid_from");
    }

    Optional<BigDecimal> ceilingOn(String salaryLevel, LocalDate day) {
        return new DatedTable<>(jdbc, CEILINGS, Ceiling.class)
                .where("salary_level = :level", Map.of("level", salaryLevel == null ? "" : salaryLevel.strip()))
                .on(day)
                .map(Ceiling::ceiling);
    }

    @Transactional
    /** Sets {@code r} (its id and end not read) from its first day, a day not yet past, ending the rule in force. */
    long setRule(Rule r, KhetUser by) {
        checkChange(by, r.validFrom(), r.circular());
        for (BigDecimal p : new BigDecimal[] {
            r.poolPercent(), r.headcountQuotaPercent(), r.qualitySharePercent(), r.personCapPercent()
        }) {
            if (p == null || p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw RejectedException.of("percent", Texts.of("personnel.salary.rule.badPercent"));
            }
        }
        for (BigDecimal w :
                new BigDecimal[] {r.weightGreen(), r.weightYellow(), r.weightBlack(), r.weightRed(), r.weightNoData()
                }) {
            if (w == null || w.signum() < 0) {
                throw RejectedException.of("weight", Texts.of("personnel.salary.rule.badWeight"));
            }
        }
        Map<String, Object> values = new HashMap<>();
        values.put("pool_percent", r.poolPercent());
        values.put("headcount_quota_percent", r.headcountQuotaPercent());
        values.put("quality_share_percent", r.qualitySharePercent());
        values.put("person_cap_percent", r.personCapPercent());
        values.put("weight_green", r.weightGreen());
        values.put("weight_yellow", r.weightYellow());
        values.put("weight_black", r.weightBlack());
        values.put("weight_red", r.weightRed());
        values.put("weight_no_data", r.weightNoData());
        values.put("starting_figure", r.startingFigure());
        long id = DatedRows.setFrom(
                jdbc,
                RULES,
                "true",
                values,
                r.validFrom(),
                r.circular(),
                by,
                Texts.of("personnel.salary.rule.sameDay"));
        audit.changedBy(by, null, "SALARY_RULE_SET", "salary_rule", id, null, r);
        return id;
    }

    @Transactional
    long setCeiling(
            String level, BigDecimal ceiling, LocalDate from, String circular, boolean startingFigure, KhetUser by) {
        checkChange(by, from, circular);
        if (level == null || level.isBlank()) {
            throw RejectedException.of("salaryLevel", Texts.of("personnel.salary.ceiling.level"));
        }
        if (ceiling == null || ceiling.signum() <= 0) {
            throw RejectedException.of("ceiling", Texts.of("personnel.salary.ceiling.bad"));
        }
        String l = level.strip();
        long id = DatedRows.setOrCorrectFrom(
                jdbc,
                CEILINGS,
                "salary_level = :salary_level",
                Map.of("salary_level", l, "ceiling", ceiling, "starting_figure", startingFigure),
                from,
                circular,
                by);
        audit.changedBy(
                by,
                null,
                "SALARY_CEILING_SET",
                "salary_ceiling",
                id,
                null,
                Map.of("level", l, "ceiling", ceiling, "from", from.toString()));
        return id;
    }

    private void checkChange(KhetUser by, LocalDate from, String circular) {
        DatedRows.checkChange(by, from, today(), circular, REFUSALS);
    }
}
