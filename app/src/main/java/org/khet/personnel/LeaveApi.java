package org.khet.personnel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Leave over HTTP, names in snake_case: the caller's own balance and requests, filing, the approver's queue and
 * decisions, cancellation.
 */
@RestController
@Tag(name = "Personnel")
class LeaveApi {

    static final String PATH = "/api/v1/personnel/leave";

    /** A new request; {@code type} one of {@link LeaveType}'s names. */
    record LeaveBody(
            String type, LocalDate firstDay, LocalDate lastDay, Boolean halfDay, String reason, String contact) {}

    record ReasonBody(String reason) {}

    private final LeaveView view;
    private final LeaveFiling filing;
    private final LeaveRequests requests;
    private final LeaveDecisions decisions;
    private final LeaveAttachments attachments;

    LeaveApi(
            LeaveView view,
            LeaveFiling filing,
            LeaveRequests requests,
            LeaveDecisions decisions,
            LeaveAttachments attachments) {
        this.view = view;
        this.filing = filing;
        this.requests = requests;
        this.decisions = decisions;
        this.attachments = attachments;
    }

    @GetMapping(PATH)
    @Operation(summary = "The caller's leave balance of this fiscal year and their requests")
    Map<String, Object> mine(@AuthenticationPrincipal KhetUser me) {
        LeaveView.Mine mine =
                view.of(me).orElseThrow(() -> RejectedException.of("person", Texts.of("personnel.leave.noPerson")));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("person_id", mine.person().id());
        m.put("fiscal_year", mine.year().buddhistYear());
        m.put("service_known", mine.serviceKnown());
        m.put("balances", mine.balances().stream().map(LeaveApi::balance).toList());
        m.put("requests", mine.requests().stream().map(this::json).toList());
        return m;
    }

    @PostMapping(PATH + "/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "File a leave request for the caller; routed to the approver the rules name")
    Map<String, Object> file(@RequestBody LeaveBody body, @AuthenticationPrincipal KhetUser me) {
        long id = filing.file(
                new LeaveFiling.NewLeave(
                        body.type(),
                        body.firstDay(),
                        body.lastDay(),
                        Boolean.TRUE.equals(body.halfDay()),
                        body.reason(),
                        body.contact()),
                me);
        return json(requests.readable(id, me));
    }

    @GetMapping(PATH + "/requests/{id}")
    @Operation(summary = "One leave request, for the person, its approver and the personnel group")
    Map<String, Object> one(@PathVariable long id, @AuthenticationPrincipal KhetUser me) {
        return json(requests.readable(id, me));
    }

    @PostMapping(path = PATH + "/requests/{id}/attachments", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Attach a file (a medical certificate) to one's own request",
            description = "Multipart field file: a PDF, PNG or JPEG whose content is what its name says, at most 5 MB; "
                    + "while the request waits or once approved. A request with needs_certificate cannot be approved "
                    + "before one is attached. Photos are stored without their metadata (EXIF GPS position, camera, "
                    + "time), PDFs without their document information, XMP and ID; a photo over the pixel limit, or a "
                    + "file that cannot be read, is refused (422) and nothing is stored.")
    Map<String, Object> attach(
            @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam("file")
                    org.springframework.web.multipart.MultipartFile file,
            @AuthenticationPrincipal KhetUser me)
            throws java.io.IOException {
        attachments.attach(id, file.getOriginalFilename(), file.getBytes(), me);
        return json(requests.readable(id, me));
    }

    @GetMapping(PATH + "/queue")
    @Operation(summary = "The requests and cancellations waiting for the caller's decision")
    List<Map<String, Object>> queue(@AuthenticationPrincipal KhetUser me) {
        return requests.waitingFor(me).stream().map(this::json).toList();
    }

    @PostMapping(PATH + "/requests/{id}/approve")
    @Operation(summary = "Approve a waiting request, or confirm the cancellation the person asked for")
    Map<String, Object> approve(@PathVariable long id, @AuthenticationPrincipal KhetUser me) {
        decisions.approve(id, me);
        return json(requests.readable(id, me));
    }

    @PostMapping(PATH + "/requests/{id}/refuse")
    @Operation(summary = "Refuse a waiting request (or a cancellation) with a reason")
    Map<String, Object> refuse(
            @PathVariable long id, @RequestBody ReasonBody body, @AuthenticationPrincipal KhetUser me) {
        decisions.refuse(id, body == null ? null : body.reason(), me);
        return json(requests.readable(id, me));
    }

    @PostMapping(PATH + "/requests/{id}/cancel")
    @Operation(
            summary = "Cancel one's own request: at once while it waits, by the approver's confirmation once approved")
    Map<String, Object> cancel(@PathVariable long id, @AuthenticationPrincipal KhetUser me) {
        decisions.cancel(id, me);
        return json(requests.readable(id, me));
    }

    private static Map<String, Object> balance(LeaveBalances.Balance b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", b.type());
        m.put("allowed", b.allowed());
        m.put("carried_over", b.carried());
        m.put("taken", b.taken());
        m.put("waiting", b.waiting());
        m.put("left", b.allowed() == null ? null : b.remaining());
        m.put("extended", b.extended());
        return m;
    }

    private Map<String, Object> json(LeaveRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("person_id", r.personId());
        m.put("person_name", r.personName());
        m.put("type", r.leaveType());
        m.put("first_day", r.firstDay());
        m.put("last_day", r.lastDay());
        m.put("half_day", r.halfDay());
        m.put("days", r.days());
        m.put("beyond_days", r.beyondDays());
        m.put("needs_certificate", r.needsCertificate());
        m.put(
                "attachments",
                attachments.of(r.id()).stream()
                        .map(a -> Map.of(
                                "id", a.id(),
                                "file_name", a.fileName(),
                                "media_type", a.mediaType(),
                                "size_bytes", a.sizeBytes()))
                        .toList());
        m.put("fiscal_year", r.fiscalYear());
        m.put("reason", r.reason());
        m.put("contact", r.contact());
        m.put("approver", r.approver());
        m.put("status", r.status());
        m.put("decision_reason", r.decisionReason());
        m.put("decided_at", r.decidedAt());
        m.put("filed_at", r.filedAt());
        return m;
    }
}
