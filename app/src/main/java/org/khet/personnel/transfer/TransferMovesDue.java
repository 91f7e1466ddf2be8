package org.khet.personnel.transfer;

import java.time.Clock;
import java.time.LocalDate;
import org.khet.personnel.common.OfficeTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.moments.HourHasPassed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the people decided rounds placed once their round's effective day has come ({@link TransferMoves}). Runs
 * when Spring Modulith's moments say an hour has passed ({@link HourHasPassed}), so a move happens in the first hour
 * of its day in the office's time, and one missed while no instance ran happens at the next hour; tests call {@link
 * #runOn} with the day. Each move has its own transaction and locks its request ({@code skip locked}): instances
 * running at once move each person once, and one refused move neither stops nor undoes the others. A refusal that
 * waiting cannot cure is recorded on the request; any other failure is logged and tried again the next hour.
 */
@Component
public class TransferMovesDue {

    private static final Logger log = LoggerFactory.getLogger(TransferMovesDue.class);

    private final TransferMoves moves;
    private final Clock clock;
    private final TransactionTemplate transactions;

    TransferMovesDue(TransferMoves moves, Clock clock, PlatformTransactionManager transactionManager) {
        this.moves = moves;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(HourHasPassed hour) {
        runOn(OfficeTime.today(clock));
    }

    /** Moves what is due on {@code day} or before; how many people moved. */
    public int runOn(LocalDate day) {
        int moved = 0;
        for (long request : moves.dueOn(day)) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> moves.moveDue(request)))) {
                    moved++;
                }
            } catch (RuntimeException e) {
                boolean recorded = Boolean.TRUE.equals(transactions.execute(status -> moves.refused(request, e)));
                log.warn(
                        "Transfer request {} not moved{}: {}",
                        request,
                        recorded ? "" : ", tried again later",
                        e.toString());
            }
        }
        return moved;
    }
}
