package org.khet.achievement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khet.platform.KhetUser;
import org.khet.platform.ReportFiles;
import org.khet.registry.Areas;
import org.khet.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Area offices compared with one another: every signed-in user may read it (the figures are published ones). */
@Controller
class AreaComparisonPages {

    private final References references;
    private final AreaComparison comparison;
    private final Areas areas;
    private final AchievementReports reports;
    private final ReportFiles files;

    AreaComparisonPages(
            References references,
            AreaComparison comparison,
            Areas areas,
            AchievementReports reports,
            ReportFiles files) {
        this.references = references;
        this.comparison = comparison;
        this.areas = areas;
        this.reports = reports;
        this.files = files;
    }

    /** What the page shows for the choices asked for (each falling back to the first one there is). */
    private record Shown(String sitting, List<Integer> years, List<QualityPolicy> policies, AreaComparison.View view) {}

    private Optional<Shown> shown(
            Map<Results.Sitting, List<Integer>> sittings,
            String sitting,
            Integer year,
            String policy,
            String language) {
        if (sittings.isEmpty()) {
            return Optional.empty();
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
        AreaComparison.View view = comparison.build(chosen.exam(), chosen.grade(), y, p, areas.namesByCode(), language);
        return Optional.of(new Shown(chosen.exam() + "-" + chosen.grade(), years, usable, view));
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
        shown(sittings, sitting, year, policy, user.language()).ifPresent(shown -> {
            AreaComparison.View view = shown.view();
            model.addAttribute("sitting", shown.sitting());
            model.addAttribute("years", shown.years());
            model.addAttribute("policies", shown.policies());
            model.addAttribute("view", view);
            model.addAttribute(
                    "own",
                    user.homeArea()
                            .flatMap(areas::byId)
                            .map(a -> view.rowOf(a.code()))
                            .orElse(null));
        });
        return "achievement/among-areas";
    }

    /** The comparison as Excel or PDF, with the page's choices. */
    @GetMapping("/achievement/among-areas/export.{format}")
    ResponseEntity<byte[]> export(
            @PathVariable String format,
            @RequestParam(required = false) String sitting,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String policy,
            @AuthenticationPrincipal KhetUser user) {
        Shown shown = shown(references.areaSittings(), sitting, year, policy, user.language())
                .orElseThrow(() -> new NotFoundException("results"));
        return files.download(
                reports.amongAreas(shown.view(), user.language()),
                "among-areas-" + shown.sitting() + "-" + shown.view().year(),
                format);
    }
}
