package org.khet.procurement;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The area's reference-price catalogue for those who buy: each entry's reference with its quartiles, evidence and
 * window, searchable; a form to add a market quote (the office's and the schools' buyers) and one to add an entry
 * (the office's). A refused form comes back with each wrong field marked and what was typed kept.
 */
@Controller
class ReferencePricePages {

    static final String PATH = "/procurement/reference-prices";

    /** A quote as typed on the form. */
    record QuoteForm(
            Long entry,
            String sourceKind,
            String source,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate quotedOn,
            String unitPrice) {}

    /** An entry as typed on the form. */
    record EntryForm(String name, String unit, String scheme, String code) {}

    private final ReferencePrices prices;
    private final ReferenceCatalogue catalogue;
    private final ReferenceRules rules;
    private final Areas areas;

    ReferencePricePages(ReferencePrices prices, ReferenceCatalogue catalogue, ReferenceRules rules, Areas areas) {
        this.prices = prices;
        this.catalogue = catalogue;
        this.rules = rules;
        this.areas = areas;
    }

    @GetMapping(PATH)
    String page(
            @RequestParam(required = false) String area,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long entry,
            @AuthenticationPrincipal KhetUser me,
            Model model) {
        QuoteForm quote = new QuoteForm(entry, "SHOP", "", prices.today(), "");
        return page(area(area, me), q, quote, new EntryForm("", "", "", ""), Map.of(), me, model);
    }

    @PostMapping(PATH + "/quotes")
    String addQuote(
            @RequestParam(required = false) String area,
            @ModelAttribute QuoteForm quote,
            @AuthenticationPrincipal KhetUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        Area a = area(area, me);
        try {
            catalogue.addQuote(
                    quote.entry() == null ? 0 : quote.entry(),
                    new ReferenceCatalogue.NewQuote(
                            quote.sourceKind(), quote.source(), quote.quotedOn(), Amounts.parse(quote.unitPrice())),
                    me);
            flash.addFlashAttribute("notice", "reference.quoteAdded");
            return "redirect:" + PATH + "?area=" + a.code() + "&entry=" + quote.entry() + "#entry-" + quote.entry();
        } catch (RejectedException e) {
            response.setStatus(422);
            model.addAttribute("problem", e.reason().in(me.language()));
            return page(a, "", quote, new EntryForm("", "", "", ""), Amounts.errors(e, me), me, model);
        }
    }

    @PostMapping(PATH + "/entries")
    String addEntry(
            @RequestParam(required = false) String area,
            @ModelAttribute EntryForm entry,
            @AuthenticationPrincipal KhetUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        Area a = area(area, me);
        try {
            long id = catalogue.addEntry(
                    a.id(),
                    new ReferenceCatalogue.NewEntry(entry.name(), entry.unit(), entry.scheme(), entry.code()),
                    me);
            flash.addFlashAttribute("notice", "reference.entryAdded");
            return "redirect:" + PATH + "?area=" + a.code() + "&entry=" + id + "#entry-" + id;
        } catch (RejectedException e) {
            response.setStatus(422);
            model.addAttribute("problem", e.reason().in(me.language()));
            model.addAttribute("entryFailed", true);
            QuoteForm quote = new QuoteForm(null, "SHOP", "", prices.today(), "");
            return page(a, "", quote, entry, Amounts.errors(e, me), me, model);
        }
    }

    private String page(
            Area area,
            String q,
            QuoteForm quote,
            EntryForm entry,
            Map<String, String> errors,
            KhetUser me,
            Model model) {
        LocalDate today = prices.today();
        model.addAttribute("area", area);
        model.addAttribute("q", q);
        model.addAttribute("rule", rules.inForce(today));
        model.addAttribute("today", today);
        java.util.List<ReferencePrices.Reference> found = prices.catalogue(area.id(), q, today);
        model.addAttribute("references", found);
        model.addAttribute("choices", q.isBlank() ? found : prices.catalogue(area.id(), "", today));
        model.addAttribute("manages", ReferenceCatalogue.manages(me, area.id()));
        model.addAttribute(
                "kinds", ReferenceCatalogue.SOURCE_KINDS.stream().sorted().toList());
        model.addAttribute("quote", quote);
        model.addAttribute("entry", entry);
        model.addAttribute("errors", errors);
        return "procurement/reference-prices";
    }

    /** The area asked for by code, or the user's own; refused unless they buy for it. */
    private Area area(String code, KhetUser me) {
        Area area = (code == null || code.isBlank() ? me.homeArea().flatMap(areas::byId) : areas.byCode(code.strip()))
                .orElseThrow(() -> new ForbiddenException("read reference prices"));
        if (!ReferenceCatalogue.reads(me, area.id())) {
            throw new ForbiddenException("read the reference prices of " + area.code());
        }
        return area;
    }
}
