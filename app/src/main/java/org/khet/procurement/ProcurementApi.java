package org.khet.procurement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Procurements of the office and its schools, for schools' own systems and scripts; names in snake_case. */
@RestController
@Tag(name = "Procurement")
@RequestMapping("/api/v1/procurements")
class ProcurementApi {

    record ItemBody(
            String description,
            String classification_scheme,
            String classification_code,
            BigDecimal quantity,
            String unit,
            BigDecimal unit_price) {}

    record PlanBody(
            String buyer,
            Integer fiscal_year,
            String title,
            String category,
            String method,
            Boolean e_catalogue,
            BigDecimal budget,
            BigDecimal reference_price,
            String reference_basis,
            LocalDate tender_start,
            LocalDate tender_end,
            String status,
            Integer version,
            List<ItemBody> items) {

        ProcurementDraft draft() {
            return new ProcurementDraft(
                    fiscal_year,
                    title,
                    category,
                    method,
                    Boolean.TRUE.equals(e_catalogue),
                    budget,
                    reference_price,
                    reference_basis,
                    tender_start,
                    tender_end,
                    status,
                    items == null
                            ? List.of()
                            : items.stream()
                                    .map(i -> new ProcurementDraft.ItemDraft(
                                            i.description(),
                                            i.classification_scheme(),
                                            i.classification_code(),
                                            i.quantity(),
                                            i.unit(),
                                            i.unit_price()))
                                    .toList());
        }
    }

    record BidBody(Long supplier_id, BigDecimal amount, Boolean disqualified, String disqualified_reason) {}

    record EvaluationBody(Boolean disqualified, String disqualified_reason) {}

    record AwardBody(Long bid_id, BigDecimal amount, LocalDate awarded_on) {}

    record ContractBody(String number, LocalDate signed_on, BigDecimal value) {}

    record MemberBody(String name, String role, Boolean community_representative) {}

    private final Procurements procurements;
    private final Tendering tendering;

    ProcurementApi(Procurements procurements, Tendering tendering) {
        this.procurements = procurements;
        this.tendering = tendering;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Creates a procurement of the office (buyer: its 4-digit code) or a school (its 8-digit code)",
            description = "method must be one the budget allows on the day (GET /api/v1/procurement/method-rules); "
                    + "category goods, works or services; amounts in baht with at most two decimals; fiscal_year "
                    + "(BE) defaults to today's. 422 names each wrong field in Thai and English and stores nothing.")
    Map<String, Object> create(@RequestBody PlanBody body, @AuthenticationPrincipal KhetUser me) {
        return ProcurementJson.of(procurements.create(body.buyer(), body.draft(), me));
    }

    @GetMapping("/{ocid}")
    @Operation(summary = "A procurement with its items, bids, award, contract and committee")
    Map<String, Object> one(@PathVariable String ocid, @AuthenticationPrincipal KhetUser me) {
        return ProcurementJson.of(procurements.find(ocid, me));
    }

    @GetMapping
    @Operation(summary = "The buyer's procurements, of a fiscal year (BE) when given, newest first")
    Map<String, Object> list(
            @RequestParam String buyer,
            @RequestParam(name = "fiscal_year", required = false) Integer fiscalYear,
            @AuthenticationPrincipal KhetUser me) {
        return Map.of(
                "procurements",
                procurements.list(buyer, fiscalYear, me).stream()
                        .map(ProcurementJson::summary)
                        .toList());
    }

    @PutMapping("/{ocid}")
    @Operation(
            summary = "Changes the plan, its items (replaced whole) and status (PLANNED, TENDER, CANCELLED)",
            description = "version: as last read; 409 when someone changed the procurement since.")
    Map<String, Object> update(
            @PathVariable String ocid, @RequestBody PlanBody body, @AuthenticationPrincipal KhetUser me) {
        if (body.version() == null) {
            throw RejectedException.of("version", Texts.of("procurement.record.version"));
        }
        return ProcurementJson.of(procurements.update(ocid, body.version(), body.draft(), me));
    }

    @PostMapping("/{ocid}/bids")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Records a bid by a supplier of the area's list",
            description = "debarred: true when the supplier is on the government's list of debarred suppliers; the "
                    + "bid is recorded but cannot win.")
    Map<String, Object> bid(
            @PathVariable String ocid, @RequestBody BidBody body, @AuthenticationPrincipal KhetUser me) {
        Tendering.BidRecorded bid = tendering.bid(
                ocid,
                new Tendering.NewBid(
                        body.supplier_id(),
                        body.amount(),
                        Boolean.TRUE.equals(body.disqualified()),
                        body.disqualified_reason()),
                me);
        return Map.of("id", bid.id(), "debarred", bid.debarred());
    }

    @PutMapping("/{ocid}/bids/{id}/evaluation")
    @Operation(
            summary = "Records the committee's finding on a bid before the award",
            description = "disqualified with disqualified_reason, or false to qualify the bid again; 422 after the"
                    + " award.")
    Map<String, Object> evaluate(
            @PathVariable String ocid,
            @PathVariable long id,
            @RequestBody EvaluationBody body,
            @AuthenticationPrincipal KhetUser me) {
        tendering.evaluate(ocid, id, Boolean.TRUE.equals(body.disqualified()), body.disqualified_reason(), me);
        return ProcurementJson.of(procurements.find(ocid, me));
    }

    @PostMapping("/{ocid}/award")
    @Operation(summary = "Awards the procurement to a bid neither disqualified nor debarred")
    Map<String, Object> award(
            @PathVariable String ocid, @RequestBody AwardBody body, @AuthenticationPrincipal KhetUser me) {
        tendering.award(ocid, body.bid_id() == null ? 0 : body.bid_id(), body.amount(), body.awarded_on(), me);
        return ProcurementJson.of(procurements.find(ocid, me));
    }

    @PostMapping("/{ocid}/contract")
    @Operation(summary = "Records the contract of an awarded procurement")
    Map<String, Object> contract(
            @PathVariable String ocid, @RequestBody ContractBody body, @AuthenticationPrincipal KhetUser me) {
        tendering.contract(ocid, body.number(), body.signed_on(), body.value(), me);
        return ProcurementJson.of(procurements.find(ocid, me));
    }

    @PostMapping("/{ocid}/committee")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds a committee member; community_representative marks a representative of the community")
    Map<String, Object> member(
            @PathVariable String ocid, @RequestBody MemberBody body, @AuthenticationPrincipal KhetUser me) {
        long id = tendering.member(
                ocid, body.name(), body.role(), Boolean.TRUE.equals(body.community_representative()), me);
        return Map.of("id", id);
    }
}
