package org.khet.complaints;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people of a case's steps: the named complainant by the channels chosen (e-mail, SMS), never with the
 * case's details, only its code, its step and where to follow it; the officer given a case; the legal officers,
 * then the director, when a case overruns. Anonymous complainants are never reached: Khet does not know them.
 */
@Component
class Notifier {

    private record Recipient(String code, String email, String phone, List<String> notifyBy) {}

    /** Whether a case {@code c} is kept from the account {@code u} ({@link CaseRows#keptFrom}). */
    private static final String CONCERNED = CaseRows.keptFromAccount("u.id");

    private final JdbcClient jdbc;
    private final Messengers messengers;
    private final MessageSource messages;
    private final String publicUrl;

    Notifier(
            JdbcClient jdbc,
            Messengers messengers,
            MessageSource messages,
            @Value("${khet.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.messengers = messengers;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    @ApplicationModuleListener
    void on(CaseStepped event) {
        String stepName = messages.getMessage(
                "complaints.step." + event.step(), null, event.step(), java.util.Locale.forLanguageTag("th"));
        complainant(event).ifPresent(r -> {
            String text = "เขตพื้นที่การศึกษา: เรื่อง " + r.code() + " " + stepName + " ติดตามได้ที่ " + publicUrl
                    + "/public/complaints/track";
            if (r.notifyBy().contains("EMAIL") && r.email() != null) {
                messengers.email(r.email(), "เรื่อง " + r.code() + ": " + stepName, text);
            }
            if (r.notifyBy().contains("SMS") && r.phone() != null) {
                messengers.sms(r.phone(), text);
            }
        });
        for (String email : staffToTell(event)) {
            String code = code(event.complaintId());
            messengers.email(
                    email,
                    "เรื่องร้องเรียน " + code + ": " + stepName,
                    "เรื่อง " + code + " " + stepName + " ดูรายละเอียดได้ที่ " + publicUrl + "/complaints/"
                            + event.complaintId());
        }
    }

    private java.util.Optional<Recipient> complainant(CaseStepped event) {
        if (event.step().startsWith("ESCALATED")) {
            return java.util.Optional.empty();
        }
        return jdbc.sql("""
                        select c.tracking_code, p.email, p.phone, p.notify_by
                        from complaint c join complainant p on p.complaint_id = c.id
                        where c.id = :id and not c.anonymous""")
                .param("id", event.complaintId())
                .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3), List.of((String[])
                        rs.getArray(4).getArray())))
                .optional();
    }

    /**
     * The officer given the case; for an overdue one, first the legal officers and the head of the unit it is
     * assigned to (the account linked to the unit's group head in the registry), then the director. Never the
     * person the case is about nor a director of their school.
     */
    private List<String> staffToTell(CaseStepped event) {
        String sql =
                switch (event.step()) {
                    case "ASSIGNED" -> """
                            select u.email from complaint c join app_user u on u.id = c.officer_id
                            where c.id = :id and u.email is not null and u.enabled""";
                    case "ESCALATED", "ESCALATED_TO_DIRECTOR" -> """
                            select distinct u.email from complaint c join role_grant g on g.area_id = c.area_id
                            join app_user u on u.id = g.user_id
                            where c.id = :id and u.email is not null and u.enabled and g.role = :role
                              and not %1$s
                            union
                            select u.email from complaint c join person p on p.unit_id = c.unit_id and p.active
                            join position pos on pos.id = p.position_id and pos.code = 'GROUP_HEAD'
                            join person_account pa on pa.person_id = p.id join app_user u on u.id = pa.user_id
                            where c.id = :id and :role = 'LEGAL_OFFICER' and u.email is not null and u.enabled
                              and p.id is distinct from c.subject_person_id and not %1$s""";
                    default -> null;
                };
        if (sql == null) {
            return List.of();
        }
        return jdbc.sql(sql.formatted(CONCERNED))
                .param("id", event.complaintId())
                .param("role", event.step().equals("ESCALATED") ? "LEGAL_OFFICER" : "AREA_DIRECTOR")
                .query(String.class)
                .list();
    }

    private String code(long id) {
        return jdbc.sql("select tracking_code from complaint where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
