package org.khet.procurement;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.khet.thai.FiscalYear;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A buyer's procurements for those who manage them, made for a school clerk on a phone: the list by fiscal year, the
 * form that offers only the methods the typed budget allows (a plain form: "show the methods allowed" posts the
 * budget back and the page answers with those methods), and each procurement's page.
 */
@Controller
class ProcurementPages {

    static final String PATH = "/procurement/procurements";

    /** The plan as typed on the form, kept to show again with the methods allowed or the errors. */
    record Typed(
            String buyer,
            String title,
            String category,
            String budget,
            Boolean eCatalogue,
            String method,
            String referencePrice,
            String referenceBasis,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tenderStart,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tenderEnd) {

        ProcurementDraft draft() {
            return new ProcurementDraft(
                    null,
                    title,
                    category,
                    method,
                    catalogue(),
                    Amounts.parse(budget),
                    Amounts.parse(referencePrice),
                    referenceBasis,
                    tenderStart,
                    tenderEnd,
                    null,
                    List.of());
        }

        boolean catalogue() {
            return Boolean.TRUE.equals(eCatalogue);
        }
    }

    private final Procurements procurements;
    private final Buyers buyers;
    private final MethodRules rules;
    private final Suppliers suppliers;
    private final Amendments amendments;
    private final ProcurementAttachments attachments;
    private final ReferencePrices referencePrices;

    ProcurementPages(
            Procurements procurements,
            Buyers buyers,
            MethodRules rules,
            Suppliers suppliers,
            Amendments amendments,
            ProcurementAttachments attachments,
            ReferencePrices referencePrices) {
        this.procurements = procurements;
        this.buyers = buyers;
        this.rules = rules;
        this.suppliers = suppliers;
        this.amendments = amendments;
        this.attachments = attachments;
        this.referencePrices = referencePrices;
    }

    @GetMapping(PATH)
    String list(
            @RequestParam(required = false) String buyer,
            @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal KhetUser me,
            Model model) {
        Buyer b = buyer(buyer, me);
        int fiscalYear = year == null ? FiscalYear.of(rules.today()).buddhistYear() : year;
        model.addAttribute("buyer", b);
        model.addAttribute("office", Buyers.manages(me, buyers.of(b.areaId(), null)));
        model.addAttribute("year", fiscalYear);
        model.addAttribute("years", List.of(fiscalYear + 1, fiscalYear, fiscalYear - 1, fiscalYear - 2));
        model.addAttribute("procurements", procurements.list(b.code(), fiscalYear, me));
        MonthPicker.add(java.util.Locale.forLanguageTag(me.language()), rules.today(), model);
        return "procurement/procurements";
    }

    @GetMapping(PATH + "/new")
    String form(@ModelAttribute Typed typed, @AuthenticationPrincipal KhetUser me, Model model) {
        return form(typed, buyer(typed.buyer(), me), Map.of(), model);
    }

    @PostMapping(PATH)
    String create(
            @ModelAttribute Typed typed, @AuthenticationPrincipal KhetUser me, Model model, RedirectAttributes flash) {
        Buyer b = buyer(typed.buyer(), me);
        try {
            Procurement p = procurements.create(b.code(), typed.draft(), me);
            flash.addFlashAttribute("notice", "procurement.form.created");
            return "redirect:" + PATH + "/" + URLEncoder.encode(p.ocid(), StandardCharsets.UTF_8);
        } catch (RejectedException e) {
            return form(typed, b, Amounts.errors(e, me), model);
        }
    }

    @GetMapping(PATH + "/{ocid}")
    String page(@PathVariable String ocid, @AuthenticationPrincipal KhetUser me, Model model) {
        Procurement p = procurements.find(ocid, me);
        model.addAttribute("p", p);
        model.addAttribute("suppliers", suppliersOf(p, me));
        model.addAttribute("today", rules.today());
        model.addAttribute("amendments", amendments.of(p.id()));
        model.addAttribute("attachments", attachments.of(p.id()));
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute("offer", ReferenceOffer.of(referencePrices.items(p, rules.today()), rules.today()));
        return "procurement/procurement";
    }

    private List<Suppliers.Supplier> suppliersOf(Procurement p, KhetUser me) {
        return suppliers.find(p.buyer().areaId(), "", me);
    }

    private String form(Typed typed, Buyer buyer, Map<String, String> errors, Model model) {
        BigDecimal budget = Amounts.parse(typed.budget());
        model.addAttribute("typed", typed);
        model.addAttribute("catalogue", typed.catalogue());
        model.addAttribute("buyer", buyer);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", Procurement.Category.values());
        model.addAttribute(
                "methods",
                budget == null || budget.signum() <= 0
                        ? List.of()
                        : rules.allowing(budget, typed.catalogue(), rules.today()).stream()
                                .map(MethodRules.Rule::method)
                                .distinct()
                                .sorted()
                                .toList());
        model.addAttribute("budget", budget != null && budget.signum() > 0 ? budget : null);
        return "procurement/new";
    }

    private Buyer buyer(String code, KhetUser me) {
        if (code == null || code.isBlank()) {
            return buyers.home(me).orElseThrow(() -> new ForbiddenException("manage procurements"));
        }
        return procurements.managed(code, me);
    }
}
