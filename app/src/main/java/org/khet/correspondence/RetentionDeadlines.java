package org.khet.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khet.platform.AuditLog;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the work after a year end is due, by the rule in force on the first day of the next year: the destruction
 * list so many days after 31 December (60 by the regulation), the twenty-year records handed to the National
 * Archives so many days after it (31: within January), and reminders so many days before each. An administrator
 * adds a rule from a day not yet past; each change is audited.
 */
@Component
class RetentionDeadlines {

    /** A version of the rule as stored. */
    record Rule(LocalDate validFrom, int destructionDays, int transferDays, int remindDaysBefore, String source) {}

    /** Where a list stands on a day: open after the year end, due soon, late. */
    enum Stage {
        OPEN,
        SOON,
        LATE
    }

    /** The deadlines of one year end (Buddhist Era). */
    record Due(int yearEnd, LocalDate destructionBy, LocalDate transferBy, int remindDaysBefore) {

        LocalDate lastDay() {
            return LocalDate.of(yearEnd - 543, 12, 31);
        }

        /** The stage on {@code today} of a list due by {@code by}; none before the year has ended. */
        Optional<Stage> stage(LocalDate by, LocalDate today) {
            if (!today.isAfter(lastDay())) {
                return Optional.empty();
            }
            if (today.isAfter(by)) {
                return Optional.of(Stage.LATE);
            }
            return Optional.of(today.isBefore(by.minusDays(remindDaysBefore)) ? Stage.OPEN : Stage.SOON);
        }
    }

    private final JdbcClient jdbc;
    private final Registers registers;
    private final AuditLog audit;

    RetentionDeadlines(JdbcClient jdbc, Registers registers, AuditLog audit) {
        this.jdbc = jdbc;
        this.registers = registers;
        this.audit = audit;
    }

    /** The deadlines after the end of {@code yearEnd}. */
    Due after(int yearEnd) {
        LocalDate last = LocalDate.of(yearEnd - 543, 12, 31);
        Rule rule =
                jdbc.sql("""
                        select valid_from, destruction_days, transfer_days, remind_days_before, source
                        from correspondence.retention_deadline where valid_from <= :day
                        order by valid_from desc limit 1""").param("day", last.plusDays(1)).query(Rule.class).single();
        return new Due(
                yearEnd,
                last.plusDays(rule.destructionDays()),
                last.plusDays(rule.transferDays()),
                rule.remindDaysBefore());
    }

    List<Rule> rules() {
        return jdbc.sql("""
                        select valid_from, destruction_days, transfer_days, remind_days_before, source
                        from correspondence.retention_deadline order by valid_from""").query(Rule.class).list();
    }

    /** Puts {@code rule} in force from its day, which must not be past; refused, changing nothing, otherwise. */
    @Transactional
    void define(Rule rule) {
        RetentionSchedule.notPast(rule.validFrom(), registers.today());
        if (outside(rule.destructionDays(), 1, 366) || outside(rule.transferDays(), 1, 366)) {
            throw RejectedException.of("days", Texts.of("correspondence.retention.deadline.days"));
        }
        if (outside(rule.remindDaysBefore(), 0, 60)) {
            throw RejectedException.of("remind", Texts.of("correspondence.retention.deadline.remind"));
        }
        if (rule.source() == null || rule.source().isBlank()) {
            throw RejectedException.of("source", Texts.of("correspondence.retention.deadline.source"));
        }
        jdbc.sql("""
                        insert into correspondence.retention_deadline
                            (valid_from, destruction_days, transfer_days, remind_days_before, source)
                        values (:from, :destruction, :transfer, :remind, :source)
                        on conflict (valid_from) do update set destruction_days = excluded.destruction_days,
                            transfer_days = excluded.transfer_days, remind_days_before = excluded.remind_days_before,
                            source = excluded.source""")
                .param("from", rule.validFrom())
                .param("destruction", rule.destructionDays())
                .param("transfer", rule.transferDays())
                .param("remind", rule.remindDaysBefore())
                .param("source", rule.source().strip())
                .update();
        audit.changed(
                null,
                "RETENTION_DEADLINE_SET",
                "retention_deadline",
                rule.validFrom().toString(),
                null,
                Map.of(
                        "destructionDays", rule.destructionDays(),
                        "transferDays", rule.transferDays(),
                        "remindDaysBefore", rule.remindDaysBefore(),
                        "source", rule.source().strip()));
    }

    private static boolean outside(int n, int min, int max) {
        return n < min || n > max;
    }
}
