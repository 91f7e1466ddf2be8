package org.khet.procurement;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.khet.platform.KhetUser;
import org.khet.shared.RejectedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The small forms of a procurement's page: an item, a bid, the award, the contract, a committee member. Each answers
 * with the page again, saying what was saved, or each refused field next to it with what was typed kept.
 */
@Controller
class ProcurementStepPages {

    private static final String PATH = ProcurementPages.PATH + "/{ocid}";

    private final Procurements procurements;
    private final Tendering tendering;

    ProcurementStepPages(Procurements procurements, Tendering tendering) {
        this.procurements = procurements;
        this.tendering = tendering;
    }

    @PostMapping(PATH + "/items")
    String item(
            @PathVariable String ocid,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String quantity,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String unitPrice,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return done(ocid, "items", "procurement.view.saved", me, flash, () -> {
            Procurement p = procurements.find(ocid, me);
            List<ProcurementDraft.ItemDraft> items = new ArrayList<>(drafts(p));
            int position = items.size();
            items.add(new ProcurementDraft.ItemDraft(
                    description, "", "", Amounts.parse(quantity), unit, Amounts.parse(unitPrice)));
            try {
                procurements.update(ocid, version, sameWith(p, items), me);
            } catch (RejectedException e) {
                // The new item's fields are named items[n].x by the rules; the form names them x.
                throw new RejectedException(
                        e.reason(),
                        e.errors().stream()
                                .map(err -> new org.khet.shared.FieldError(
                                        err.row(), err.field().replace("items[" + position + "].", ""), err.message()))
                                .toList());
            }
        });
    }

    /** The reference price the evidence offered, with its basis, as the clerk confirmed or changed it. */
    @PostMapping(PATH + "/reference")
    String reference(
            @PathVariable String ocid,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String referencePrice,
            @RequestParam(defaultValue = "") String referenceBasis,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return done(ocid, "reference", "reference.offer.done", me, flash, () -> {
            Procurement p = procurements.find(ocid, me);
            BigDecimal price = referencePrice.isBlank() ? Amounts.NOT_A_NUMBER : Amounts.parse(referencePrice);
            procurements.update(ocid, version, sameWith(p, drafts(p), price, referenceBasis), me);
        });
    }

    @PostMapping(PATH + "/bids")
    String bid(
            @PathVariable String ocid,
            @RequestParam(required = false) Long supplierId,
            @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "false") boolean disqualified,
            @RequestParam(defaultValue = "") String disqualifiedReason,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        String[] notice = {"procurement.bid.recorded"};
        String answer = done(ocid, "bids", null, me, flash, () -> {
            Tendering.BidRecorded bid = tendering.bid(
                    ocid,
                    new Tendering.NewBid(supplierId, Amounts.parse(amount), disqualified, disqualifiedReason),
                    me);
            notice[0] = bid.debarred() ? "procurement.bid.recordedDebarred" : notice[0];
        });
        if (!flash.getFlashAttributes().containsKey("errors")) {
            flash.addFlashAttribute("notice", notice[0]);
        }
        return answer;
    }

    @PostMapping(PATH + "/bids/{bidId}/evaluation")
    String evaluate(
            @PathVariable String ocid,
            @PathVariable long bidId,
            @RequestParam(defaultValue = "false") boolean disqualified,
            @RequestParam(defaultValue = "") String disqualifiedReason,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return done(
                ocid,
                "bids",
                "procurement.bid.evaluated",
                me,
                flash,
                () -> tendering.evaluate(ocid, bidId, disqualified, disqualifiedReason, me));
    }

    @PostMapping(PATH + "/award")
    String award(
            @PathVariable String ocid,
            @RequestParam(required = false) Long bidId,
            @RequestParam(defaultValue = "") String amount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate awardedOn,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return done(
                ocid,
                "award",
                "procurement.award.done",
                me,
                flash,
                () -> tendering.award(ocid, bidId == null ? 0 : bidId, Amounts.parse(amount), awardedOn, me));
    }

    @PostMapping(PATH + "/contract")
    String contract(
            @PathVariable String ocid,
            @RequestParam(defaultValue = "") String number,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
            @RequestParam(defaultValue = "") String value,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return done(
                ocid,
                "contract",
                "procurement.contract.done",
                me,
                flash,
                () -> tendering.contract(ocid, number, signedOn, Amounts.parse(value), me));
    }

    @PostMapping(PATH + "/committee")
    String member(
            @PathVariable String ocid,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "false") boolean community,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return done(
                ocid,
                "committee",
                "procurement.member.done",
                me,
                flash,
                () -> tendering.member(ocid, name, role, community, me));
    }

    private static List<ProcurementDraft.ItemDraft> drafts(Procurement p) {
        return p.items().stream()
                .map(i -> new ProcurementDraft.ItemDraft(
                        i.description(), i.scheme(), i.code(), i.quantity(), i.unit(), i.unitPrice()))
                .toList();
    }

    private static ProcurementDraft sameWith(Procurement p, List<ProcurementDraft.ItemDraft> items) {
        return sameWith(p, items, p.referencePrice(), p.referenceBasis());
    }

    private static ProcurementDraft sameWith(
            Procurement p, List<ProcurementDraft.ItemDraft> items, BigDecimal referencePrice, String basis) {
        return new ProcurementDraft(
                p.fiscalYear(),
                p.title(),
                p.category().name(),
                p.method().name(),
                p.eCatalogue(),
                p.budget(),
                referencePrice,
                basis,
                p.tenderStart(),
                p.tenderEnd(),
                null,
                items);
    }

    static String done(
            String ocid, String section, String notice, KhetUser me, RedirectAttributes flash, Runnable step) {
        try {
            step.run();
            if (notice != null) {
                flash.addFlashAttribute("notice", notice);
            }
        } catch (RejectedException e) {
            flash.addFlashAttribute("errors", Amounts.errors(e, me));
            flash.addFlashAttribute("failed", section);
            flash.addFlashAttribute("problem", e.reason().in(me.language()));
        }
        return "redirect:" + ProcurementPages.PATH + "/" + URLEncoder.encode(ocid, StandardCharsets.UTF_8) + "#"
                + section;
    }
}
