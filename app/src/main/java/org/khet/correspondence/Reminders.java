package org.khet.correspondence;

import java.util.List;
import java.util.Map;
import org.khet.notifications.Message;
import org.khet.notifications.Notifications;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.shared.ForbiddenException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells recipients of a letter: each recipient of an urgent letter when it is sent, and, when the sender asks, every
 * recipient that has neither accepted nor rejected it yet. A school is told through its clerks, a unit of the office
 * through its staff, the office itself through its director, each on the channels they chose. A secret letter's
 * subject is never put in a message.
 */
@Component
class Reminders {

    private final JdbcClient jdbc;
    private final Letters letters;
    private final Organisations organisations;
    private final Notifications notifications;
    private final AuditLog audit;
    private final String publicUrl;

    Reminders(
            JdbcClient jdbc,
            Letters letters,
            Organisations organisations,
            Notifications notifications,
            AuditLog audit,
            @Value("${khet.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.letters = letters;
        this.organisations = organisations;
        this.notifications = notifications;
        this.audit = audit;
        this.publicUrl = publicUrl;
    }

    /** An urgent letter reaches its recipients' clerks at once, after the sending committed. */
    @ApplicationModuleListener
    void on(LetterSent sent) {
        if (sent.urgent()) {
            Letter letter = letters.byId(sent.letterId()).orElseThrow();
            tell(letter, waiting(letter.id()), "correspondence.notify.urgent");
        }
    }

    /** The sender reminds every recipient still waiting to acknowledge; how many were reminded. */
    @Transactional
    int remind(Letter letter, KhetUser by) {
        Organisation sender = organisations.byId(letter.areaId(), letter.schoolId());
        if (!Organisations.actsFor(by, sender)) {
            throw new ForbiddenException("remind recipients of another organisation's letter");
        }
        List<Delivery> waiting = waiting(letter.id());
        tell(letter, waiting, "correspondence.notify.remind");
        jdbc.sql("""
                        update correspondence.delivery set reminded_at = now()
                        where letter_id = :letter and state in ('NEW', 'OPENED')""").param("letter", letter.id()).update();
        audit.changed(letter.areaId(), "REMIND", "letter", letter.id(), null, Map.of("reminded", waiting.size()));
        return waiting.size();
    }

    private List<Delivery> waiting(long letterId) {
        return jdbc.sql(Delivery.SELECT + " where letter_id = :letter and state in ('NEW', 'OPENED') order by id")
                .param("letter", letterId)
                .query(Delivery.class)
                .list();
    }

    private void tell(Letter letter, List<Delivery> deliveries, String template) {
        Organisation sender = organisations.byId(letter.areaId(), letter.schoolId());
        Message message = Message.of(
                "correspondence",
                "letter " + letter.id(),
                template,
                sender.nameTh(),
                letter.number(),
                letter.secrecy().secret() ? Message.text("correspondence.notify.secret") : letter.subject(),
                Message.text("letter.urgency." + letter.urgency().name()),
                publicUrl,
                String.valueOf(letter.id()));
        for (Delivery d : deliveries) {
            notifications.toHoldersOf(clerksOf(d), message);
        }
    }

    private static RoleGrant clerksOf(Delivery d) {
        if (d.schoolId() != null) {
            return new RoleGrant(Role.SCHOOL_CLERK, d.areaId(), null, d.schoolId());
        }
        if (d.unitId() != null) {
            return new RoleGrant(Role.AREA_STAFF, d.areaId(), d.unitId(), null);
        }
        return new RoleGrant(Role.AREA_DIRECTOR, d.areaId(), null, null);
    }
}
