package org.khet.personnel;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khet.personnel.common.DatedTable;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
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

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final DatedTable<Rule> ruleTable;

    SalaryRules(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.ruleTable = new DatedTable<>(jdbc, "personnel.salary_rule", Rule.class);
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
        return new DatedTable<>(jdbc, "personnel.salary_ceiling", Ceiling.class).all("salary_level, valid_from");
    }

    Optional<BigDecimal> ceilingOn(String salaryLevel, LocalDate day) {
        return jdbc.sql("select ceiling from personnel.salary_ceiling where salary_level = :level and"
                        + DatedTable.IN_FORCE)
                .param("level", salaryLevel == null ? "" : salaryLevel.strip())
                .param("day", day)
                .query(BigDecimal.class)
                .optional();
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
        if (jdbc.sql("select count(*) from personnel.salary_rule where valid_from = :from")
                        .param("from", r.validFrom())
                        .query(Integer.class)
                        .single()
                > 0) {
            throw RejectedException.of("validFrom", Texts.of("personnel.salary.rule.sameDay"));
        }
        jdbc.sql("update personnel.salary_rule set valid_until = :from where valid_from < :from"
                        + " and (valid_until is null or valid_until > :from)")
                .param("from", r.validFrom())
                .update();
        long id = jdbc.sql("""
                        insert into personnel.salary_rule (valid_from, valid_until, pool_percent,
                            headcount_quota_percent, quality_share_percent, person_cap_percent, weight_green,
                            weight_yellow, weight_black, weight_red, weight_no_data, circular, starting_figure,
                            created_by)
                        select :from, min(valid_from) filter (where valid_from > :from), :pool, :quota, :quality,
                               :cap, :green, :yellow, :black, :red, :none, :circular, :starting, :by
                        from personnel.salary_rule
                        returning id""")
                .param("from", r.validFrom())
                .param("pool", r.poolPercent())
                .param("quota", r.headcountQuotaPercent())
                .param("quality", r.qualitySharePercent())
                .param("cap", r.personCapPercent())
                .param("green", r.weightGreen())
                .param("yellow", r.weightYellow())
                .param("black", r.weightBlack())
                .param("red", r.weightRed())
                .param("none", r.weightNoData())
                .param("circular", r.circular().strip())
                .param("starting", r.startingFigure())
                .param("by", by.id())
                .query(Long.class)
                .single();
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
        jdbc.sql("update personnel.salary_ceiling set valid_until = :from where salary_level = :level"
                        + " and valid_from < :from and (valid_until is null or valid_until > :from)")
                .param("from", from)
                .param("level", l)
                .update();
        long id = jdbc.sql("""
                        insert into personnel.salary_ceiling (salary_level, ceiling, valid_from, valid_until, circular,
                            starting_figure, created_by)
                        select :level, :ceiling, :from, min(valid_from) filter (where valid_from > :from), :circular,
                               :starting, :by
                        from personnel.salary_ceiling where salary_level = :level
                        on conflict (salary_level, valid_from) do update set ceiling = excluded.ceiling,
                            circular = excluded.circular, starting_figure = excluded.starting_figure
                        returning id""")
                .param("level", l)
                .param("ceiling", ceiling)
                .param("from", from)
                .param("circular", circular.strip())
                .param("starting", startingFigure)
                .param("by", by.id())
                .query(Long.class)
                .single();
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
        if (!by.isAdmin()) {
            throw new ForbiddenException("set the salary rules");
        }
        if (from == null || from.isBefore(today())) {
            throw RejectedException.of("validFrom", Texts.of("personnel.salary.rule.past"));
        }
        if (circular == null || circular.isBlank()) {
            throw RejectedException.of("circular", Texts.of("personnel.salary.rule.circular"));
        }
    }
}
