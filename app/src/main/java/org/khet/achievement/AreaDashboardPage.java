package org.khet.achievement;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/** The area's achievement dashboard: its schools' results in quality groups, and the same as Excel or PDF. */
@Controller
class AreaDashboardPage {

    private final FilterBar filters;
    private final AreaDashboard dashboard;
    private final AchievementReports reports;
    private final KeptFragments kept;
    private final JsonMapper json;

    AreaDashboardPage(
            FilterBar filters,
            AreaDashboard dashboard,
            AchievementReports reports,
            KeptFragments kept,
            JsonMapper json) {
        this.filters = filters;
        this.dashboard = dashboard;
        this.reports = reports;
        this.kept = kept;
        this.json = json;
    }

    @GetMapping("/achievement")
    String dashboard(
            FilterBar.Choice choice,
            @AuthenticationPrincipal KhetUser user,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        Selection s = filters.select(choice, user, model);
        if (s.hasData()) {
            String language = user.language();
            model.addAttribute(
                    "body",
                    kept.html(
                            "dashboard",
                            s.area().id(),
                            List.of(s, language),
                            () -> body(s, language),
                            request,
                            response,
                            locale));
        }
        return "achievement/dashboard";
    }

    private Map<String, Object> body(Selection s, String language) {
        AreaDashboard.View view = dashboard.build(s, language);
        return Map.of(
                "view",
                view,
                "selection",
                s,
                "language",
                language,
                "distributionChart",
                json.writeValueAsString(view.distributionChart()),
                "networkChart",
                json.writeValueAsString(view.networkChart()),
                "trendCharts",
                Charts.perSubject(view.columns(), view.trendCharts(), json));
    }

    /** The dashboard as Excel or PDF, with the same choices as the page. */
    @GetMapping("/achievement/export.{format}")
    ResponseEntity<byte[]> export(
            @PathVariable String format, FilterBar.Choice choice, @AuthenticationPrincipal KhetUser user, Model model) {
        return filters.export(
                "achievement",
                format,
                choice,
                user,
                model,
                (s, language) -> reports.dashboard(dashboard.build(s, language), language));
    }
}
