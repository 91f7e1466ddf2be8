package org.khet.personnel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * The ages of retirement as dated data ({@code personnel.retirement_rule}). The rule that applies to a person is the
 * one in force on the day they would retire under it, so a law that raises the age from a day applies to those who
 * would otherwise leave on or after that day. The administrator sets a new age from a day not yet past, with the law
 * or circular it comes from; that ends the rule in force from that day. Nothing is changed backwards; each change is
 * audited.
 */
@Component
class RetirementRules {

    /** An age of retirement and the days it applies; {@code startingFigure} when the office should check it. */
    record Rule(long id, int age, LocalDate validFrom, LocalDate validUntil, String circular, boolean startingFigure) {

        boolean inForceOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validUntil == null || day.isBefore(validUntil));
        }
    }

    private static final DatedRows.Refusals REFUSALS = new DatedRows.Refusals(
            "set the age of retirement",
            "validFrom",
            "personnel.retirement.rule.past",
            "personnel.retirement.rule.circular");
    private static final String TABLE = "personnel.retirement_rule";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    RetirementRules(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return OfficeTime.today(clock);
    }

    /** Sets the age of retirement to {@code age} from {@code from}, a day not yet past, by {@code circular}. */
    @Transactional
    long set(Integer age, LocalDate from, String circular, boolean startingFigure, KhetUser by) {
        DatedRows.checkChange(by, from, today(), circular, REFUSALS);
        if (age == null || age < 50 || age > 80) {
            throw RejectedException.of("age", Texts.of("personnel.retirement.rule.badAge"));
        }
        long id = DatedRows.setFrom(
                jdbc,
                TABLE,
                DatedRows.Scope.ALL,
                Map.of("age", age, "starting_figure", startingFigure),
                from,
                circular,
                by,
                Texts.of("personnel.retirement.rule.sameDay"));
        audit.changedBy(
                by,
                null,
                "RETIREMENT_RULE_SET",
                "retirement_rule",
                id,
                null,
                Map.of("age", age, "from", from.toString(), "circular", circular.strip()));
        return id;
    }

    /** Every rule, oldest first. */
    List<Rule> all() {
        return new DatedTable<>(jdbc, TABLE, Rule.class).all("valid_from");
    }

    /** A reading of the rules, to compute many people's retirement days with one query. */
    Ages ages() {
        return new Ages(all());
    }

    /** The rules as read once. */
    record Ages(List<Rule> rules) {

        /** The day someone born on {@code birthDate} retires: under the first rule in force on that day. */
        LocalDate retiresOn(LocalDate birthDate) {
            for (Rule rule : rules) {
                LocalDate day = Retirement.retiresOn(birthDate, rule.age());
                if (rule.inForceOn(day)) {
                    return day;
                }
            }
            return Retirement.retiresOn(birthDate, rules.get(rules.size() - 1).age());
        }

        /** The age of the rule in force on {@code day} (the latest rule's before any was). */
        int ageOn(LocalDate day) {
            return rules.stream()
                    .filter(r -> r.inForceOn(day))
                    .findFirst()
                    .orElse(rules.get(rules.size() - 1))
                    .age();
        }

        /** The lowest and highest ages of any rule, to narrow the birth dates a fiscal year's list reads. */
        int youngest() {
            return rules.stream().mapToInt(Rule::age).min().orElseThrow();
        }

        int oldest() {
            return rules.stream().mapToInt(Rule::age).max().orElseThrow();
        }
    }
}
