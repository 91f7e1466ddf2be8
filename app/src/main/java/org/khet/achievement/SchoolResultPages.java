package org.khet.achievement;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.registry.Schools;
import org.khet.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** A school's results page: everyone who may read the school may read its results. */
@Controller
class SchoolResultPages {

    private final Schools schools;
    private final Areas areas;
    private final Results results;
    private final QualityPolicies policies;
    private final SchoolDashboard dashboard;
    private final JsonMapper json;
    private final AchievementReports reports;
    private final org.khet.platform.ReportFiles files;
    private final KeptFragments kept;

    SchoolResultPages(
            Schools schools,
            Areas areas,
            Results results,
            QualityPolicies policies,
            SchoolDashboard dashboard,
            JsonMapper json,
            AchievementReports reports,
            org.khet.platform.ReportFiles files,
            KeptFragments kept) {
        this.kept = kept;
        this.reports = reports;
        this.files = files;
        this.schools = schools;
        this.areas = areas;
        this.results = results;
        this.policies = policies;
        this.dashboard = dashboard;
        this.json = json;
    }

    @GetMapping("/achievement/schools/{id}")
    String school(
            @PathVariable long id,
            @RequestParam(required = false) String sitting,
            @RequestParam(required = false) String policy,
            @AuthenticationPrincipal KhetUser user,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        Schools.SchoolRef school = schools.readableRef(id, user).orElseThrow(() -> new NotFoundException("school"));
        List<Results.Sitting> sittings = results.schoolSittings(id);
        model.addAttribute("school", school);
        model.addAttribute("sittings", sittings);
        model.addAttribute("language", user.language());
        String chosenPolicy = policies.orDefault(policy);
        model.addAttribute("policyCode", chosenPolicy);
        model.addAttribute("policies", policies.current());
        if (sittings.isEmpty()) {
            return "achievement/school";
        }
        Results.Sitting chosen = chosen(sittings, sitting);
        model.addAttribute("sitting", chosen.exam() + "-" + chosen.grade());
        String language = user.language();
        Area area = areas.byId(school.areaId()).orElseThrow();
        model.addAttribute(
                "body",
                kept.html(
                        "school",
                        area.id(),
                        List.of(school, area, chosen, chosenPolicy, language),
                        () -> {
                            SchoolDashboard.View view = dashboard.build(school, area, chosen, chosenPolicy, language);
                            return Map.of(
                                    "view", view,
                                    "school", school,
                                    "sitting", chosen.exam() + "-" + chosen.grade(),
                                    "policyCode", chosenPolicy,
                                    "language", language,
                                    "charts", Charts.perSubject(view.chartSubjects(), view.charts(), json));
                        },
                        request,
                        response,
                        locale));
        return "achievement/school";
    }

    @GetMapping("/achievement/schools/{id}/export.{format}")
    org.springframework.http.ResponseEntity<byte[]> export(
            @PathVariable long id,
            @PathVariable String format,
            @RequestParam(required = false) String sitting,
            @RequestParam(required = false) String policy,
            @AuthenticationPrincipal KhetUser user) {
        Schools.SchoolRef school = schools.readableRef(id, user).orElseThrow(() -> new NotFoundException("school"));
        List<Results.Sitting> sittings = results.schoolSittings(id);
        if (sittings.isEmpty()) {
            throw new NotFoundException("results");
        }
        Results.Sitting chosen = chosen(sittings, sitting);
        String chosenPolicy = policies.orDefault(policy);
        var area = areas.byId(school.areaId()).orElseThrow();
        SchoolDashboard.View view = dashboard.build(school, area, chosen, chosenPolicy, user.language());
        return files.download(
                reports.school(view, area.nameTh(), user.language()),
                "school-" + school.code() + "-" + chosen.exam() + "-" + chosen.grade(),
                format);
    }

    /** The sitting asked for (EXAM-GRADE) if the school has results in it, else its first. */
    private static Results.Sitting chosen(List<Results.Sitting> sittings, String sitting) {
        return sittings.stream()
                .filter(s -> (s.exam() + "-" + s.grade()).equals(sitting))
                .findFirst()
                .orElse(sittings.get(0));
    }
}
