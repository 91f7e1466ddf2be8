package org.khet.procurement;

import java.time.LocalDate;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An area's reference prices for everyone, without an account: each entry's reference, quartiles and evidence
 * (sources, days, unit prices; never who recorded a quote), searchable, Thai first. The figures as JSON:
 * {@link PublicReferencePriceApi}.
 */
@Controller
class PublicReferencePrices {

    private final ReferencePrices prices;
    private final ReferenceRules rules;
    private final Areas areas;

    PublicReferencePrices(ReferencePrices prices, ReferenceRules rules, Areas areas) {
        this.prices = prices;
        this.rules = rules;
        this.areas = areas;
    }

    @GetMapping("/public/procurement/{areaCode}/reference-prices")
    String page(@PathVariable String areaCode, @RequestParam(defaultValue = "") String q, Model model) {
        Area area = area(areaCode);
        LocalDate today = prices.today();
        model.addAttribute("area", area);
        model.addAttribute("q", q);
        model.addAttribute("rule", rules.inForce(today));
        model.addAttribute("references", prices.catalogue(area.id(), q, today));
        return "procurement/public-reference-prices";
    }

    /** Area {@code code}; not found otherwise. */
    static Area area(Areas areas, String code) {
        return areas.byCode(code.strip()).orElseThrow(() -> new NotFoundException("area"));
    }

    private Area area(String code) {
        return area(areas, code);
    }
}
