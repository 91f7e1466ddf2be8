package org.khet.personnel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Official travel over HTTP, names in snake_case: one's trips, filing, the approver's queue, decisions, the report. */
@RestController
@Tag(name = "Personnel")
class TravelApi {

    static final String PATH = "/api/v1/personnel/travel";

    record ReasonBody(String reason) {}

    record ReportBody(String report, BigDecimal actualCost) {}

    private final TravelFiling filing;
    private final TravelRequests requests;
    private final TravelDecisions decisions;
    private final LeaveAccess access;

    TravelApi(TravelFiling filing, TravelRequests requests, TravelDecisions decisions, LeaveAccess access) {
        this.filing = filing;
        this.requests = requests;
        this.decisions = decisions;
        this.access = access;
    }

    @GetMapping(PATH)
    @Operation(summary = "The caller's official trips, filed or joined as a companion, newest first")
    List<Map<String, Object>> mine(@AuthenticationPrincipal KhetUser me) {
        return requests.ofPerson(access.applicant(me).id()).stream()
                .map(TravelApi::json)
                .toList();
    }

    @PostMapping(PATH + "/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask for official travel; routed to the approver by the caller's place")
    Map<String, Object> file(@RequestBody TravelFiling.NewTravel body, @AuthenticationPrincipal KhetUser me) {
        long id = filing.file(body, me);
        return json(requests.readable(id, me));
    }

    @GetMapping(PATH + "/requests/{id}")
    @Operation(summary = "One trip, for the person, companions, its approver and the personnel group")
    Map<String, Object> one(@PathVariable long id, @AuthenticationPrincipal KhetUser me) {
        return json(requests.readable(id, me));
    }

    @GetMapping(PATH + "/queue")
    @Operation(summary = "The travel requests waiting for the caller's decision")
    List<Map<String, Object>> queue(@AuthenticationPrincipal KhetUser me) {
        return requests.waitingFor(me).stream().map(TravelApi::json).toList();
    }

    @PostMapping(PATH + "/requests/{id}/approve")
    @Operation(summary = "Approve a waiting travel request")
    Map<String, Object> approve(@PathVariable long id, @AuthenticationPrincipal KhetUser me) {
        decisions.approve(id, me);
        return json(requests.readable(id, me));
    }

    @PostMapping(PATH + "/requests/{id}/refuse")
    @Operation(summary = "Refuse a waiting travel request with a reason")
    Map<String, Object> refuse(
            @PathVariable long id, @RequestBody ReasonBody body, @AuthenticationPrincipal KhetUser me) {
        decisions.refuse(id, body == null ? null : body.reason(), me);
        return json(requests.readable(id, me));
    }

    @PostMapping(PATH + "/requests/{id}/report")
    @Operation(summary = "The report after the trip (from its last day): what was done and the actual cost")
    Map<String, Object> report(
            @PathVariable long id, @RequestBody ReportBody body, @AuthenticationPrincipal KhetUser me) {
        decisions.report(id, body == null ? null : body.report(), body == null ? null : body.actualCost(), me);
        return json(requests.readable(id, me));
    }

    private static Map<String, Object> json(TravelRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("person_id", r.personId());
        m.put("person_name", r.personName());
        m.put("purpose", r.purpose());
        m.put("place", r.place());
        m.put("first_day", r.firstDay());
        m.put("last_day", r.lastDay());
        m.put("companions", r.companions());
        m.put("vehicle", r.vehicle());
        m.put("estimated_cost", r.estimatedCost());
        m.put("reference", r.reference());
        m.put("approver", r.approver());
        m.put("status", r.status());
        m.put("decision_reason", r.decisionReason());
        m.put("decided_at", r.decidedAt());
        m.put("report", r.report());
        m.put("actual_cost", r.actualCost());
        m.put("reported_at", r.reportedAt());
        m.put("filed_at", r.filedAt());
        return m;
    }
}
