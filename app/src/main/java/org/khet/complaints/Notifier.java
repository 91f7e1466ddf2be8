package org.khet.complaints;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.khet.notifications.Contact;
import org.khet.notifications.Message;
import org.khet.notifications.Notifications;
import org.khet.platform.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Decides who hears of a case's step and what they are told; the notifications module renders it in each one's
 * language and delivers it. The named complainant, by the channels they chose and in the language they filed in,
 * never with the case's details, only its code, its step and where to follow it; the officer given a case; the legal
 * officers and the head of the unit, then the director, when a case overruns. Anonymous complainants are never
 * reached: Khet does not know them. Each kind of event is its own listener, so that one failing is retried alone.
 */
@Component
class Notifier {

    /** How a complainant can be reached (the notifications module's channels): Khet knows no LINE account of theirs. */
    private static final Set<org.khet.notifications.Channel> TO_COMPLAINANTS =
            EnumSet.of(org.khet.notifications.Channel.EMAIL, org.khet.notifications.Channel.SMS);

    private record Recipient(String code, String email, String phone, List<String> notifyBy, String language) {}

    /** Whether a case {@code c} is kept from the account {@code u} ({@link CaseRows#keptFrom}). */
    private static final String CONCERNED = CaseRows.keptFromAccount("u.id");

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final String publicUrl;

    Notifier(
            JdbcClient jdbc,
            Notifications notifications,
            @Value("${khet.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.publicUrl = publicUrl;
    }

    /** A named complainant hears of every status their case moves to. */
    @ApplicationModuleListener
    void on(CaseEvent.Moved event) {
        complainant(event.complaintId())
                .ifPresent(r -> notifications.toContact(
                        new Contact(r.email(), r.phone(), channels(r.notifyBy()), r.language()),
                        Message.of(
                                "complaints",
                                about(event),
                                "complaints.notify.complainant",
                                r.code(),
                                Message.text("complaints.step." + event.step()),
                                publicUrl)));
    }

    /** The officer given the case. */
    @ApplicationModuleListener
    void on(CaseEvent.Assigned event) {
        if (enabled(event.officerId())) {
            toStaff(event, List.of(event.officerId()));
        }
    }

    /**
     * An overdue case: first the legal officers and the head of the unit it is assigned to (the registry's published
     * {@code unit_head}), then the director. Never the person the case is about nor a director of their school.
     */
    @ApplicationModuleListener
    void on(CaseEvent.Escalated event) {
        List<Long> staff = jdbc.sql("""
                        select distinct u.id from complaints.complaint c
                        join platform.user_role g on g.area_id = c.area_id
                        join platform.user_summary u on u.id = g.user_id
                        where c.id = :id and u.enabled and g.role = :role
                          and not %1$s
                        union
                        select u.id from complaints.complaint c join registry.unit_head h on h.unit_id = c.unit_id
                        join platform.user_summary u on u.id = h.user_id
                        where c.id = :id and not :toDirector and u.enabled
                          and h.person_id is distinct from c.subject_person_id and not %1$s""".formatted(CONCERNED))
                .param("id", event.complaintId())
                .param("role", (event.toDirector() ? Role.AREA_DIRECTOR : Role.LEGAL_OFFICER).name())
                .param("toDirector", event.toDirector())
                .query(Long.class)
                .list();
        toStaff(event, staff);
    }

    /** Accounts, told on the channels each chose. */
    private void toStaff(CaseEvent event, List<Long> staff) {
        if (staff.isEmpty()) {
            return;
        }
        Message message = Message.of(
                "complaints",
                about(event),
                "complaints.notify.staff",
                code(event.complaintId()),
                Message.text("complaints.step." + event.step()),
                publicUrl,
                String.valueOf(event.complaintId()));
        staff.forEach(account -> notifications.toPerson(account, message));
    }

    private static String about(CaseEvent event) {
        return "complaint " + event.complaintId() + " " + event.step();
    }

    /** The channels a complainant chose ({@code complainant.notify_by}, by name), of those that can reach them. */
    private static Set<org.khet.notifications.Channel> channels(List<String> notifyBy) {
        Set<org.khet.notifications.Channel> channels = EnumSet.noneOf(org.khet.notifications.Channel.class);
        for (org.khet.notifications.Channel channel : TO_COMPLAINANTS) {
            if (notifyBy.contains(channel.name())) {
                channels.add(channel);
            }
        }
        return channels;
    }

    private Optional<Recipient> complainant(long complaintId) {
        return jdbc.sql("""
                        select c.tracking_code, p.email, p.phone, p.notify_by, p.language
                        from complaints.complaint c join complaints.complainant p on p.complaint_id = c.id
                        where c.id = :id and not c.anonymous""")
                .param("id", complaintId)
                .query((rs, n) -> new Recipient(
                        rs.getString("tracking_code"),
                        rs.getString("email"),
                        rs.getString("phone"),
                        List.of((String[]) rs.getArray("notify_by").getArray()),
                        rs.getString("language")))
                .optional();
    }

    /** Whether an account can still be told (a disabled one is not). */
    private boolean enabled(long account) {
        return jdbc.sql("select u.enabled from platform.user_summary u where u.id = :id")
                .param("id", account)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private String code(long id) {
        return jdbc.sql("select tracking_code from complaints.complaint where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
