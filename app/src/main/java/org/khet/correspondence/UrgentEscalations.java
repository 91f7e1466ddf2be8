package org.khet.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.khet.calendar.OfficeCalendar;
import org.khet.notifications.Message;
import org.khet.notifications.Notifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.moments.HourHasPassed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises an urgent letter that a recipient has neither accepted nor rejected in time: after the working days of the
 * rule in force when it was sent (counted on the office calendar of the recipient's area), or once the set time of a
 * letter urgent by a time has passed. The recipient's director is told, and so is whoever wrote the letter; each
 * delivery is raised once. Every instance hears the hour; a run locks what it raises ({@code skip locked}).
 */
@Component
class UrgentEscalations {

    private record Waiting(
            long deliveryId,
            long letterId,
            long areaId,
            Long schoolId,
            Long unitId,
            Urgency urgency,
            Instant urgentBy,
            Instant sentAt,
            long createdBy,
            String recipient) {}

    private final JdbcClient jdbc;
    private final AcknowledgeRules rules;
    private final OfficeCalendar calendar;
    private final Registers registers;
    private final Letters letters;
    private final Notifications notifications;
    private final TransactionTemplate transactions;
    private final String publicUrl;

    UrgentEscalations(
            JdbcClient jdbc,
            AcknowledgeRules rules,
            OfficeCalendar calendar,
            Registers registers,
            Letters letters,
            Notifications notifications,
            PlatformTransactionManager transactionManager,
            @Value("${khet.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.calendar = calendar;
        this.registers = registers;
        this.letters = letters;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactionManager);
        this.publicUrl = publicUrl;
    }

    @EventListener
    void on(HourHasPassed hour) {
        runNow();
    }

    /** Raises what is overdue now; how many deliveries were raised. */
    int runNow() {
        return transactions.execute(status -> {
            int raised = 0;
            for (Waiting w : waiting()) {
                if (overdue(w)) {
                    raise(w);
                    raised++;
                }
            }
            return raised;
        });
    }

    private List<Waiting> waiting() {
        return jdbc.sql("""
                        select d.id as delivery_id, l.id as letter_id, d.area_id, d.school_id, d.unit_id, l.urgency,
                               l.urgent_by, l.sent_at, l.created_by, coalesce(s.name_th, u.name_th, '') as recipient
                        from correspondence.delivery d
                        join correspondence.letter l on l.id = d.letter_id
                        left join registry.school_summary s on s.id = d.school_id
                        left join registry.unit_summary u on u.id = d.unit_id
                        where d.state in ('NEW', 'OPENED') and d.escalated_at is null and l.urgency <> 'NORMAL'
                        for update of d skip locked""").query(Waiting.class).list();
    }

    private boolean overdue(Waiting w) {
        Instant now = registers.now().atZone(Registers.THAILAND).toInstant();
        if (w.urgency() == Urgency.WITHIN) {
            return w.urgentBy() != null && now.isAfter(w.urgentBy());
        }
        LocalDate sent = LocalDate.ofInstant(w.sentAt(), Registers.THAILAND);
        return rules.workingDays(w.urgency(), sent)
                .map(days -> registers.today().isAfter(calendar.workingDaysAfter(w.areaId(), sent, days)))
                .orElse(false);
    }

    private void raise(Waiting w) {
        Letter letter = letters.byId(w.letterId()).orElseThrow();
        Message message = Message.of(
                "correspondence",
                "letter " + letter.id(),
                "correspondence.notify.overdue",
                w.recipient(),
                letter.number(),
                letter.secrecy().secret() ? Message.text("correspondence.notify.secret") : letter.subject(),
                Message.text("letter.urgency." + letter.urgency().name()),
                publicUrl,
                String.valueOf(letter.id()));
        notifications.toHoldersOf(Organisations.directorOf(w.areaId(), w.schoolId()), message);
        notifications.toPerson(w.createdBy(), message);
        jdbc.sql("update correspondence.delivery set escalated_at = now() where id = :id")
                .param("id", w.deliveryId())
                .update();
    }
}
