package org.khet.complaints;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.khet.notifications.Contact;
import org.khet.notifications.Message;
import org.khet.notifications.Notifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Decides who hears of a case's step and what they are told; the notifications module renders it in each one's
 * language and delivers it. The named complainant, by the channels they chose, never with the case's details, only
 * its code, its step and where to follow it; the officer given a case; the legal officers, then the director, when a
 * case overruns. Anonymous complainants are never reached: Khet does not know them.
 */
@Component
class Notifier {

    private record Recipient(String code, String email, String phone, List<String> notifyBy) {}

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

    @ApplicationModuleListener
    void on(CaseStepped event) {
        Object step = Message.text("complaints.step." + event.step());
        String about = "complaint " + event.complaintId() + " " + event.step();
        complainant(event)
                .ifPresent(r -> notifications.toContact(
                        new Contact(r.email(), r.phone(), channels(r.notifyBy()), "th"),
                        Message.of("complaints", about, "complaints.notify.complainant", r.code(), step, publicUrl)));
        List<Long> staff = staffToTell(event);
        if (staff.isEmpty()) {
            return;
        }
        Message toStaff = Message.of(
                "complaints",
                about,
                "complaints.notify.staff",
                code(event.complaintId()),
                step,
                publicUrl,
                String.valueOf(event.complaintId()));
        staff.forEach(account -> notifications.toPerson(account, toStaff));
    }

    private static Set<org.khet.notifications.Channel> channels(List<String> notifyBy) {
        Set<org.khet.notifications.Channel> channels = EnumSet.noneOf(org.khet.notifications.Channel.class);
        for (String name : notifyBy) {
            switch (name) {
                case "EMAIL" -> channels.add(org.khet.notifications.Channel.EMAIL);
                case "SMS" -> channels.add(org.khet.notifications.Channel.SMS);
                default -> {}
            }
        }
        return channels;
    }

    private Optional<Recipient> complainant(CaseStepped event) {
        if (event.step().startsWith("ESCALATED")) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select c.tracking_code, p.email, p.phone, p.notify_by
                        from complaints.complaint c join complaints.complainant p on p.complaint_id = c.id
                        where c.id = :id and not c.anonymous""")
                .param("id", event.complaintId())
                .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3), List.of((String[])
                        rs.getArray(4).getArray())))
                .optional();
    }

    /**
     * The officer given the case; for an overdue one, first the legal officers and the head of the unit it is
     * assigned to (the registry's published `unit_head`), then the director. Never the
     * person the case is about nor a director of their school. Accounts, told on the channels each chose.
     */
    private List<Long> staffToTell(CaseStepped event) {
        String sql =
                switch (event.step()) {
                    case "ASSIGNED" -> """
                            select u.id from complaints.complaint c join platform.user_summary u on u.id = c.officer_id
                            where c.id = :id and u.enabled""";
                    case "ESCALATED", "ESCALATED_TO_DIRECTOR" -> """
                            select distinct u.id from complaints.complaint c
                            join platform.user_role g on g.area_id = c.area_id
                            join platform.user_summary u on u.id = g.user_id
                            where c.id = :id and u.enabled and g.role = :role
                              and not %1$s
                            union
                            select u.id from complaints.complaint c join registry.unit_head h on h.unit_id = c.unit_id
                            join platform.user_summary u on u.id = h.user_id
                            where c.id = :id and :role = 'LEGAL_OFFICER' and u.enabled
                              and h.person_id is distinct from c.subject_person_id and not %1$s""";
                    default -> null;
                };
        if (sql == null) {
            return List.of();
        }
        return jdbc.sql(sql.formatted(CONCERNED))
                .param("id", event.complaintId())
                .param("role", event.step().equals("ESCALATED") ? "LEGAL_OFFICER" : "AREA_DIRECTOR")
                .query(Long.class)
                .list();
    }

    private String code(long id) {
        return jdbc.sql("select tracking_code from complaints.complaint where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
