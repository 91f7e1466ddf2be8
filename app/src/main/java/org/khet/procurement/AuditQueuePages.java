package org.khet.procurement;

import java.util.List;
import org.khet.platform.KhetUser;
import org.khet.shared.Bilingual;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.khet.thai.FiscalYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The internal audit unit's queue: the area's open red flags, newest first, each with its procurement, definition,
 * evidence and threshold, to review, dismiss with a reason, or escalate to the director; and each indicator's
 * coverage over a fiscal year. For the area's internal auditor and director.
 */
@Controller
class AuditQueuePages {

    static final String PATH = "/audit/procurement";

    /** A queue entry as the page shows it. */
    record Entry(Flags.Flag flag, Bilingual definition, List<Evidence.Line> evidence, List<Evidence.Line> threshold) {}

    private final Flags flags;
    private final FlagReviews reviews;
    private final FlagComputation computation;
    private final Buyers buyers;

    AuditQueuePages(Flags flags, FlagReviews reviews, FlagComputation computation, Buyers buyers) {
        this.flags = flags;
        this.reviews = reviews;
        this.computation = computation;
        this.buyers = buyers;
    }

    @GetMapping(PATH)
    String queue(
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "") String buyer,
            @AuthenticationPrincipal KhetUser me,
            Model model) {
        long area = area(me);
        Buyer one = buyers.byCode(buyer).filter(b -> b.areaId() == area).orElse(null);
        int fiscalYear =
                year != null ? year : FiscalYear.of(computation.today()).buddhistYear();
        String language = me.language();
        model.addAttribute(
                "entries",
                flags.queue(area, 200).stream()
                        .map(f -> new Entry(
                                f,
                                computation
                                        .indicator(f.code())
                                        .map(Indicator::definition)
                                        .orElse(Bilingual.of(f.code(), f.code())),
                                Evidence.lines(f.evidence(), "procurement.flag.evidence.", language),
                                Evidence.lines(f.threshold(), "procurement.flag.threshold.", language)))
                        .toList());
        model.addAttribute("coverage", flags.coverage(area, one, fiscalYear));
        model.addAttribute("year", fiscalYear);
        model.addAttribute("yearText", String.valueOf(fiscalYear));
        model.addAttribute("buyer", one);
        return "procurement/audit";
    }

    @PostMapping(PATH + "/flags/{id}")
    String decide(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        try {
            FlagReviews.Action chosen = java.util.Arrays.stream(FlagReviews.Action.values())
                    .filter(a -> a.name().equals(action))
                    .findFirst()
                    .orElse(null);
            reviews.decide(id, chosen, reason, me);
            flash.addFlashAttribute("notice", "procurement.flag.review.done." + action);
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.reason().in(me.language()));
            flash.addFlashAttribute("failedFlag", id);
            flash.addFlashAttribute("failedReason", reason);
        }
        return "redirect:" + PATH + "#flag-" + id;
    }

    /** The area whose flags the user audits. */
    private static long area(KhetUser me) {
        return me.areaIds().stream()
                .filter(a -> Flags.audits(me, a))
                .findFirst()
                .orElseThrow(() -> new ForbiddenException("audit procurement"));
    }
}
