package org.khet.complaints;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.khet.shared.NotFoundException;
import org.khet.shared.TooManyRequestsException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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
            description = "category is UNFAIR, HELP, TIP_OFF, STAFF_CONDUCT or OTHER. When anonymous is true, name "
                    + "and contacts are ignored and nothing identifying the sender is stored. Answers the tracking "
                    + "code and the secret, shown this once; keep both to follow the case.")
    ResponseEntity<Filed> file(@RequestBody Complaints.NewComplaint complaint, HttpServletRequest request) {
        if (!limits.allow(PublicLimits.Kind.SUBMIT, request.getRemoteAddr())) {
            throw new TooManyRequestsException(limits.retryAfterSeconds());
        }
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
        String client = request.getRemoteAddr();
        if (!limits.allow(PublicLimits.Kind.SUBMIT, client)) {
            throw new TooManyRequestsException(limits.retryAfterSeconds());
        }
        Complaints.Status status = complaints
                .addInformation(trackingCode, secret, information.text())
                .orElse(null);
        if (status == null) {
            limits.missed(client);
            throw new NotFoundException("complaint");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .cacheControl(CacheControl.noStore())
                .body(status);
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
        if (!limits.allow(PublicLimits.Kind.LOOKUP, client)) {
            throw new TooManyRequestsException(limits.retryAfterSeconds());
        }
        Complaints.Status status = complaints.track(trackingCode, secret).orElse(null);
        if (status == null) {
            limits.missed(client);
            throw new NotFoundException("complaint");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(status);
    }
}
