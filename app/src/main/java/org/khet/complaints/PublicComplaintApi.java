package org.khet.complaints;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.khet.platform.PublicLimits;
import org.khet.platform.Texts;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Filing and following a complaint without an account. */
@RestController
@RequestMapping("/api/v1/public/complaints")
class PublicComplaintApi {

    record Filed(String trackingCode, String secret) {}

    private final Complaints complaints;
    private final PublicLimits limits;

    PublicComplaintApi(Complaints complaints, PublicLimits limits) {
        this.complaints = complaints;
        this.limits = limits;
    }

    @PostMapping
    @Operation(
            summary = "File a complaint or tip-off",
            description = "category is a complaint (UNFAIR, HELP, TIP_OFF, STAFF_CONDUCT, OTHER) or a service request "
                    + "(ONE_STOP_SERVICE, INFORMATION_REQUEST, CONSULTATION, SUGGESTION). When anonymous is true, name "
                    + "and contacts are ignored and nothing identifying the sender is stored. Answers the tracking "
                    + "code and the secret, shown this once; keep both to follow the case. language (th or en, th when "
                    + "absent) is the language progress is sent to a named complainant in.")
    ResponseEntity<Filed> file(@RequestBody Complaints.NewComplaint complaint, HttpServletRequest request) {
        limits.check(PublicLimits.Kind.SUBMIT, request.getRemoteAddr());
        Complaints.Receipt receipt = complaints.file(complaint, Channel.API);
        return ResponseEntity.status(HttpStatus.CREATED)
                .cacheControl(CacheControl.noStore())
                .body(new Filed(receipt.trackingCode(), receipt.secret()));
    }

    /** What the complainant adds to a case. */
    record Information(String text) {}

    @PostMapping("/{trackingCode}/information")
    @Operation(
            summary = "Add information to a complaint, or answer the office's question (header X-Complaint-Secret)",
            description = "Answers the case's status with the new step; 404 as for the status.")
    ResponseEntity<Complaints.Status> addInformation(
            @PathVariable String trackingCode,
            @RequestHeader(value = "X-Complaint-Secret", required = false) String secret,
            @RequestBody Information information,
            HttpServletRequest request) {
        return added(request, () -> complaints.addInformation(trackingCode, secret, information.text(), List.of()));
    }

    /** What the complainant adds, within the client's limits; a miss answers 404 and counts against the client. */
    private ResponseEntity<Complaints.Status> added(
            HttpServletRequest request, Supplier<Optional<Complaints.Status>> add) {
        String client = request.getRemoteAddr();
        limits.check(PublicLimits.Kind.SUBMIT, client);
        Complaints.Status status = add.get().orElse(null);
        if (status == null) {
            limits.missed(client);
            throw new NotFoundException("complaint");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .cacheControl(CacheControl.noStore())
                .body(status);
    }

    @PostMapping(value = "/{trackingCode}/attachments", consumes = "multipart/form-data")
    @Operation(
            summary = "Add photos or PDFs to a complaint (header X-Complaint-Secret; multipart field file, repeated)",
            description = "JPEG, PNG or PDF told by content, at most 3 files of 5 MB per request; photos and PDFs "
                    + "are stored without their metadata, under neutral names (attachment-1.jpg), not the names sent. "
                    + "Photos over the pixel limit (40 megapixels unless set otherwise) are refused. An optional field "
                    + "text says what they are. 422 lists every bad file and nothing is kept; 404 as for the status.")
    ResponseEntity<Complaints.Status> addAttachments(
            @PathVariable String trackingCode,
            @RequestHeader(value = "X-Complaint-Secret", required = false) String secret,
            @RequestParam(name = "file", required = false) List<MultipartFile> files,
            @RequestParam(name = "text", required = false) String text,
            HttpServletRequest request)
            throws IOException {
        List<Attachments.Upload> uploads = ComplaintForm.uploads(files);
        return added(request, () -> {
            if (uploads.isEmpty()) {
                throw RejectedException.of("file", Texts.of("complaints.publicComplaintApi.attachLeastOneFile"));
            }
            return complaints.addInformation(trackingCode, secret, text, uploads);
        });
    }

    @GetMapping("/{trackingCode}")
    @Operation(
            summary = "A complaint's status and steps, for the holder of its secret (header X-Complaint-Secret)",
            description = "An unknown code and a wrong secret both answer 404; repeated misses answer 429.")
    ResponseEntity<Complaints.Status> status(
            @PathVariable String trackingCode,
            @RequestHeader(value = "X-Complaint-Secret", required = false) String secret,
            HttpServletRequest request) {
        String client = request.getRemoteAddr();
        limits.check(PublicLimits.Kind.LOOKUP, client);
        Complaints.Status status = complaints.track(trackingCode, secret).orElse(null);
        if (status == null) {
            limits.missed(client);
            throw new NotFoundException("complaint");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(status);
    }
}
