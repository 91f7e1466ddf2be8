package org.khet.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working days a recipient has to acknowledge an urgent letter, per urgency, each from its first day on: the
 * rule in force on the day a letter was sent applies to it. The system administrator adds a rule from a date on;
 * earlier ones stay, so letters sent before keep theirs.
 */
@Component
class AcknowledgeRules {

    /** A rule as stored. */
    record Rule(long id, Urgency urgency, int workingDays, LocalDate firstDay) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;

    AcknowledgeRules(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The working days for {@code urgency} in force on {@code day}; empty for an urgency without a rule. */
    Optional<Integer> workingDays(Urgency urgency, LocalDate day) {
        return jdbc.sql("""
                        select working_days from correspondence.acknowledge_rule
                        where urgency = :u and first_day <= :day order by first_day desc limit 1""")
                .param("u", urgency.name())
                .param("day", day)
                .query(Integer.class)
                .optional();
    }

    List<Rule> all() {
        return jdbc.sql("select id, urgency, working_days, first_day from correspondence.acknowledge_rule"
                        + " order by urgency, first_day desc")
                .query(Rule.class)
                .list();
    }

    /** {@link #set} from a form's text: the urgency's name, a whole number of days, an ISO date. */
    @Transactional
    void set(String urgency, String workingDays, String firstDay, KhetUser by) {
        Urgency u;
        int days;
        LocalDate first;
        try {
            u = Urgency.valueOf(urgency.strip());
        } catch (IllegalArgumentException e) {
            throw RejectedException.of("urgency", Texts.of("correspondence.rule.urgency"));
        }
        try {
            days = Integer.parseInt(workingDays.strip());
            first = LocalDate.parse(firstDay.strip());
        } catch (RuntimeException e) {
            throw RejectedException.of("working_days", Texts.of("correspondence.rule.days"));
        }
        set(u, days, first, by);
    }

    /** Sets {@code urgency}'s working days from {@code firstDay} on (replacing a rule of that same day). */
    @Transactional
    void set(Urgency urgency, int workingDays, LocalDate firstDay, KhetUser by) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("set acknowledgement rules");
        }
        if (urgency == null || urgency == Urgency.NORMAL || urgency == Urgency.WITHIN) {
            throw RejectedException.of("urgency", Texts.of("correspondence.rule.urgency"));
        }
        if (workingDays < 0 || workingDays > 30 || firstDay == null) {
            throw RejectedException.of("working_days", Texts.of("correspondence.rule.days"));
        }
        jdbc.sql("""
                        insert into correspondence.acknowledge_rule (urgency, working_days, first_day, set_by)
                        values (:u, :d, :first, :by)
                        on conflict (urgency, first_day) do update
                        set working_days = excluded.working_days, set_by = excluded.set_by, set_at = now()""")
                .param("u", urgency.name())
                .param("d", workingDays)
                .param("first", firstDay)
                .param("by", by.id())
                .update();
        audit.changed(
                null,
                "UPDATE",
                "acknowledge_rule",
                urgency.name(),
                null,
                Map.of("working_days", workingDays, "first_day", firstDay.toString()));
    }
}
