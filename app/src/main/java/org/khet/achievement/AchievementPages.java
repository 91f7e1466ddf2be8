package org.khet.achievement;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khet.platform.Forms;
import org.khet.platform.KhetUser;
import org.khet.registry.Area;
import org.khet.shared.RejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/** The area dashboard and the results import page. */
@Controller
class AchievementPages {

    private final AreaChoice areaChoice;
    private final Results results;
    private final QualityPolicies policies;
    private final AreaDashboard dashboard;
    private final ResultImport imports;
    private final JsonMapper json;
    private final Progress progress;
    private final Rewards rewards;
    private final Targets targets;
    private final AchievementReports reports;
    private final org.khet.platform.ReportFiles files;
    private final ViewCache cache;
    private final KeptFragments kept;

    AchievementPages(
            AreaChoice areaChoice,
            Results results,
            QualityPolicies policies,
            AreaDashboard dashboard,
            ResultImport imports,
            JsonMapper json,
            Progress progress,
            Rewards rewards,
            Targets targets,
            AchievementReports reports,
            org.khet.platform.ReportFiles files,
            ViewCache cache,
            KeptFragments kept) {
        this.cache = cache;
        this.kept = kept;
        this.reports = reports;
        this.files = files;
        this.progress = progress;
        this.rewards = rewards;
        this.targets = targets;
        this.areaChoice = areaChoice;
        this.results = results;
        this.policies = policies;
        this.dashboard = dashboard;
        this.imports = imports;
        this.json = json;
    }

    /** The filter bar's query parameters, every one optional: bound from the request by name. */
    record Choice(Long area, String sitting, Integer year, String policy) {}

    /** Chooses what to show and puts the choices the filter bar offers into the model. */
    Selection select(Choice choice, KhetUser user, Model model) {
        String language = user.language();
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
                        .filter(p -> p.appliesTo(selection.hasData() ? selection.year() : 2569))
                        .toList());
        model.addAttribute("mayImport", ResultImport.mayImport(user, chosen.id()));
        model.addAttribute("language", language);
        return selection;
    }

    @GetMapping("/achievement")
    String dashboard(
            Choice choice,
            @AuthenticationPrincipal KhetUser user,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        Selection s = select(choice, user, model);
        if (s.hasData()) {
            String language = user.language();
            model.addAttribute(
                    "body",
                    kept.html(
                            "dashboard",
                            s.area().id(),
                            List.of(s, language),
                            () -> {
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
                            },
                            request,
                            response,
                            locale));
        }
        return "achievement/dashboard";
    }

    @GetMapping("/achievement/imports")
    String importPage(@AuthenticationPrincipal KhetUser user, Model model) {
        model.addAttribute("mayImport", ResultImport.mayImportAnywhere(user));
        return "achievement/imports";
    }

    @PostMapping("/achievement/imports")
    String upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal KhetUser user, Model model)
            throws IOException {
        model.addAttribute("mayImport", ResultImport.mayImportAnywhere(user));
        try {
            model.addAttribute("report", imports.run(Forms.upload(file), user));
        } catch (RejectedException e) {
            model.addAttribute("rejected", e);
        }
        return "achievement/imports";
    }

    @GetMapping("/achievement/progress")
    String progress(
            Choice choice,
            @AuthenticationPrincipal KhetUser user,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        Selection s = select(choice, user, model);
        if (s.hasData()) {
            String language = user.language();
            Progress.View view = progress.build(s, language);
            model.addAttribute("view", view);
            model.addAttribute(
                    "movementTable",
                    kept.html(
                            "movement",
                            s.area().id(),
                            List.of(s, language),
                            () -> Map.of("view", view, "selection", s, "language", language),
                            request,
                            response,
                            locale));
        }
        return "achievement/progress";
    }

    @PostMapping("/achievement/targets")
    String setTarget(
            @RequestParam long area,
            @RequestParam String subject,
            @RequestParam String mean,
            @RequestParam int fromYear,
            @RequestParam(defaultValue = "") String sitting,
            @AuthenticationPrincipal KhetUser user,
            org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
        try {
            targets.set(area, subject, parse(mean), fromYear, user);
            flash.addFlashAttribute("notice", "common.saved");
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.errors().get(0).message().in(user.language()));
        }
        return "redirect:/achievement/progress?area=" + area + "&sitting=" + sitting;
    }

    private static java.math.BigDecimal parse(String mean) {
        try {
            return new java.math.BigDecimal(mean.strip());
        } catch (NumberFormatException e) {
            throw RejectedException.of("mean", "เป้าหมายต้องเป็นตัวเลข 0–100", "The target must be a number 0–100");
        }
    }

    @GetMapping("/achievement/rewards")
    String rewards(
            Choice choice,
            @AuthenticationPrincipal KhetUser user,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        Selection s = select(choice, user, model);
        if (s.hasData()) {
            String language = user.language();
            List<Rewards.Earned> earned = rewards.earned(s, language);
            Map<String, String> lists = new java.util.HashMap<>();
            for (Rewards.Earned e : earned) {
                lists.put(
                        e.group().code(),
                        kept.html(
                                "rewardSchools",
                                s.area().id(),
                                List.of(s, language, e.group().code()),
                                () -> Map.of("earned", e, "selection", s),
                                request,
                                response,
                                locale));
            }
            model.addAttribute("policy", policies.inForce(s.policy(), s.year()));
            model.addAttribute("earned", earned);
            model.addAttribute("schoolLists", lists);
        }
        return "achievement/rewards";
    }

    /** The dashboard, progress or rewards page as Excel or PDF, with the same choices as the page. */
    @GetMapping({"/achievement/export.{format}", "/achievement/{page}/export.{format}"})
    org.springframework.http.ResponseEntity<byte[]> export(
            @org.springframework.web.bind.annotation.PathVariable(required = false) String page,
            @org.springframework.web.bind.annotation.PathVariable String format,
            Choice choice,
            @AuthenticationPrincipal KhetUser user,
            Model model) {
        Selection s = withData(select(choice, user, model));
        String language = user.language();
        org.khet.platform.Report report;
        if (page == null) {
            report = reports.dashboard(dashboard.build(s, language), language);
        } else if (page.equals("progress")) {
            report = reports.progress(progress.build(s, language), language);
        } else if (page.equals("rewards")) {
            report = reports.rewards(s, policies.inForce(s.policy(), s.year()), rewards.earned(s, language), language);
        } else {
            throw new org.khet.shared.NotFoundException("page");
        }
        return files.download(
                report, (page == null ? "achievement" : page) + "-" + s.sitting() + "-" + s.year(), format);
    }

    private static Selection withData(Selection s) {
        if (!s.hasData()) {
            throw new org.khet.shared.NotFoundException("results");
        }
        return s;
    }

    @PostMapping("/achievement/rewards")
    String setReward(
            @RequestParam long area,
            @RequestParam String policy,
            @RequestParam String group,
            @RequestParam String nameTh,
            @RequestParam(defaultValue = "") String nameEn,
            @RequestParam int fromYear,
            @RequestParam(defaultValue = "") String sitting,
            @AuthenticationPrincipal KhetUser user,
            org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
        try {
            rewards.set(area, policy, group, nameTh, nameEn, fromYear, user);
            flash.addFlashAttribute("notice", "common.saved");
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.errors().get(0).message().in(user.language()));
        }
        return "redirect:/achievement/rewards?area=" + area + "&sitting=" + sitting + "&policy=" + policy;
    }
}
