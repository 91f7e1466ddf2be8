package org.khet.correspondence;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.moments.HourHasPassed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds whoever holds a letter whose reply is due tomorrow or earlier, once for each step that set the date.
 * Every instance hears the hour; a run locks the steps it reminds of ({@code skip locked}) and marks them in the
 * same transaction, so each holder is reminded once whichever instance gets there first.
 */
@Component
class ReplyDeadlines {

    private record Due(long stepId, long holder, long letterId) {}

    private final JdbcClient jdbc;
    private final Registers registers;
    private final Letters letters;
    private final Handling handling;
    private final TransactionTemplate transactions;

    ReplyDeadlines(
            JdbcClient jdbc,
            Registers registers,
            Letters letters,
            Handling handling,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.registers = registers;
        this.letters = letters;
        this.handling = handling;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @EventListener
    void on(HourHasPassed hour) {
        runNow();
    }

    /** Reminds of what is due by tomorrow; how many holders were reminded. */
    int runNow() {
        return transactions.execute(status -> {
            List<Due> due = jdbc.sql("""
                            select h.id as step_id, h.to_user as holder, d.letter_id
                            from correspondence.handling_step h
                            join correspondence.delivery d on d.id = h.delivery_id
                            where h.reply_by <= :tomorrow and h.reply_reminded_at is null and h.to_user is not null
                              and h.id = (select max(x.id) from correspondence.handling_step x
                                          where x.delivery_id = h.delivery_id)
                            for update of h skip locked""")
                    .param("tomorrow", registers.today().plusDays(1))
                    .query(Due.class)
                    .list();
            for (Due d : due) {
                handling.tell(
                        d.holder(), letters.byId(d.letterId()).orElseThrow(), "correspondence.notify.replyDue", "");
                jdbc.sql("update correspondence.handling_step set reply_reminded_at = now() where id = :id")
                        .param("id", d.stepId())
                        .update();
            }
            return due.size();
        });
    }
}
