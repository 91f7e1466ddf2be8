package org.khet.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.moments.HourHasPassed;
import org.springframework.stereotype.Component;

/**
 * Raises cases that overran their step: first to the legal group (the complaint centre), then, {@value #TO_DIRECTOR}
 * working days later, to the area director. Each raise is a step of the case. Runs when Spring Modulith's moments
 * say an hour has passed ({@link HourHasPassed}, in Thai time); tests move the clock and call {@link #runNow}.
 *
 * <p>Every instance of Khet hears the hour and runs, at the same moment, on the same database: nothing elects one
 * of them. So a run locks the overdue rows it reads ({@code for update skip locked}) and raises them in the same
 * transaction: the other instance skips the rows one is raising, and a row raised already no longer qualifies for
 * that level. A case is raised once whichever instance gets there first, and no instance waits on another.
 */
@Component
public class Escalations {

    static final int TO_DIRECTOR = 3;

    private record Overdue(long id, long areaId, LocalDate due, int level) {}

    private final JdbcClient jdbc;
    private final Deadlines deadlines;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    Escalations(
            JdbcClient jdbc,
            Deadlines deadlines,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events,
            org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.events = events;
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @EventListener
    void on(HourHasPassed hour) {
        runNow();
    }

    /**
     * Raises what is overdue today by the application's clock; answers how many cases were raised. One transaction
     * (started here, not by an annotation: the hourly call comes from inside this bean) holds the rows it raises,
     * and the notifications go out after it commits.
     */
    public int runNow() {
        return transactions.execute(status -> run(LocalDate.now(clock)));
    }

    private int run(LocalDate today) {
        List<Overdue> overdue = jdbc.sql("""
                        select id, area_id, due_on, escalation from complaints.complaint
                        where due_on < :today and status <> 'CLOSED' and escalation < 2
                        for update skip locked""")
                .param("today", today)
                .query((rs, n) ->
                        new Overdue(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getInt(4)))
                .list();
        int raised = 0;
        for (Overdue o : overdue) {
            int level = o.level() == 0
                    ? 1
                    : deadlines.after(o.areaId(), o.due(), TO_DIRECTOR).isBefore(today) ? 2 : o.level();
            if (level == o.level()) {
                continue;
            }
            jdbc.sql("update complaints.complaint set escalation = :level where id = :id")
                    .param("level", level)
                    .param("id", o.id())
                    .update();
            jdbc.sql("""
                            insert into complaints.complaint_step (complaint_id, step, internal_note, at)
                            values (:id, :step, :note, :at)""")
                    .param("id", o.id())
                    .param("step", level == 1 ? "ESCALATED" : "ESCALATED_TO_DIRECTOR")
                    .param("note", "ครบกำหนด " + org.khet.thai.BuddhistDates.abbreviated(o.due()))
                    .param("at", java.sql.Timestamp.from(clock.instant()))
                    .update();
            events.publishEvent(new CaseStepped(o.id(), level == 1 ? "ESCALATED" : "ESCALATED_TO_DIRECTOR"));
            raised++;
        }
        return raised;
    }
}
