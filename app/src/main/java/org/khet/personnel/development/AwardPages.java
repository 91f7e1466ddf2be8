package org.khet.personnel.development;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.khet.personnel.common.PageSteps;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.registry.Schools;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.khet.thai.FiscalYear;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    /** Someone or a school an award may be entered for: {@code value} is {@code P<id>} or {@code S<id>}. */
    record Recipient(String value, String label) {}

    private final Awards awards;
    private final DevelopmentAccess access;
    private final DevelopmentRules rules;
    private final Areas areas;
    private final Schools schools;
    private final JdbcClient jdbc;

    AwardPages(
            Awards awards,
            DevelopmentAccess access,
            DevelopmentRules rules,
            Areas areas,
            Schools schools,
            JdbcClient jdbc) {
        this.awards = awards;
        this.access = access;
        this.rules = rules;
        this.areas = areas;
        this.schools = schools;
        this.jdbc = jdbc;
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
        model.addAttribute("awards", awards.verified(chosen.id(), fiscalYear));
        model.addAttribute("mayEnter", mayEnter);
        model.addAttribute("manages", access.managesArea(me, chosen.id()));
        model.addAttribute("waiting", mayEnter ? awards.waiting(chosen.id(), me) : List.of());
        model.addAttribute("recipients", mayEnter ? recipients(chosen.id(), me) : List.of());
        model.addAttribute("levels", AwardLevel.values());
        model.addAttribute("today", rules.today());
        return "personnel/development/awards";
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

    /** The schools and active people the user may enter an award for: all of the area, or a director's school's. */
    private List<Recipient> recipients(long areaId, KhetUser me) {
        boolean all = access.managesArea(me, areaId);
        Set<Long> directed = access.directedSchools(me, areaId);
        List<Recipient> list = new java.util.ArrayList<>(schools.openIn(areaId).stream()
                .filter(s -> all || directed.contains(s.id()))
                .map(s -> new Recipient("S" + s.id(), s.nameTh()))
                .toList());
        list.addAll(jdbc.sql("""
                        select 'P' || id as value, coalesce(title, '') || first_name_th || ' ' || last_name_th
                               || ' · ' || coalesce(school_name_th, unit_name_th, '') as label
                        from registry.person_placement
                        where area_id = :a and active and (:all or school_id = any(:schools))
                        order by school_code nulls first, first_name_th collate "th-x-icu", last_name_th limit 5000""")
                .param("a", areaId)
                .param("all", all)
                .param("schools", directed.toArray(Long[]::new))
                .query(Recipient.class)
                .list());
        return list;
    }
}
