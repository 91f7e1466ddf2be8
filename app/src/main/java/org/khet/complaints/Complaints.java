package org.khet.complaints;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khet.org.Area;
import org.khet.org.Schools;
import org.khet.platform.AuditLog;
import org.khet.shared.Bilingual;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Files complaints and answers a complainant who holds a case's tracking code and secret. */
@Component
class Complaints {

    /** A complaint as the public form, the API or staff give it; names and contacts are ignored when anonymous. */
    record NewComplaint(
            String areaCode,
            String category,
            String subject,
            String details,
            boolean anonymous,
            String name,
            String phone,
            String email,
            List<String> notifyBy,
            String schoolCode) {}

    /** What the complainant keeps: the secret is shown once and never stored. */
    record Receipt(String trackingCode, String secret) {

        /** The secret in groups of five, easier to copy by hand; spaces are ignored when it is typed back. */
        public String secretGrouped() {
            return secret.replaceAll("(.{5})(?=.)", "$1 ");
        }
    }

    /** A step as the complainant sees it: never the office's internal notes. */
    record Step(String step, Instant at, String publicNote, boolean fromPublic) {

        /** When, in Thailand's time: Buddhist-Era in Thai, ISO-like in English. */
        public String when(String language) {
            return Shown.moment(at, language);
        }
    }

    record Status(
            String trackingCode,
            String category,
            String subject,
            String status,
            Instant receivedAt,
            int attachments,
            List<Step> steps) {}

    private final JdbcClient jdbc;
    private final FilingPlaces places;
    private final Filings filings;
    private final CaseTracking tracking;
    private final AuditLog audit;
    private final Attachments attachments;
    private final ApplicationEventPublisher events;

    Complaints(
            JdbcClient jdbc,
            FilingPlaces places,
            Filings filings,
            CaseTracking tracking,
            AuditLog audit,
            Attachments attachments,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.places = places;
        this.filings = filings;
        this.tracking = tracking;
        this.audit = audit;
        this.attachments = attachments;
        this.events = events;
    }

    @Transactional
    Receipt file(NewComplaint c, Channel channel) {
        return file(c, channel, List.of());
    }

    /** Files a complaint with its attachments; any bad field or file refuses the whole and stores nothing. */
    @Transactional
    Receipt file(NewComplaint c, Channel channel, List<Attachments.Upload> uploads) {
        List<FieldError> errors = new ArrayList<>();
        Category category = Category.chosen(c.category(), errors);
        String subject = RequiredText.of(c.subject(), "subject", 200, "เรื่อง", "The subject", errors);
        String details = RequiredText.of(c.details(), "details", 10_000, "รายละเอียด", "The details", errors);
        Schools.SchoolRef school = places.school(c.schoolCode(), errors);
        Area area = places.area(c.areaCode(), school, errors);
        ComplainantContact contact = c.anonymous() ? null : ComplainantContact.checked(c, errors);
        List<Attachments.Checked> files = attachments.check(uploads, errors);
        if (!errors.isEmpty()) {
            throw new RejectedException(
                    Bilingual.of(
                            "ยังส่งเรื่องไม่ได้ กรุณาแก้ไขตามที่แจ้ง", "The complaint was not sent; please correct it"),
                    errors);
        }
        String secret = TrackingCodes.newSecret();
        Filings.Filed filed = filings.insert(area, category, channel, subject, details, school, c.anonymous(), secret);
        long id = filed.id();
        String code = filed.code();
        if (contact != null) {
            filings.complainant(id, contact);
        }
        attachments.store(id, files);
        filings.toTheHour(id);
        filings.received(id, area.id(), category);
        if (!c.anonymous()) {
            // Only a named complainant is told of the step. An anonymous filing publishes nothing: the publication
            // log would keep the exact moment, which is what anonymity cuts to the hour.
            events.publishEvent(new CaseStepped(id, "RECEIVED"));
        }
        // The audit names the case, never the complainant or what they wrote; nor, for a filing from the public,
        // whoever is signed in on the browser or program that sent it.
        Map<String, Object> created = Map.of(
                "tracking_code",
                code,
                "category",
                category.name(),
                "channel",
                channel.name(),
                "anonymous",
                c.anonymous());
        if (c.anonymous() && channel.isPublic()) {
            audit.createdAnonymously(area.id(), "complaint", id, created);
        } else if (channel.isPublic()) {
            audit.createdByThePublic(area.id(), "complaint", id, created);
        } else {
            audit.changed(area.id(), "CREATE", "complaint", id, null, created);
        }
        return new Receipt(code, secret);
    }

    /** The case's status for whoever holds its code and secret; empty for an unknown code or a wrong secret alike. */
    Optional<Status> track(String code, String secret) {
        return tracking.track(code, secret);
    }

    /**
     * The complainant adds information or answers the office's question, with photos or documents if they have
     * them: a step the status page shows. Empty when the code and secret do not match, as for {@link #track}.
     */
    @Transactional
    Optional<Status> addInformation(String code, String secret, String text, List<Attachments.Upload> uploads) {
        Optional<Status> status = track(code, secret);
        if (status.isEmpty()) {
            return status;
        }
        List<FieldError> errors = new ArrayList<>();
        List<Attachments.Checked> files = attachments.check(uploads, errors);
        boolean withFiles = !files.isEmpty() || !errors.isEmpty();
        String info = withFiles && (text == null || text.isBlank())
                ? null
                : RequiredText.of(text, "text", 5_000, "ข้อมูลเพิ่มเติม", "The added information", errors);
        if (!errors.isEmpty()) {
            throw new RejectedException(
                    Bilingual.of("ยังส่งข้อมูลไม่ได้ กรุณาแก้ไขตามที่แจ้ง", "The information was not sent"), errors);
        }
        long id = jdbc.sql("""
                        insert into complaint_step (complaint_id, step, public_note, from_public, at)
                        select id, :step, :note, true,
                               case when anonymous then date_trunc('hour', now()) else now() end
                        from complaint where tracking_code = :code returning complaint_id""")
                .param("step", info == null ? "FILES_ADDED" : "INFO_ADDED")
                .param("note", info)
                .param("code", status.get().trackingCode())
                .query(Long.class)
                .single();
        attachments.store(id, files);
        filings.toTheHour(id);
        return track(code, secret);
    }
}
