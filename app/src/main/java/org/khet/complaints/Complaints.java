package org.khet.complaints;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.khet.org.Area;
import org.khet.org.Areas;
import org.khet.org.Schools;
import org.khet.platform.AuditLog;
import org.khet.shared.Bilingual;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;
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

    private static final List<String> NOTIFY = List.of("EMAIL", "SMS");
    private static final int CODE_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final Areas areas;
    private final Schools schools;
    private final AuditLog audit;
    private final Attachments attachments;

    private final Deadlines deadlines;
    private final java.time.Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private Supplier<String> codes = TrackingCodes::newCode;

    Complaints(
            JdbcClient jdbc,
            Areas areas,
            Schools schools,
            AuditLog audit,
            Attachments attachments,
            Deadlines deadlines,
            java.time.Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.deadlines = deadlines;
        this.clock = clock;
        this.attachments = attachments;
        this.jdbc = jdbc;
        this.areas = areas;
        this.schools = schools;
        this.audit = audit;
    }

    @Transactional
    Receipt file(NewComplaint c, Channel channel) {
        return file(c, channel, List.of());
    }

    /** Files a complaint with its attachments; any bad field or file refuses the whole and stores nothing. */
    @Transactional
    Receipt file(NewComplaint c, Channel channel, List<Attachments.Upload> uploads) {
        List<FieldError> errors = new ArrayList<>();
        Category category = category(c.category(), errors);
        String subject = RequiredText.of(c.subject(), "subject", 200, "เรื่อง", "The subject", errors);
        String details = RequiredText.of(c.details(), "details", 10_000, "รายละเอียด", "The details", errors);
        Schools.SchoolRef school = school(c.schoolCode(), errors);
        Area area = area(c.areaCode(), school, errors);
        Contact contact = c.anonymous() ? null : contact(c, errors);
        List<Attachments.Checked> files = attachments.check(uploads, errors);
        if (!errors.isEmpty()) {
            throw new RejectedException(
                    Bilingual.of(
                            "ยังส่งเรื่องไม่ได้ กรุณาแก้ไขตามที่แจ้ง", "The complaint was not sent; please correct it"),
                    errors);
        }
        String secret = TrackingCodes.newSecret();
        Filed filed = insert(area, category, channel, subject, details, school, c.anonymous(), secret);
        long id = filed.id();
        String code = filed.code();
        if (contact != null) {
            jdbc.sql("""
                            insert into complainant (complaint_id, name, phone, email, notify_by)
                            values (:id, :name, :phone, :email, :notify)""")
                    .param("id", id)
                    .param("name", contact.name())
                    .param("phone", contact.phone())
                    .param("email", contact.email())
                    .param("notify", contact.notifyBy().toArray(String[]::new))
                    .update();
        }
        attachments.store(id, files);
        toTheHour(id);
        jdbc.sql("update complaint set due_on = :due where id = :id")
                .param(
                        "due",
                        deadlines
                                .due(area.id(), category.name(), "RECEIVED", java.time.LocalDate.now(clock))
                                .orElse(null))
                .param("id", id)
                .update();
        jdbc.sql("insert into complaint_step (complaint_id, step, at) select id, 'RECEIVED', received_at from complaint"
                        + " where id = :id")
                .param("id", id)
                .update();
        if (!c.anonymous()) {
            // Only a named complainant is told of the step. An anonymous filing publishes nothing: the publication
            // log would keep the exact moment, which is what anonymity cuts to the hour.
            events.publishEvent(new CaseStepped(id, "RECEIVED"));
        }
        // The audit names the case, never the complainant or what they wrote; nor, for an anonymous filing from
        // the public, whoever is signed in on the browser or program that sent it.
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
        } else {
            audit.changed(area.id(), "CREATE", "complaint", id, null, created);
        }
        return new Receipt(code, secret);
    }

    /** The case's status for whoever holds its code and secret; empty for an unknown code or a wrong secret alike. */
    Optional<Status> track(String code, String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        record Found(
                long id,
                String code,
                String hash,
                String category,
                String subject,
                String status,
                Instant receivedAt) {}
        Optional<Found> found = jdbc.sql("""
                        select id, tracking_code, secret_hash, category, subject, status, received_at from complaint
                        where tracking_code = :code""")
                .param("code", TrackingCodes.normalise(code))
                .query((rs, n) -> new Found(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .optional();
        // A wrong secret costs the same hash as a right one; an unknown code hashes too.
        boolean matches = TrackingCodes.matches(
                secret.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT),
                found.map(Found::hash).orElse(TrackingCodes.hash("-")));
        if (found.isEmpty() || !matches) {
            return Optional.empty();
        }
        Found f = found.get();
        // In the order taken: an anonymous case's own steps keep only their hour, the office's the minute.
        List<Step> steps = jdbc.sql("""
                        select step, at, public_note, from_public from complaint_step
                        where complaint_id = :id order by id""")
                .param("id", f.id())
                .query((rs, n) ->
                        new Step(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getBoolean(4)))
                .list();
        return Optional.of(new Status(
                f.code(), f.category(), f.subject(), f.status(), f.receivedAt(), attachments.count(f.id()), steps));
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
        toTheHour(id);
        return track(code, secret);
    }

    /**
     * Inserts the case under a fresh tracking code, drawing another when the code is taken: 40 random bits collide
     * rarely, but an office with many cases must not refuse a complaint for it. An anonymous case's time is cut to
     * the hour.
     */
    private Filed insert(
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
                            insert into complaint (area_id, tracking_code, secret_hash, category, channel, subject,
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
                    .query((rs, n) -> new Filed(rs.getLong(1), rs.getString(2)))
                    .optional();
            if (filed.isPresent()) {
                return filed.get();
            }
        }
        throw new IllegalStateException("No free tracking code after " + CODE_ATTEMPTS + " attempts");
    }

    /** An anonymous case's files keep only the hour they came, as its other times do. */
    private void toTheHour(long id) {
        jdbc.sql("""
                        update complaint_attachment a set added_at = date_trunc('hour', a.added_at) from complaint c
                        where c.id = a.complaint_id and c.id = :id and c.anonymous
                          and a.added_at <> date_trunc('hour', a.added_at)""").param("id", id).update();
    }

    /** Where new tracking codes come from; a test replaces it to force a collision. */
    void codesFrom(Supplier<String> source) {
        this.codes = source;
    }

    private record Filed(long id, String code) {}

    private record Contact(String name, String phone, String email, List<String> notifyBy) {}

    private static Category category(String value, List<FieldError> errors) {
        try {
            return Category.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(
                    "category",
                    "เลือกประเภทเรื่อง (" + Category.codes() + ")",
                    "Choose what it is about (" + Category.codes() + ")"));
            return null;
        }
    }

    private Schools.SchoolRef school(String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Schools.SchoolRef school = schools.byCodes(List.of(code.strip())).get(code.strip());
        if (school == null) {
            errors.add(FieldError.of(
                    "schoolCode", "ไม่พบโรงเรียนรหัส " + code.strip(), "No school has the code " + code.strip()));
        }
        return school;
    }

    /** The area asked for; else the school's; else the only area of this installation. */
    private Area area(String code, Schools.SchoolRef school, List<FieldError> errors) {
        if (code != null && !code.isBlank()) {
            Optional<Area> area = areas.byCode(code.strip());
            if (area.isEmpty()) {
                errors.add(FieldError.of("areaCode", "ไม่พบสำนักงานเขตพื้นที่นี้", "No such area office"));
                return null;
            }
            if (school != null && school.areaId() != area.get().id()) {
                errors.add(FieldError.of(
                        "schoolCode",
                        "โรงเรียนนี้ไม่ได้อยู่ในสำนักงานเขตพื้นที่ที่เลือก",
                        "This school is not in the chosen area office"));
            }
            return area.get();
        }
        if (school != null) {
            return areas.byId(school.areaId()).orElseThrow();
        }
        Optional<Area> only = areas.onlyOne();
        if (only.isPresent()) {
            return only.get();
        }
        errors.add(FieldError.of("areaCode", "กรุณาเลือกสำนักงานเขตพื้นที่", "Choose the area office"));
        return null;
    }

    private static Contact contact(NewComplaint c, List<FieldError> errors) {
        String name = c.name() == null ? "" : c.name().strip();
        String phone = c.phone() == null ? "" : c.phone().replaceAll("[\\s-]", "");
        String email = c.email() == null ? "" : c.email().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(FieldError.of(
                    "name", "กรุณากรอกชื่อ หรือเลือกไม่ระบุตัวตน", "Give your name, or choose to stay anonymous"));
        }
        if (!phone.isEmpty() && !phone.matches("0[0-9]{8,9}")) {
            errors.add(FieldError.of(
                    "phone",
                    "เบอร์โทรศัพท์ต้องเป็นตัวเลข 9–10 หลัก ขึ้นต้นด้วย 0",
                    "A phone number is 9–10 digits from 0"));
        }
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(FieldError.of("email", "อีเมลไม่ถูกต้อง", "The e-mail address is not valid"));
        }
        if (phone.isEmpty() && email.isEmpty()) {
            errors.add(FieldError.of(
                    "phone",
                    "กรุณาให้เบอร์โทรศัพท์หรืออีเมลเพื่อติดต่อกลับ",
                    "Give a phone number or an e-mail address to be reached"));
        }
        List<String> notify = c.notifyBy() == null
                ? List.of()
                : c.notifyBy().stream()
                        .map(n -> n.strip().toUpperCase(Locale.ROOT))
                        .distinct()
                        .toList();
        for (String n : notify) {
            if (!NOTIFY.contains(n)) {
                errors.add(
                        FieldError.of("notifyBy", "แจ้งผลได้ทาง EMAIL หรือ SMS", "Progress is sent by EMAIL or SMS"));
            } else if (n.equals("EMAIL") && email.isEmpty()) {
                errors.add(FieldError.of("email", "ต้องมีอีเมลเพื่อรับแจ้งทางอีเมล", "An e-mail address is needed"));
            } else if (n.equals("SMS") && phone.isEmpty()) {
                errors.add(
                        FieldError.of("phone", "ต้องมีเบอร์โทรศัพท์เพื่อรับ SMS", "A phone number is needed for SMS"));
            }
        }
        return new Contact(name, phone.isEmpty() ? null : phone, email.isEmpty() ? null : email, notify);
    }
}
