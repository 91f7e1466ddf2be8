package org.khet.personnel.transfer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.khet.personnel.common.NameSearch;
import org.khet.personnel.common.PageSteps;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.Areas;
import org.khet.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The swaps page: a government teacher finds a teacher of another school by name or school (a search box, answered
 * as they type with htmx and by a plain GET without JavaScript) and asks to swap with them; the partner and both directors
 * agree; the personnel group approves or refuses; either teacher withdraws. Each reader sees the swaps they take part
 * in or decide.
 */
@Controller
class TransferSwapPages {

    static final String PATH = TransferPages.PATH + "/swaps";

    private final TransferSwaps swaps;
    private final TransferSwapList list;
    private final TransferApplicants applicants;
    private final TransferRounds rounds;
    private final Areas areas;

    TransferSwapPages(
            TransferSwaps swaps,
            TransferSwapList list,
            TransferApplicants applicants,
            TransferRounds rounds,
            Areas areas) {
        this.swaps = swaps;
        this.list = list;
        this.applicants = applicants;
        this.rounds = rounds;
        this.areas = areas;
    }

    /** The page; {@code q} searches for a partner by name or school (the search box's answer without JavaScript). */
    @GetMapping(PATH)
    String page(@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal KhetUser me, Model model) {
        Optional<TransferApplicants.Applicant> person = applicants.of(me);
        long areaId = person.map(TransferApplicants.Applicant::areaId)
                .or(me::homeArea)
                .orElseThrow(() -> new NotFoundException("area"));
        model.addAttribute("area", areas.byId(areaId).orElseThrow());
        boolean teacher = person.filter(p -> p.schoolId() != null).isPresent();
        model.addAttribute("mayAsk", teacher);
        partners(person, q, model);
        var visible = list.visible(areaId, me);
        model.addAttribute("swaps", visible);
        model.addAttribute("manages", rounds.manages(me, areaId));
        long mine = person.map(TransferApplicants.Applicant::personId).orElse(-1L);
        Map<Long, Boolean> mayAgree = new HashMap<>();
        Map<Long, Boolean> mayWithdraw = new HashMap<>();
        for (TransferSwap s : visible) {
            boolean partner = s.personB() == mine && !s.partnerAgreed();
            boolean directorA = me.holdsAtSchool(s.schoolA(), Role.SCHOOL_DIRECTOR) && !s.directorAAgreed();
            boolean directorB = me.holdsAtSchool(s.schoolB(), Role.SCHOOL_DIRECTOR) && !s.directorBAgreed();
            mayAgree.put(s.id(), s.asked() && (partner || directorA || directorB));
            mayWithdraw.put(s.id(), s.asked() && (s.personA() == mine || s.personB() == mine));
        }
        model.addAttribute("mayAgree", mayAgree);
        model.addAttribute("mayWithdraw", mayWithdraw);
        return "personnel/transfer/swaps";
    }

    /** The partner search's answer as the list under the search box (htmx swaps it in as the user types). */
    @GetMapping(PATH + "/partners")
    String partners(@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal KhetUser me, Model model) {
        partners(applicants.of(me).filter(p -> p.schoolId() != null), q, model);
        return "personnel/transfer/swaps :: partners";
    }

    private void partners(Optional<TransferApplicants.Applicant> teacher, String q, Model model) {
        model.addAttribute("q", q.strip());
        model.addAttribute(
                "found",
                teacher.map(p -> list.partners(p.areaId(), p.personId(), p.schoolId(), q))
                        .orElse(new NameSearch.Found<>(java.util.List.of(), false)));
    }

    @PostMapping(PATH)
    String ask(
            @RequestParam(required = false) Long partner,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return PageSteps.done(
                PATH,
                () -> swaps.ask(partner == null ? -1 : partner, reason, me),
                "personnel.transfer.swap.askedNotice",
                me,
                flash);
    }

    @PostMapping(PATH + "/{id}/{step}")
    String step(
            @PathVariable long id,
            @PathVariable String step,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return PageSteps.done(
                PATH, () -> swaps.step(id, step, me), "personnel.transfer.swap." + step + "Notice", me, flash);
    }
}
