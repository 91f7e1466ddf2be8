package org.khet.personnel.development;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khet.personnel.common.DatedRows;
import org.khet.personnel.common.DatedTable;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
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

    private static final DatedRows.Refusals REFUSALS = new DatedRows.Refusals(
            "set the development rule",
            "validFrom",
            "personnel.development.rule.past",
            "personnel.development.rule.missing");
    private static final String TABLE = "personnel.development_rule";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final DatedTable<Rule> table;

    DevelopmentRules(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.table = new DatedTable<>(jdbc, TABLE, Rule.class);
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
        return table.all("area_id nulls first, position_group, valid_from");
    }

    /** The hours expected in {@code year} of each group in {@code areaId}; a group with no rule in force is absent. */
    public Map<DevelopmentGroup, BigDecimal> expected(long areaId, FiscalYear year) {
        Map<DevelopmentGroup, BigDecimal> hours = new EnumMap<>(DevelopmentGroup.class);
        // The area's own rule of a group first, then the rule for every area.
        table.where("area_id = :area or area_id is null", Map.of("area", areaId))
                .allOn(year.start(), "position_group, area_id nulls last, valid_from desc")
                .forEach(r -> hours.putIfAbsent(r.positionGroup(), r.hours()));
        return hours;
    }

    /** Adds a rule from {@code rule.from()}, ending the one before of the same group and scope; audited. */
    @Transactional
    public long add(NewRule rule, KhetUser by) {
        if (rule.group() == null || rule.from() == null) {
            throw RejectedException.of("circular", Texts.of("personnel.development.rule.missing"));
        }
        DatedRows.checkChange(by, rule.from(), today(), rule.circular(), REFUSALS);
        if (!TrainingHours.sensible(rule.hours(), MOST_HOURS)) {
            throw RejectedException.of(
                    "hours", Texts.of("personnel.development.rule.badHours", MOST_HOURS.toPlainString()));
        }
        Map<String, Object> values = new HashMap<>();
        values.put("area_id", rule.areaId());
        values.put("position_group", rule.group().name());
        values.put("hours", rule.hours());
        values.put("starting_figure", rule.startingFigure());
        long id = DatedRows.setFrom(
                jdbc,
                TABLE,
                "position_group = :position_group and area_id is not distinct from cast(:area_id as bigint)",
                values,
                rule.from(),
                rule.circular(),
                by,
                Texts.of("personnel.development.rule.sameDay"));
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
}
