package org.khet.personnel.development;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.khet.thai.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The development hours expected of a person in a fiscal year, per kind of position, as dated data
 * ({@code personnel.development_rule}): an area's own rule in force on the fiscal year's first day, else the rule for
 * every area (shipped: 20 hours for each group, starting figures the office checks against the ก.ค.ศ. circular in
 * force). The target is the one in force when the year began, so that a rule changed during a year changes the next.
 * The administrator adds a rule from a day not yet past, ending the one before of the same group and scope.
 */
@Component
public class DevelopmentRules {

    /** One rule; {@code areaId} null for every area. */
    public record Rule(
            long id,
            Long areaId,
            DevelopmentGroup positionGroup,
            BigDecimal hours,
            LocalDate validFrom,
            LocalDate validUntil,
            String circular,
            boolean startingFigure) {

        public Rule {
            hours = TrainingHours.plain(hours);
        }
    }

    /** A rule as the administrator enters it. */
    public record NewRule(
            Long areaId,
            DevelopmentGroup group,
            BigDecimal hours,
            LocalDate from,
            String circular,
            boolean startingFigure) {}

    static final BigDecimal MOST_HOURS = new BigDecimal("500");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    DevelopmentRules(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return OfficeTime.today(clock);
    }

    public FiscalYear currentYear() {
        return FiscalYear.of(today());
    }

    /** The fiscal year asked for in {@code field}, this one when none; a bilingual 422 for anything else. */
    public FiscalYear asked(String asked, String field) {
        if (asked == null || asked.isBlank()) {
            return currentYear();
        }
        int year;
        try {
            year = Integer.parseInt(asked.strip());
        } catch (NumberFormatException e) {
            year = -1;
        }
        if (year < DevelopmentApi.FIRST_YEAR || year > DevelopmentApi.LAST_YEAR) {
            throw RejectedException.of(
                    field,
                    Texts.of(
                            "personnel.development.badYear",
                            String.valueOf(DevelopmentApi.FIRST_YEAR),
                            String.valueOf(DevelopmentApi.LAST_YEAR)));
        }
        return FiscalYear.ofBuddhistYear(year);
    }

    /** Every rule, by scope, group and day. */
    public List<Rule> all() {
        return jdbc.sql("""
                        select id, area_id, position_group, hours, valid_from, valid_until, circular, starting_figure
                        from personnel.development_rule order by area_id nulls first, position_group, valid_from""").query(Rule.class).list();
    }

    /** The hours expected in {@code year} of each group in {@code areaId}; a group with no rule in force is absent. */
    public Map<DevelopmentGroup, BigDecimal> expected(long areaId, FiscalYear year) {
        Map<DevelopmentGroup, BigDecimal> hours = new EnumMap<>(DevelopmentGroup.class);
        jdbc.sql("""
                        select distinct on (position_group) position_group, hours
                        from personnel.development_rule
                        where (area_id = :a or area_id is null) and valid_from <= :d
                          and (valid_until is null or valid_until > :d)
                        order by position_group, area_id nulls last, valid_from desc""")
                .param("a", areaId)
                .param("d", year.start())
                .query((rs, n) -> Map.entry(
                        DevelopmentGroup.valueOf(rs.getString("position_group")),
                        TrainingHours.plain(rs.getBigDecimal("hours"))))
                .list()
                .forEach(e -> hours.put(e.getKey(), e.getValue()));
        return hours;
    }

    /** Adds a rule from {@code rule.from()}, ending the one before of the same group and scope; audited. */
    @Transactional
    public long add(NewRule rule, KhetUser by) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("set the development rule");
        }
        check(rule);
        String scope = "position_group = :g and area_id is not distinct from cast(:a as bigint)";
        boolean sameDay = jdbc.sql("select exists (select 1 from personnel.development_rule where " + scope
                        + " and valid_from = :from)")
                .param("g", rule.group().name())
                .param("a", rule.areaId())
                .param("from", rule.from())
                .query(Boolean.class)
                .single();
        if (sameDay) {
            throw RejectedException.of("validFrom", Texts.of("personnel.development.rule.sameDay"));
        }
        jdbc.sql("update personnel.development_rule set valid_until = :from where " + scope
                        + " and valid_from < :from and (valid_until is null or valid_until > :from)")
                .param("g", rule.group().name())
                .param("a", rule.areaId())
                .param("from", rule.from())
                .update();
        // A rule already set for a later day stays, and this one ends when it begins.
        LocalDate next = jdbc.sql("select min(valid_from) from personnel.development_rule where " + scope
                        + " and valid_from > :from")
                .param("g", rule.group().name())
                .param("a", rule.areaId())
                .param("from", rule.from())
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        long id = jdbc.sql("""
                        insert into personnel.development_rule (area_id, position_group, hours, valid_from,
                            valid_until, circular, starting_figure, created_by)
                        values (:a, :g, :h, :from, :until, :circular, :starting, :by) returning id""")
                .param("until", next)
                .param("a", rule.areaId())
                .param("g", rule.group().name())
                .param("h", rule.hours())
                .param("from", rule.from())
                .param("circular", rule.circular().strip())
                .param("starting", rule.startingFigure())
                .param("by", by.id())
                .query(Long.class)
                .single();
        audit.changedBy(
                by,
                rule.areaId(),
                "DEVELOPMENT_RULE_ADDED",
                "development_rule",
                id,
                null,
                Map.of(
                        "group", rule.group().name(),
                        "hours", rule.hours().toPlainString(),
                        "from", rule.from().toString(),
                        "starting_figure", String.valueOf(rule.startingFigure())));
        return id;
    }

    private void check(NewRule rule) {
        if (rule.group() == null
                || rule.from() == null
                || rule.circular() == null
                || rule.circular().isBlank()
                || rule.circular().strip().length() > 300) {
            throw RejectedException.of("circular", Texts.of("personnel.development.rule.missing"));
        }
        if (!TrainingHours.sensible(rule.hours(), MOST_HOURS)) {
            throw RejectedException.of(
                    "hours", Texts.of("personnel.development.rule.badHours", MOST_HOURS.toPlainString()));
        }
        if (rule.from().isBefore(today())) {
            throw RejectedException.of("validFrom", Texts.of("personnel.development.rule.past", today().toString()));
        }
    }
}
