package org.khet.personnel.development;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khet.personnel.common.ApiFields;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Development records written by schools' own systems, names in snake_case: a record filed for a person, its
 * certificate, and the verifier's step. The rules are the page's ({@link TrainingFiling}, {@link TrainingReview});
 * a record the caller may not read is not found.
 */
@RestController
@Tag(name = "Personnel")
class TrainingRecordApi {

    static final String PATH = "/api/v1/personnel/development/records";

    /** A record as a school's system sends it; {@code kind} one of {@link TrainingKind}'s names. */
    record RecordBody(
            Long personId,
            String title,
            String provider,
            TrainingKind kind,
            LocalDate firstDay,
            LocalDate lastDay,
            BigDecimal hours) {}

    record ReasonBody(String reason) {}

    private static final Map<String, String> FIELDS = Map.of("certificate", "file");

    private final TrainingFiling filing;
    private final TrainingReview review;
    private final TrainingRecords records;

    TrainingRecordApi(TrainingFiling filing, TrainingReview review, TrainingRecords records) {
        this.filing = filing;
        this.review = review;
        this.records = records;
    }

    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "File a development record for a person of the caller's area; it waits for verification",
            description = "person_id: the registry person; the caller is that person, their school's director or "
                    + "clerk, or the personnel group (403 otherwise; 404 for a person of no area of the caller's). "
                    + "kind: TRAINING, SEMINAR, ONLINE_COURSE, PLC, STUDY_VISIT or ACTION_LEARNING; first_day and "
                    + "last_day ISO dates, the last not after today; hours more than 0 in half hours, at most 12 a "
                    + "day. The one who files may not verify it. The school's director or the personnel group is told.")
    Map<String, Object> file(@RequestBody RecordBody body, @AuthenticationPrincipal KhetUser me) {
        if (body.personId() == null) {
            throw RejectedException.of("person_id", Texts.of("personnel.development.api.personId"));
        }
        long id = ApiFields.named(
                () -> filing.fileFor(
                        body.personId(),
                        new TrainingFiling.NewTraining(
                                body.title(),
                                body.provider(),
                                body.kind(),
                                body.firstDay(),
                                body.lastDay(),
                                body.hours(),
                                null,
                                null),
                        me),
                FIELDS);
        return json(records.readable(id, me));
    }

    @GetMapping(PATH + "/{id}")
    @Operation(summary = "One development record, for its person, its filer and those who verify or read its school")
    Map<String, Object> one(@PathVariable long id, @AuthenticationPrincipal KhetUser me) {
        return json(records.readable(id, me));
    }

    @PostMapping(path = PATH + "/{id}/certificate", consumes = "multipart/form-data")
    @Operation(
            summary = "Attach the certificate to a record not yet verified (replacing one attached before)",
            description = "Multipart field file: a PDF, JPEG or PNG whose content is what its name says, at most "
                    + "5 MB. By the record's person or whoever filed it; a returned record waits for verification "
                    + "again.")
    Map<String, Object> certificate(
            @PathVariable long id, @RequestParam("file") MultipartFile file, @AuthenticationPrincipal KhetUser me)
            throws IOException {
        records.readable(id, me);
        byte[] content = file.getBytes();
        ApiFields.named(() -> filing.attach(id, file.getOriginalFilename(), content, me), FIELDS);
        return json(records.readable(id, me));
    }

    @PostMapping(PATH + "/{id}/verify")
    @Operation(
            summary = "Verify a waiting record: its hours count from then on",
            description = "The director of the person's school or the personnel group; never the record's person or "
                    + "whoever filed it (403).")
    Map<String, Object> verify(@PathVariable long id, @AuthenticationPrincipal KhetUser me) {
        records.readable(id, me);
        ApiFields.named(() -> review.verify(id, me), FIELDS);
        return json(records.readable(id, me));
    }

    @PostMapping(PATH + "/{id}/return")
    @Operation(
            summary = "Return a waiting record to its person with a reason (up to 1000 characters)",
            description = "As verify; the person corrects it on the page and it waits again.")
    Map<String, Object> giveBack(
            @PathVariable long id, @RequestBody ReasonBody body, @AuthenticationPrincipal KhetUser me) {
        records.readable(id, me);
        ApiFields.named(() -> review.giveBack(id, body == null ? null : body.reason(), me), FIELDS);
        return json(records.readable(id, me));
    }

    private static Map<String, Object> json(TrainingRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("person_id", r.personId());
        m.put("person_name", r.personName());
        m.put("title", r.title());
        m.put("provider", r.provider());
        m.put("kind", r.kind());
        m.put("first_day", r.firstDay());
        m.put("last_day", r.lastDay());
        m.put("hours", r.hours());
        m.put("fiscal_year", r.fiscalYear());
        m.put("status", r.status());
        m.put("return_reason", r.returnReason());
        m.put("certificate_name", r.certificateName());
        m.put("decided_at", r.decidedAt());
        m.put("filed_at", r.filedAt());
        return m;
    }
}
