package org.khet.achievement;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.khet.platform.KhetUser;
import org.khet.platform.Report;
import org.khet.platform.ReportFiles;
import org.khet.registry.Area;
import org.khet.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The filter bar the area's achievement pages share (dashboard, progress, rewards): which area, exam sitting, year
 * and quality policy to show, the choices it offers, and the page's export with the same choices.
 */
@Component
class FilterBar {

    /** The year whose policies are offered while an area has no results yet. */
    private static final int YEAR_WITHOUT_RESULTS = 2569;

    private final AreaChoice areaChoice;
    private final Results results;
    private final QualityPolicies policies;
    private final ViewCache cache;
    private final ReportFiles files;

    FilterBar(AreaChoice areaChoice, Results results, QualityPolicies policies, ViewCache cache, ReportFiles files) {
        this.files = files;
        this.areaChoice = areaChoice;
        this.results = results;
        this.policies = policies;
        this.cache = cache;
    }

    /** The filter bar's query parameters, every one optional: bound from the request by name. */
    record Choice(Long area, String sitting, Integer year, String policy) {}

    /** Chooses what to show and puts the choices the filter bar offers into the model. */
    Selection select(Choice choice, KhetUser user, Model model) {
        AreaChoice.Chosen choosing = areaChoice.of(choice.area(), user);
        Area chosen = choosing.area();
        Map<Results.Sitting, List<Integer>> sittings =
                cache.get(chosen.id(), "sittings", List.of(chosen.id()), () -> results.sittings(chosen.id()));
        Selection selection =
                Selection.of(chosen, choice.sitting(), choice.year(), choice.policy(), sittings, policies);
        model.addAttribute("selection", selection);
        model.addAttribute("areas", choosing.visible());
        model.addAttribute("sittings", sittings.keySet());
        model.addAttribute(
                "policies",
                policies.all().stream()
                        .filter(p -> p.appliesTo(selection.hasData() ? selection.year() : YEAR_WITHOUT_RESULTS))
                        .toList());
        model.addAttribute("mayImport", ResultImport.mayImport(user, chosen.id()));
        model.addAttribute("language", user.language());
        return selection;
    }

    /**
     * A page as Excel or PDF ({@code format}), with the same choices as the page and the report it makes of them in
     * the user's language; a selection without results has nothing to export.
     */
    ResponseEntity<byte[]> export(
            String page,
            String format,
            Choice choice,
            KhetUser user,
            Model model,
            BiFunction<Selection, String, Report> report) {
        Selection s = select(choice, user, model);
        if (!s.hasData()) {
            throw new NotFoundException("results");
        }
        return files.download(report.apply(s, user.language()), page + "-" + s.sitting() + "-" + s.year(), format);
    }
}
