package org.khet.procurement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A procurement's contract amendments and attached files, for schools' own systems; names in snake_case. */
@RestController
@Tag(name = "Procurement")
@RequestMapping("/api/v1/procurements/{ocid}")
class AmendmentApi {

    record AmendmentBody(
            LocalDate amended_on, String rationale, String description, BigDecimal new_value, LocalDate new_end) {}

    private final Amendments amendments;
    private final ProcurementAttachments attachments;
    private final Procurements procurements;

    AmendmentApi(Amendments amendments, ProcurementAttachments attachments, Procurements procurements) {
        this.amendments = amendments;
        this.attachments = attachments;
        this.procurements = procurements;
    }

    @PostMapping("/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Records an amendment of the signed contract",
            description = "amended_on: from the day the contract was signed to today; rationale required; what "
                    + "changed: new_value (baht), new_end (the contract's new end) or a description. 422 names each "
                    + "wrong field in Thai and English and stores nothing.")
    Map<String, Object> amend(
            @PathVariable String ocid, @RequestBody AmendmentBody body, @AuthenticationPrincipal KhetUser me) {
        long id = amendments.record(
                ocid,
                new Amendments.NewAmendment(
                        body.amended_on(), body.rationale(), body.description(), body.new_value(), body.new_end()),
                me);
        return Map.of("id", id);
    }

    @GetMapping("/amendments")
    @Operation(summary = "The contract's amendments, oldest first")
    Map<String, Object> amendments(@PathVariable String ocid, @AuthenticationPrincipal KhetUser me) {
        Procurement p = procurements.find(ocid, me);
        return Map.of(
                "amendments",
                amendments.of(p.id()).stream().map(AmendmentApi::json).toList());
    }

    @PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Attaches a file (PDF, PNG, JPEG, DOCX or XLSX, at most 20 MB) with its OCDS documentType",
            description = "document_type: procurementPlan, tenderNotice, biddingDocuments, technicalSpecifications, "
                    + "marketStudies, evaluationReports, awardNotice, contractSigned, contractAnnexe, "
                    + "completionCertificate or cancellationDetails; title required.")
    Map<String, Object> attach(
            @PathVariable String ocid,
            @RequestParam(name = "document_type", defaultValue = "") String documentType,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal KhetUser me) {
        long id = attachments.attach(ocid, attachment(documentType, title, file), me);
        return Map.of("id", id);
    }

    @GetMapping("/documents")
    @Operation(summary = "The files attached, oldest first, with their type, title, size and SHA-256")
    Map<String, Object> documents(@PathVariable String ocid, @AuthenticationPrincipal KhetUser me) {
        Procurement p = procurements.find(ocid, me);
        return Map.of(
                "documents",
                attachments.of(p.id()).stream().map(AmendmentApi::json).toList());
    }

    @GetMapping("/documents/{id}/file")
    @Operation(summary = "An attached file as it was sent")
    ResponseEntity<byte[]> file(
            @PathVariable String ocid, @PathVariable long id, @AuthenticationPrincipal KhetUser me) {
        return download(attachments.read(ocid, id, me));
    }

    /** The file sent, or an empty one (which the rules refuse naming the file) when none. */
    static ProcurementAttachments.NewAttachment attachment(String documentType, String title, MultipartFile file) {
        try {
            return new ProcurementAttachments.NewAttachment(
                    documentType,
                    title,
                    file == null ? "" : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseEntity<byte[]> download(ProcurementAttachments.Content c) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(c.attachment().mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(c.attachment().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(c.bytes());
    }

    private static Map<String, Object> json(Amendments.Amendment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("amended_on", a.amendedOn());
        m.put("rationale", a.rationale());
        m.put("description", a.description());
        m.put("new_value", a.newValue());
        m.put("new_end", a.newEnd());
        return m;
    }

    private static Map<String, Object> json(ProcurementAttachments.Attachment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("document_type", a.documentType().name());
        m.put("title", a.title());
        m.put("file_name", a.fileName());
        m.put("media_type", a.mediaType());
        m.put("size_bytes", a.sizeBytes());
        m.put("sha256", a.sha256());
        m.put("created_at", a.createdAt());
        return m;
    }
}
