package org.khet.personnel.transfer;

import java.time.LocalDate;
import org.khet.platform.KhetUser;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The transfer pages: the area's rounds with the person's own requests and their results (also after a move took
 * away their roles at the old school), a new round for the personnel group, and a round's page as each reader may
 * see it ({@link TransferRoundView}).
 */
@Controller
class TransferPages {

    static final String PATH = "/personnel/transfers";

    private final TransferRounds rounds;
    private final TransferRoundView view;
    private final TransferApplicants applicants;
    private final TransferMine mine;
    private final Areas areas;

    TransferPages(
            TransferRounds rounds,
            TransferRoundView view,
            TransferApplicants applicants,
            TransferMine mine,
            Areas areas) {
        this.rounds = rounds;
        this.view = view;
        this.applicants = applicants;
        this.mine = mine;
        this.areas = areas;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String area, @AuthenticationPrincipal KhetUser me, Model model) {
        Area a = chosenArea(area, me);
        model.addAttribute("area", a);
        model.addAttribute("rounds", a == null ? java.util.List.of() : rounds.of(a, me));
        model.addAttribute("manages", a != null && rounds.manages(me, a.id()));
        model.addAttribute(
                "mine", applicants.of(me).map(p -> mine.requests(p.personId())).orElse(java.util.List.of()));
        return "personnel/transfer/rounds";
    }

    @PostMapping(PATH)
    String create(
            @RequestParam String area,
            @RequestParam(required = false) Integer academicYear,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        Area a = chosenArea(area, me);
        if (a == null) {
            throw new NotFoundException("area");
        }
        try {
            long id = rounds.create(a, academicYear, opensOn, closesOn, effectiveOn, me);
            flash.addFlashAttribute("notice", "personnel.transfer.round.created");
            return "redirect:" + PATH + "/" + id;
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.reason().in(me.language()));
            return "redirect:" + PATH + "?area=" + a.code();
        }
    }

    @GetMapping(PATH + "/{id}")
    String round(@PathVariable long id, @AuthenticationPrincipal KhetUser me, Model model) {
        view.fill(rounds.readable(id, me), me, model);
        return "personnel/transfer/round";
    }

    /** The area named by its code, else the user's own; null for a user of no area (the page shows their own). */
    private Area chosenArea(String code, KhetUser me) {
        if (code != null && !code.isBlank()) {
            Area area = areas.byCode(code.strip()).orElseThrow(() -> new NotFoundException("area"));
            if (!me.canRead(area.id())) {
                throw new NotFoundException("area");
            }
            return area;
        }
        return me.homeArea()
                .flatMap(areas::byId)
                .or(() -> areas.visibleTo(me).stream().findFirst())
                .orElse(null);
    }
}
