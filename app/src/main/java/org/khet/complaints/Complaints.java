package org.khet.complaints;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.registry.Schools;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;
import org.khet.shared.RequiredText;
import org.springframework.stereotype.Component;

/** Files complaints and answers a complainant who holds a case's tracking code and secret. */
@Component
class Complaints {

    /**
     * A complaint as the public form, the API or staff give it; names and contacts are ignored when anonymous. {@code
     * language} ({@code th} or {@code en}, Thai when none) is the one the complainant filed in and is written to in.
     */
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
            String schoolCode,
            String language) {}

    /** What the complainant keeps: the secret is shown once and never stored. */
    record Receipt(String trackingCode, String secret) {

        /** The secret in groups of five, easier to copy by hand; spaces are ignored when it is typed back. */
        public String secretGrouped() {
            return secret.replaceAll("(.{5})(?=.)", "$1 ");
        }
    }

    /** A step as the complainant sees it: never the office's internal notes; the day it is about, if public. */
    record Step(String step, Instant at, String publicNote, boolean fromPublic, java.time.LocalDate onDay) {

        /** When, in Thailand's time: Buddhist-Era in Thai, ISO-like in English. */
        public String when(String language) {
            return Shown.moment(at, language);
        }

        public String day(String language) {
            return Shown.day(onDay, language);
        }
    }

    record Status(
            String trackingCode,
            String category,
            String subject,
            CaseStatus status,
            Instant receivedAt,
            int attachments,
            List<Step> steps) {}

    private final FilingPlaces places;
    private final Filings filings;
    private final CaseTracking tracking;
    private final Attachments attachments;

    Complaints(FilingPlaces places, Filings filings, CaseTracking tracking, Attachments attachments) {
        this.places = places;
        this.filings = filings;
        this.tracking = tracking;
        this.attachments = attachments;
    }

    Receipt file(NewComplaint c, Channel channel) {
        return file(c, channel, List.of());
    }

    /**
     * Files a complaint with its attachments; any bad field or file refuses the whole and stores nothing. Not one
     * transaction: the fields and files are checked first (decoding a photo or PDF may take seconds), and only the
     * writing holds a connection.
     */
    Receipt file(NewComplaint c, Channel channel, List<Attachments.Upload> uploads) {
        List<FieldError> errors = new ArrayList<>();
        Category category = Category.chosen(c.category(), errors);
        String subject = RequiredText.of(c.subject(), "subject", 200, Texts.of("complaints.label.subject"), errors);
        String details = RequiredText.of(c.details(), "details", 10_000, Texts.of("complaints.label.details"), errors);
        Schools.SchoolRef school = places.school(c.schoolCode(), errors);
        Area area = places.area(c.areaCode(), school, errors);
        ComplainantContact contact = c.anonymous() ? null : ComplainantContact.checked(c, errors);
        String language = language(c.language(), errors);
        List<Attachments.Checked> files = attachments.check(uploads, errors);
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("complaints.complaints.notSent"), errors);
        }
        String secret = TrackingCodes.newSecret();
        Filings.Filed filed = filings.file(
                new Filings.Filing(area, category, channel, subject, details, school, c.anonymous(), contact, language),
                files,
                secret);
        return new Receipt(filed.code(), secret);
    }

    /** The language a complainant is written to in: the one they filed in, Thai when they named none. */
    private static String language(String given, List<FieldError> errors) {
        String language =
                given == null || given.isBlank() ? "th" : given.strip().toLowerCase(java.util.Locale.ROOT);
        if (!language.equals("th") && !language.equals("en")) {
            errors.add(FieldError.of("language", Texts.of("complaints.complaints.languageThEn")));
        }
        return language;
    }

    /** The case's status for whoever holds its code and secret; empty for an unknown code or a wrong secret alike. */
    Optional<Status> track(String code, String secret) {
        return tracking.track(code, secret);
    }

    /**
     * The complainant adds information or answers the office's question, with photos or documents if they have
     * them: a step the status page shows. Empty when the code and secret do not match, as for {@link #track}. The
     * code and secret are checked first, then the text and files, outside any transaction; only the step and its files
     * are written in one.
     */
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
                : RequiredText.of(text, "text", 5_000, Texts.of("complaints.label.added"), errors);
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("complaints.complaints.informationNotSent"), errors);
        }
        if (!filings.added(status.get().trackingCode(), info, files)) {
            return Optional.empty();
        }
        return track(code, secret);
    }
}
