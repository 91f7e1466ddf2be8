package org.khet.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.khet.platform.AuditLog;
import org.khet.registry.Area;
import org.khet.registry.Schools;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a filed complaint: its row under a fresh tracking code, its complainant, its files, its first step and
 * deadline, and for an anonymous case every time cut to the hour, so that no stored moment points at who sent it.
 * Only writes: {@link Complaints} checks every field and file before, so that no slow check of a hostile upload holds
 * a pooled connection.
 */
@Component
class Filings {

    /** The case as stored: its id and the tracking code it got. */
    record Filed(long id, String code) {}

    /** A complaint whose fields are checked; the contact is null for an anonymous one; the language filed in. */
    record Filing(
            Area area,
            Category category,
            Channel channel,
            String subject,
            String details,
            Schools.SchoolRef school,
            boolean anonymous,
            ComplainantContact contact,
            String language) {}

    private static final int CODE_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final Deadlines deadlines;
    private final Clock clock;
    private final Attachments attachments;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private Supplier<String> codes = TrackingCodes::newCode;

    Filings(
            JdbcClient jdbc,
            Deadlines deadlines,
            Clock clock,
            Attachments attachments,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.clock = clock;
        this.attachments = attachments;
        this.audit = audit;
        this.events = events;
    }

    /** Stores a checked complaint with its checked files, all or nothing, and audits it. */
    @Transactional
    Filed file(Filing f, List<Attachments.Checked> files, String secret) {
        Filed filed = insert(
                f.area(), f.category(), f.channel(), f.subject(), f.details(), f.school(), f.anonymous(), secret);
        long id = filed.id();
        if (f.contact() != null) {
            complainant(id, f.contact(), f.language());
        }
        attachments.store(id, files);
        received(id, f.area().id(), f.category());
        if (!f.anonymous()) {
            // Only a named complainant is told of the step. An anonymous filing publishes nothing: the publication
            // log would keep the exact moment, which is what anonymity cuts to the hour.
            events.publishEvent(new CaseEvent.Received(id));
        }
        // The audit names the case, never the complainant or what they wrote; nor, for a filing from the public,
        // whoever is signed in on the browser or program that sent it.
        Map<String, Object> created = Map.of(
                "tracking_code",
                filed.code(),
                "category",
                f.category().name(),
                "channel",
                f.channel().name(),
                "anonymous",
                f.anonymous());
        if (f.anonymous() && f.channel().isPublic()) {
            audit.createdAnonymously(f.area().id(), "complaint", id, created);
        } else if (f.channel().isPublic()) {
            audit.createdByThePublic(f.area().id(), "complaint", id, created);
        } else {
            audit.changed(f.area().id(), "CREATE", "complaint", id, null, created);
        }
        return filed;
    }

    /**
     * The complainant's checked information (a null note when only files came) and files, as one step of the case
     * with that tracking code; false when there is no such case any more.
     */
    @Transactional
    boolean added(String trackingCode, String note, List<Attachments.Checked> files) {
        Optional<Long> id = jdbc.sql("""
                        insert into complaints.complaint_step (complaint_id, step, public_note, from_public, at)
                        select id, :step, :note, true,
                               case when anonymous then date_trunc('hour', now()) else now() end
                        from complaints.complaint where tracking_code = :code returning complaint_id""")
                .param("step", (note == null ? StepKind.FILES_ADDED : StepKind.INFO_ADDED).name())
                .param("note", note)
                .param("code", trackingCode)
                .query(Long.class)
                .optional();
        id.ifPresent(c -> attachments.store(c, files));
        return id.isPresent();
    }

    /**
     * Inserts the case under a fresh tracking code, drawing another when the code is taken: 40 random bits collide
     * rarely, but an office with many cases must not refuse a complaint for it. An anonymous case's time is cut to
     * the hour.
     */
    Filed insert(
            Area area,
            Category category,
            Channel channel,
            String subject,
            String details,
            Schools.SchoolRef school,
            boolean anonymous,
            String secret) {
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            Optional<Filed> filed = jdbc.sql("""
                            insert into complaints.complaint (area_id, tracking_code, secret_hash, category, channel, subject,
                                                   details, school_id, anonymous, received_at)
                            values (:area, :code, :hash, :category, :channel, :subject, :details, :school, :anonymous,
                                    case when :anonymous then date_trunc('hour', now()) else now() end)
                            on conflict (tracking_code) do nothing
                            returning id, tracking_code""")
                    .param("area", area.id())
                    .param("code", codes.get())
                    .param("hash", TrackingCodes.hash(secret))
                    .param("category", category.name())
                    .param("channel", channel.name())
                    .param("subject", subject)
                    .param("details", details)
                    .param("school", school == null ? null : school.id())
                    .param("anonymous", anonymous)
                    .query((rs, n) -> new Filed(rs.getLong("id"), rs.getString("tracking_code")))
                    .optional();
            if (filed.isPresent()) {
                return filed.get();
            }
        }
        throw new IllegalStateException("No free tracking code after " + CODE_ATTEMPTS + " attempts");
    }

    /** Keeps who complained, how to reach them and in which language, apart from the case. */
    void complainant(long id, ComplainantContact contact, String language) {
        jdbc.sql("""
                        insert into complaints.complainant (complaint_id, name, phone, email, notify_by, language)
                        values (:id, :name, :phone, :email, :notify, :language)""")
                .param("id", id)
                .param("name", contact.name())
                .param("phone", contact.phone())
                .param("email", contact.email())
                .param("notify", contact.notifyBy().toArray(String[]::new))
                .param("language", language)
                .update();
    }

    /** The case's first step, RECEIVED at the time it was stored, and the day that step is due. */
    void received(long id, long areaId, Category category) {
        jdbc.sql("update complaints.complaint set due_on = :due where id = :id")
                .param(
                        "due",
                        deadlines
                                .due(areaId, category.name(), CaseStatus.RECEIVED, LocalDate.now(clock))
                                .orElse(null))
                .param("id", id)
                .update();
        jdbc.sql("""
                        insert into complaints.complaint_step (complaint_id, step, at)
                        select id, :step, received_at from complaints.complaint where id = :id""")
                .param("step", CaseStatus.RECEIVED.step().name())
                .param("id", id)
                .update();
    }

    /** Where new tracking codes come from; a test replaces it to force a collision. */
    void codesFrom(Supplier<String> source) {
        this.codes = source;
    }
}
