package org.khet.complaints;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A complainant's view of a case: found by its tracking code, shown only to whoever holds its secret. */
@Component
class CaseTracking {

    private record Found(
            long id,
            String code,
            String hash,
            String category,
            String subject,
            CaseStatus status,
            Instant receivedAt) {}

    private final JdbcClient jdbc;
    private final Attachments attachments;

    CaseTracking(JdbcClient jdbc, Attachments attachments) {
        this.jdbc = jdbc;
        this.attachments = attachments;
    }

    /** The case's status for whoever holds its code and secret; empty for an unknown code or a wrong secret alike. */
    Optional<Complaints.Status> track(String code, String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        Optional<Found> found = jdbc.sql("""
                        select id, tracking_code, secret_hash, category, subject, status, received_at from complaints.complaint
                        where tracking_code = :code""")
                .param("code", TrackingCodes.normalise(code))
                .query((rs, n) -> new Found(
                        rs.getLong("id"),
                        rs.getString("tracking_code"),
                        rs.getString("secret_hash"),
                        rs.getString("category"),
                        rs.getString("subject"),
                        CaseStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("received_at").toInstant()))
                .optional();
        // A wrong secret costs the same hash as a right one; an unknown code hashes too.
        boolean matches = TrackingCodes.matches(
                secret.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT),
                found.map(Found::hash).orElse(TrackingCodes.hash("-")));
        if (found.isEmpty() || !matches) {
            return Optional.empty();
        }
        Found f = found.get();
        return Optional.of(new Complaints.Status(
                f.code(), f.category(), f.subject(), f.status(), f.receivedAt(), attachments.count(f.id()), steps(f)));
    }

    /**
     * In the order taken: an anonymous case's own steps keep only their hour, the office's the minute. Of the days a
     * step is about, the complainant reads the day a team goes out, not the day the office overran.
     */
    private List<Complaints.Step> steps(Found f) {
        return jdbc.sql("""
                        select step, at, public_note, from_public, case when step = :dispatched then on_day end as on_day
                        from complaints.complaint_step where complaint_id = :id order by id""")
                .param("id", f.id())
                .param("dispatched", StepKind.DISPATCHED.name())
                .query((rs, n) -> new Complaints.Step(
                        rs.getString("step"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("public_note"),
                        rs.getBoolean("from_public"),
                        rs.getObject("on_day", java.time.LocalDate.class)))
                .list();
    }
}
