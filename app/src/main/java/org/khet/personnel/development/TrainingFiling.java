package org.khet.personnel.development;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.FileKinds;
import org.khet.platform.FileStore;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.Person;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.khet.thai.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person records their own development, and changes it until it is verified (a returned record goes back to
 * waiting when changed): a title and provider, the kind, the days (taken, so not after today), hours more than none
 * and sensible for the days ({@link TrainingHours}), and a certificate (PDF, JPEG or PNG, at most 5 MB, {@link
 * Certificates}) kept in the platform's file store without its hidden metadata. The hours count in the fiscal year of the last day. Audited.
 */
@Component
public class TrainingFiling {

    static final String FOLDER = "personnel";

    /** What the person enters; {@code certificate} may be empty (none), {@code certificateName} its file name. */
    public record NewTraining(
            String title,
            String provider,
            TrainingKind kind,
            LocalDate firstDay,
            LocalDate lastDay,
            BigDecimal hours,
            String certificateName,
            byte[] certificate) {}

    private final JdbcClient jdbc;
    private final DevelopmentAccess access;
    private final TrainingRecords records;
    private final DevelopmentRules rules;
    private final FileStore files;
    private final Certificates certificates;
    private final AuditLog audit;
    private final TrainingNotices notices;

    TrainingFiling(
            JdbcClient jdbc,
            DevelopmentAccess access,
            TrainingRecords records,
            DevelopmentRules rules,
            FileStore files,
            Certificates certificates,
            AuditLog audit,
            TrainingNotices notices) {
        this.jdbc = jdbc;
        this.access = access;
        this.records = records;
        this.rules = rules;
        this.files = files;
        this.certificates = certificates;
        this.audit = audit;
        this.notices = notices;
    }

    /** Records the signed-in person's development; its id. */
    @Transactional
    public long file(NewTraining form, KhetUser by) {
        return insert(access.self(by), form, by);
    }

    /**
     * Records the development of the person {@code personId} for a school's own system (the API): the person
     * themselves, their school's director or clerk, or the personnel group ({@link DevelopmentAccess#fileableFor});
     * the same checks as one's own. The one who files owns the record as its person does: never its verifier.
     */
    @Transactional
    public long fileFor(long personId, NewTraining form, KhetUser by) {
        return insert(access.fileableFor(personId, by), form, by);
    }

    /**
     * Attaches a certificate to a record its owner may still change, as a change of the record would (a returned
     * record waits for verification again).
     */
    @Transactional
    public void attach(long id, String fileName, byte[] certificate, KhetUser by) {
        if (certificate == null || certificate.length == 0) {
            throw RejectedException.of("certificate", Texts.of("personnel.development.certificate"));
        }
        TrainingRecord r = records.locked(id);
        edit(
                id,
                new NewTraining(
                        r.title(), r.provider(), r.kind(), r.firstDay(), r.lastDay(), r.hours(), fileName, certificate),
                by);
    }

    private long insert(Person p, NewTraining form, KhetUser by) {
        Certificates.Certificate certificate = check(form);
        long id = jdbc.sql("""
                        insert into personnel.training_record (area_id, person_id, person_name, school_id, unit_id,
                            filed_by, title, provider, kind, first_day, last_day, hours, fiscal_year)
                        values (:area, :person, :name, :school, :unit, :by, :title, :provider, :kind, :first, :last,
                            :hours, :year)
                        returning id""")
                .param("area", p.areaId())
                .param("person", p.id())
                .param("name", p.fullName())
                .param("school", p.schoolId())
                .param("unit", p.unitId())
                .param("by", by.id())
                .param("title", form.title().strip())
                .param("provider", form.provider().strip())
                .param("kind", form.kind().name())
                .param("first", form.firstDay())
                .param("last", form.lastDay())
                .param("hours", form.hours())
                .param("year", FiscalYear.of(form.lastDay()).buddhistYear())
                .query(Long.class)
                .single();
        keepCertificate(id, certificate);
        audit.changedBy(by, p.areaId(), "CREATE", "training_record", id, null, summary(form));
        notices.waiting(id, p.areaId(), p.schoolId(), p.fullName(), form.title().strip());
        return id;
    }

    /** Changes the owner's record not yet verified; a returned one waits for verification again. */
    @Transactional
    public void edit(long id, NewTraining form, KhetUser by) {
        TrainingRecord r = records.locked(id);
        if (!access.owns(by, r)) {
            throw new ForbiddenException("edit another's training record");
        }
        if (!r.editable()) {
            throw RejectedException.of("status", Texts.of("personnel.development.verifiedAlready"));
        }
        Certificates.Certificate certificate = check(form);
        jdbc.sql("""
                        update personnel.training_record set title = :title, provider = :provider, kind = :kind,
                            first_day = :first, last_day = :last, hours = :hours, fiscal_year = :year,
                            status = 'PENDING', return_reason = null, decided_by = null, decided_at = null,
                            version = version + 1
                        where id = :id""")
                .param("title", form.title().strip())
                .param("provider", form.provider().strip())
                .param("kind", form.kind().name())
                .param("first", form.firstDay())
                .param("last", form.lastDay())
                .param("hours", form.hours())
                .param("year", FiscalYear.of(form.lastDay()).buddhistYear())
                .param("id", id)
                .update();
        keepCertificate(id, certificate);
        audit.changedBy(by, r.areaId(), "UPDATE", "training_record", id, Map.of("status", r.status()), summary(form));
    }

    /** The certificate ready to store (null when none was sent), once the form is right; refused otherwise. */
    private Certificates.Certificate check(NewTraining form) {
        if (blank(form.title()) || blank(form.provider()) || form.kind() == null) {
            String field = blank(form.title()) ? "title" : blank(form.provider()) ? "provider" : "kind";
            throw RejectedException.of(field, Texts.of("personnel.development.titleProvider"));
        }
        if (form.title().strip().length() > 300 || form.provider().strip().length() > 300) {
            String field = form.title().strip().length() > 300 ? "title" : "provider";
            throw RejectedException.of(field, Texts.of("personnel.development.tooLong"));
        }
        if (form.firstDay() == null || form.lastDay() == null) {
            String field = form.firstDay() == null ? "firstDay" : "lastDay";
            throw RejectedException.of(field, Texts.of("personnel.development.noDays"));
        }
        if (form.lastDay().isBefore(form.firstDay())) {
            throw RejectedException.of("lastDay", Texts.of("personnel.development.lastBeforeFirst"));
        }
        if (form.lastDay().isAfter(rules.today())) {
            throw RejectedException.of("lastDay", Texts.of("personnel.development.future"));
        }
        BigDecimal most = TrainingHours.most(form.firstDay(), form.lastDay());
        if (!TrainingHours.sensible(form.hours(), most)) {
            throw RejectedException.of(
                    "hours",
                    Texts.of(
                            "personnel.development.hours",
                            most.toPlainString(),
                            TrainingHours.PER_DAY.toPlainString()));
        }
        return certificates.accepted(form.certificateName(), form.certificate());
    }

    private void keepCertificate(long id, Certificates.Certificate certificate) {
        if (certificate == null) {
            return;
        }
        String before = jdbc.sql("select certificate_key from personnel.training_record where id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElse(null);
        FileStore.Stored stored = files.put(FOLDER, certificate.content());
        jdbc.sql("""
                        update personnel.training_record set certificate_key = :key, certificate_name = :name,
                            certificate_type = :type, certificate_sha256 = :sha where id = :id""")
                .param("key", stored.key())
                .param("name", certificate.name())
                .param("type", certificate.mediaType())
                .param("sha", stored.sha256())
                .param("id", id)
                .update();
        if (before != null) {
            files.deleteAfterCommit(FOLDER, before);
        }
    }

    private static Map<String, Object> summary(NewTraining form) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", form.title().strip());
        m.put("kind", form.kind().name());
        m.put("first_day", form.firstDay().toString());
        m.put("last_day", form.lastDay().toString());
        m.put("hours", form.hours().toPlainString());
        if (form.certificate() != null && form.certificate().length > 0) {
            m.put("certificate", FileKinds.fileName(form.certificateName(), "certificate"));
        }
        return m;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
