package org.khet.personnel.development;

import java.time.LocalDate;
import java.util.List;
import org.khet.personnel.common.PageSteps;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.khet.thai.FiscalYear;
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
 * The area's awards of a fiscal year for everyone of the area; for the personnel group and school directors also
 * the form to enter one (a school or a person they may name) and what waits for the group's verification.
 */
@Controller
class AwardPages {

    static final String PATH = "/personnel/development/awards";

    private final Awards awards;
    private final DevelopmentAccess access;
    private final DevelopmentRules rules;
    private final Areas areas;
    private final AwardRecipients recipients;
    private final AwardCorrections corrections;

    AwardPages(
            Awards awards,
            DevelopmentAccess access,
            DevelopmentRules rules,
            Areas areas,
            AwardRecipients recipients,
            AwardCorrections corrections) {
        this.awards = awards;
        this.access = access;
        this.rules = rules;
        this.areas = areas;
        this.recipients = recipients;
        this.corrections = corrections;
    }

    @GetMapping(PATH)
    String list(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal KhetUser me,
            Model model) {
        List<Area> choices =
                areas.visibleTo(me).stream().filter(a -> me.canRead(a.id())).toList();
        if (choices.isEmpty()) {
            throw new ForbiddenException("awards");
        }
        Area chosen =
                choices.stream().filter(a -> a.code().equals(area)).findFirst().orElse(choices.get(0));
        FiscalYear fiscalYear = year == null || year < DevelopmentApi.FIRST_YEAR || year > DevelopmentApi.LAST_YEAR
                ? rules.currentYear()
                : FiscalYear.ofBuddhistYear(year);
        boolean mayEnter = awards.mayEnter(me, chosen.id());
        model.addAttribute("areas", choices);
        model.addAttribute("area", chosen);
        model.addAttribute("year", fiscalYear.buddhistYear());
        model.addAttribute("yearText", String.valueOf(fiscalYear.buddhistYear()));
        List<Award> verified = awards.verified(chosen.id(), fiscalYear);
        List<Award> waiting = mayEnter ? awards.waiting(chosen.id(), me) : List.of();
        model.addAttribute("awards", verified);
        model.addAttribute(
                "changeable",
                java.util.stream.Stream.concat(verified.stream(), waiting.stream())
                        .filter(a -> corrections.mayChange(a, me))
                        .map(Award::id)
                        .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("mayEnter", mayEnter);
        model.addAttribute("manages", access.managesArea(me, chosen.id()));
        model.addAttribute("waiting", waiting);
        model.addAttribute("found", new AwardRecipients.Found(List.of(), false));
        model.addAttribute("q", "");
        model.addAttribute("levels", AwardLevel.values());
        model.addAttribute("today", rules.today());
        return "personnel/development/awards";
    }

    /** The award form's recipient search (htmx swaps the list under the search box). */
    @GetMapping(PATH + "/recipients")
    String recipients(
            @RequestParam String area,
            @RequestParam(defaultValue = "") String q,
            @AuthenticationPrincipal KhetUser me,
            Model model) {
        Area chosen =
                areas.byCode(area).filter(a -> me.canRead(a.id())).orElseThrow(() -> new ForbiddenException("awards"));
        if (!awards.mayEnter(me, chosen.id())) {
            throw new ForbiddenException("enter awards");
        }
        model.addAttribute("found", recipients.search(chosen.id(), me, q));
        model.addAttribute("q", q.strip());
        return "personnel/development/awards :: recipients";
    }

    @PostMapping(PATH)
    String enter(
            @RequestParam String area,
            @RequestParam(defaultValue = "") String recipient,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) AwardLevel level,
            @RequestParam(defaultValue = "") String grantingBody,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate awardedOn,
            @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        Area chosen =
                areas.byCode(area).filter(a -> me.canRead(a.id())).orElseThrow(() -> new ForbiddenException("awards"));
        String to = PATH + "?area=" + chosen.code();
        return PageSteps.done(
                to,
                () -> awards.enter(
                        chosen.id(),
                        new Awards.NewAward(
                                id(recipient, 'P'), id(recipient, 'S'), name, level, grantingBody, awardedOn, note),
                        me),
                "personnel.award.entered",
                me,
                flash);
    }

    @PostMapping(PATH + "/{id}/verify")
    String verify(
            @PathVariable long id,
            @RequestParam String area,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return PageSteps.done(
                PATH + "?area=" + area, () -> awards.verify(id, me), "personnel.award.verified", me, flash);
    }

    /** The id in {@code value} when it names the kind {@code kind} ({@code P} person, {@code S} school). */
    private static Long id(String value, char kind) {
        if (value.length() < 2 || value.charAt(0) != kind) {
            return null;
        }
        try {
            return Long.parseLong(value.substring(1));
        } catch (NumberFormatException e) {
            throw RejectedException.of("recipient", Texts.of("personnel.award.noRecipient"));
        }
    }
}
