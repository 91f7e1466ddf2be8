package org.khet.complaints;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.moments.HourHasPassed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises cases that overran their step: first to the legal group (the complaint centre), then, {@value #TO_DIRECTOR}
 * working days later, to the area director. Each raise is a step of the case ({@link ComplaintCase#escalate}). Runs when Spring Modulith's moments
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

    private final ComplaintCases repository;
    private final Deadlines deadlines;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    Escalations(
            ComplaintCases repository,
            Deadlines deadlines,
            Clock clock,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.deadlines = deadlines;
        this.clock = clock;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
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
        int raised = 0;
        for (ComplaintCase c : repository.overdue(today)) {
            var escalated = c.escalate(today, deadlines::after, TO_DIRECTOR, clock.instant());
            if (escalated.isPresent()) {
                repository.save(c);
                events.publishEvent(escalated.get());
                raised++;
            }
        }
        return raised;
    }
}
