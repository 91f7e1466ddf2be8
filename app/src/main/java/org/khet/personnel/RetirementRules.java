package org.khet.personnel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
        if (!by.isAdmin()) {
            throw new ForbiddenException("set the age of retirement");
        }
        if (age == null || age < 50 || age > 80) {
            throw RejectedException.of("age", Texts.of("personnel.retirement.rule.badAge"));
        }
        if (from == null || from.isBefore(today())) {
            throw RejectedException.of("validFrom", Texts.of("personnel.retirement.rule.past"));
        }
        if (all().stream().anyMatch(r -> r.validFrom().equals(from))) {
            throw RejectedException.of("validFrom", Texts.of("personnel.retirement.rule.sameDay"));
        }
        if (circular == null || circular.isBlank()) {
            throw RejectedException.of("circular", Texts.of("personnel.retirement.rule.circular"));
        }
        jdbc.sql("""
                        update personnel.retirement_rule set valid_until = :from
                        where valid_from < :from and (valid_until is null or valid_until > :from)""").param("from", from).update();
        long id = jdbc.sql("""
                        insert into personnel.retirement_rule (age, valid_from, valid_until, circular, starting_figure,
                            created_by)
                        select :age, :from, min(valid_from) filter (where valid_from > :from), :circular, :starting,
                               :by
                        from personnel.retirement_rule
                        returning id""")
                .param("age", age)
                .param("from", from)
                .param("circular", circular.strip())
                .param("starting", startingFigure)
                .param("by", by.id())
                .query(Long.class)
                .single();
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
        return jdbc.sql("""
                        select id, age, valid_from, valid_until, circular, starting_figure
                        from personnel.retirement_rule order by valid_from""").query(Rule.class).list();
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
