package org.khet.personnel;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.RejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The per-person results of an approved round, one page per place: a school's (its director or the personnel group)
 * and one of the office's own units' (the personnel group or the area director), each with its share and what is used.
 */
@Controller
class SalaryResultPages {

    private static final String PATH = SalaryRoundPages.PATH;

    private final SalaryRounds rounds;
    private final SalaryRoundResults results;
    private final SalaryRules rules;
    private final Areas areas;

    SalaryResultPages(SalaryRounds rounds, SalaryRoundResults results, SalaryRules rules, Areas areas) {
        this.rounds = rounds;
        this.results = results;
        this.rules = rules;
        this.areas = areas;
    }

    @GetMapping(PATH + "/{id}/schools/{schoolId}")
    String school(
            @PathVariable long id, @PathVariable long schoolId, @AuthenticationPrincipal KhetUser me, Model model) {
        return results(id, SalaryPlace.school(schoolId), me, model);
    }

    @PostMapping(PATH + "/{id}/schools/{schoolId}")
    String enter(
            @PathVariable long id,
            @PathVariable long schoolId,
            @RequestParam Map<String, String> form,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return enter(id, SalaryPlace.school(schoolId), form, me, flash);
    }

    @GetMapping(PATH + "/{id}/units/{unitId}")
    String unit(@PathVariable long id, @PathVariable long unitId, @AuthenticationPrincipal KhetUser me, Model model) {
        return results(id, SalaryPlace.ofUnit(unitId), me, model);
    }

    @PostMapping(PATH + "/{id}/units/{unitId}")
    String enterUnit(
            @PathVariable long id,
            @PathVariable long unitId,
            @RequestParam Map<String, String> form,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return enter(id, SalaryPlace.ofUnit(unitId), form, me, flash);
    }

    /** The page of a school's or a unit's results: its path. */
    static String resultsPath(long roundId, SalaryPlace place) {
        return PATH + "/" + roundId + (place.unit() ? "/units/" : "/schools/") + place.id();
    }

    private String results(long id, SalaryPlace place, KhetUser me, Model model) {
        SalaryRound round = rounds.get(id);
        Area area = areas.byId(round.areaId()).orElseThrow();
        results.checkEnters(area, place, me);
        model.addAttribute("round", round);
        model.addAttribute("rule", round.ruleId() == null ? null : rules.rule(round.ruleId()));
        model.addAttribute("budget", results.budget(round, place));
        model.addAttribute("resultsPath", resultsPath(id, place));
        var people = results.people(round, place);
        model.addAttribute("people", people);
        model.addAttribute(
                "used",
                round.headcount()
                        ? BigDecimal.valueOf(people.stream()
                                .filter(p -> p.percent() != null && p.percent().signum() > 0)
                                .count())
                        : people.stream()
                                .map(p -> p.raise() == null ? BigDecimal.ZERO : p.raise())
                                .reduce(BigDecimal.ZERO, BigDecimal::add));
        return "personnel/salary-results";
    }

    private String enter(long id, SalaryPlace place, Map<String, String> form, KhetUser me, RedirectAttributes flash) {
        SalaryRound round = rounds.get(id);
        Area area = areas.byId(round.areaId()).orElseThrow();
        Map<Long, BigDecimal> percents = new HashMap<>();
        try {
            form.forEach((name, value) -> {
                if (name.startsWith("percent_") && !value.isBlank()) {
                    percents.put(Long.valueOf(name.substring(8)), new BigDecimal(value.strip()));
                }
            });
            results.enter(area, round, place, percents, me);
            flash.addFlashAttribute("notice", "personnel.salary.results.saved");
        } catch (NumberFormatException e) {
            flash.addFlashAttribute(
                    "error", Texts.of("personnel.salary.results.missing").in(me.language()));
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.errors().get(0).message().in(me.language()));
        }
        return "redirect:" + resultsPath(id, place);
    }
}
