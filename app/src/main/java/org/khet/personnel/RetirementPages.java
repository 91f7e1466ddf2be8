package org.khet.personnel;

import java.util.List;
import org.khet.platform.KhetUser;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.ForbiddenException;
import org.khet.thai.FiscalYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The retirements of a fiscal year, for the personnel group planning who must be replaced (and a school director,
 * for their school): each person with their position, school or unit and the day they leave, linked to their record.
 */
@Controller
class RetirementPages {

    static final String PATH = "/personnel/retirements";

    private final Retirements retirements;
    private final Areas areas;
    private final RetirementRules rules;

    RetirementPages(Retirements retirements, Areas areas, RetirementRules rules) {
        this.retirements = retirements;
        this.areas = areas;
        this.rules = rules;
    }

    @GetMapping(PATH)
    String list(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal KhetUser me,
            Model model) {
        List<Area> choices = areas.visibleTo(me).stream()
                .filter(a -> retirements.mayList(me, a.id()))
                .toList();
        if (choices.isEmpty()) {
            throw new ForbiddenException("personnel retirements");
        }
        Area shown =
                choices.stream().filter(a -> a.code().equals(area)).findFirst().orElse(choices.get(0));
        FiscalYear fiscalYear = year == null || year < RetirementApi.FIRST_YEAR || year > RetirementApi.LAST_YEAR
                ? retirements.currentYear()
                : FiscalYear.ofBuddhistYear(year);
        model.addAttribute("areas", choices);
        model.addAttribute("area", shown);
        model.addAttribute("year", fiscalYear.buddhistYear());
        model.addAttribute("yearText", String.valueOf(fiscalYear.buddhistYear()));
        model.addAttribute("retirees", retirements.in(shown.id(), fiscalYear, me));
        model.addAttribute("retiresOn", fiscalYear.end());
        model.addAttribute("age", String.valueOf(rules.ages().ageOn(fiscalYear.end())));
        return "personnel/retirements";
    }
}
