package org.khet.procurement;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.RejectedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An area's reference prices as JSON, without an account: the figures the public page shows, with the window. */
@RestController
class PublicReferencePriceApi {

    /** The window of the rule in force, as the API answers it. */
    record Window(int months, LocalDate from, LocalDate to, int minEvidence) {}

    /** An entry as the API answers it; the figures are null when there is not enough evidence. */
    record EntryJson(
            long id,
            String name,
            String unit,
            String classificationScheme,
            String classificationCode,
            BigDecimal reference,
            BigDecimal q1,
            BigDecimal q3,
            BigDecimal upperFence,
            int evidenceCount,
            boolean enoughEvidence) {}

    record CatalogueJson(String areaCode, String areaName, LocalDate day, Window window, List<EntryJson> entries) {}

    private final ReferencePrices prices;
    private final ReferenceRules rules;
    private final Areas areas;

    PublicReferencePriceApi(ReferencePrices prices, ReferenceRules rules, Areas areas) {
        this.prices = prices;
        this.rules = rules;
        this.areas = areas;
    }

    @GetMapping("/api/v1/public/procurement/reference-prices")
    @Operation(
            summary = "An area's reference prices today",
            description = "Each entry of the area's catalogue with its reference unit price (the median of the "
                    + "evidence in the window), first and third quartiles (inclusive method) and upper fence "
                    + "(Q3 + 1.5 IQR), in baht; null with enough_evidence false when the evidence is fewer than "
                    + "the minimum. The window is the rule in force today.")
    CatalogueJson api(@RequestParam(name = "area_code", defaultValue = "") String areaCode) {
        if (!areaCode.strip().matches("[0-9]{4}")) {
            throw RejectedException.of("area_code", Texts.of("reference.areaCode"));
        }
        Area area = PublicReferencePrices.area(areas, areaCode);
        LocalDate today = prices.today();
        ReferencePrices.Rule rule = rules.inForce(today);
        List<EntryJson> entries = prices.catalogue(area.id(), "", today).stream()
                .map(r -> new EntryJson(
                        r.entry().id(),
                        r.entry().name(),
                        r.entry().unit(),
                        r.entry().scheme(),
                        r.entry().code(),
                        r.median(),
                        r.q1(),
                        r.q3(),
                        r.upperFence(),
                        r.count(),
                        r.enough()))
                .toList();
        return new CatalogueJson(
                area.code(),
                area.nameTh(),
                today,
                new Window(rule.windowMonths(), rule.firstDay(today), today, rule.minEvidence()),
                entries);
    }
}
