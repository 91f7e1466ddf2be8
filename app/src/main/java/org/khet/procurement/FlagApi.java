package org.khet.procurement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A procurement's red flags for those who manage its buyer and the area's auditors: every indicator's answer, open
 * ones first, then those a recomputation closed; names in snake_case.
 */
@RestController
@Tag(name = "Procurement")
class FlagApi {

    private final ProcurementStore store;
    private final Flags flags;
    private final FlagComputation computation;

    FlagApi(ProcurementStore store, Flags flags, FlagComputation computation) {
        this.store = store;
        this.flags = flags;
        this.computation = computation;
    }

    @GetMapping("/api/v1/procurements/{ocid}/flags")
    @Operation(summary = "The procurement's red flags with their evidence, threshold, definition and review")
    Map<String, Object> flags(@PathVariable String ocid, @AuthenticationPrincipal KhetUser me) {
        Procurement p = store.byOcid(ocid == null ? "" : ocid)
                .filter(x -> Buyers.manages(me, x.buyer())
                        || Flags.audits(me, x.buyer().areaId()))
                .orElseThrow(() -> new NotFoundException("procurement"));
        List<Map<String, Object>> rows =
                flags.of(p.id()).stream().map(this::json).toList();
        return Map.of("ocid", p.ocid(), "flags", rows);
    }

    private Map<String, Object> json(Flags.Flag f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("code", f.code());
        m.put("state", f.state());
        m.put("reason", f.reason() == null ? null : Texts.of("procurement.flag.reason." + f.reason()));
        computation.indicator(f.code()).ifPresent(i -> m.put("definition", i.definition()));
        m.put("definition_version", f.version());
        m.put("evidence", Evidence.tree(f.evidence()));
        m.put("threshold", Evidence.tree(f.threshold()));
        m.put("computed_at", f.computedAt());
        m.put("closed_at", f.closedAt());
        m.put("closed_why", f.closedWhy());
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("state", f.review() == null ? "OPEN" : f.review());
        review.put("reason", f.reviewReason());
        review.put("by", f.reviewedBy());
        review.put("at", f.reviewedAt());
        m.put("review", review);
        return m;
    }
}
