package org.khet.achievement;

import java.util.List;
import java.util.Map;
import org.khet.org.Areas;
import org.khet.platform.KhetUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Area offices compared with one another: every signed-in user may read it (the figures are published ones). */
@Controller
class AreaComparisonPages {

    private final References references;
    private final AreaComparison comparison;
    private final Areas areas;

    AreaComparisonPages(References references, AreaComparison comparison, Areas areas) {
        this.references = references;
        this.comparison = comparison;
        this.areas = areas;
    }

    @GetMapping("/achievement/among-areas")
    String page(
            @RequestParam(required = false) String sitting,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String policy,
            @AuthenticationPrincipal KhetUser user,
            Model model) {
        Map<Results.Sitting, List<Integer>> sittings = references.areaSittings();
        model.addAttribute("sittings", sittings.keySet());
        model.addAttribute("language", user.language());
        if (sittings.isEmpty()) {
            return "achievement/among-areas";
        }
        Results.Sitting chosen = sittings.keySet().stream()
                .filter(s -> (s.exam() + "-" + s.grade()).equals(sitting))
                .findFirst()
                .orElse(sittings.keySet().iterator().next());
        List<Integer> years = sittings.get(chosen);
        int y = year != null && years.contains(year) ? year : years.get(0);
        List<QualityPolicy> usable = comparison.usable(y);
        String p = usable.stream()
                .map(QualityPolicy::code)
                .filter(c -> c.equals(policy))
                .findFirst()
                .orElse(usable.stream()
                        .map(QualityPolicy::code)
                        .filter(QualityPolicies.DEFAULT::equals)
                        .findFirst()
                        .orElse(usable.get(0).code()));
        AreaComparison.View view =
                comparison.build(chosen.exam(), chosen.grade(), y, p, areas.namesByCode(), user.language());
        model.addAttribute("sitting", chosen.exam() + "-" + chosen.grade());
        model.addAttribute("years", years);
        model.addAttribute("policies", usable);
        model.addAttribute("view", view);
        model.addAttribute(
                "own",
                user.homeArea()
                        .flatMap(areas::byId)
                        .map(a -> view.rowOf(a.code()))
                        .orElse(null));
        return "achievement/among-areas";
    }
}
