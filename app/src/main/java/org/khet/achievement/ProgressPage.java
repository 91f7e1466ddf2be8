package org.khet.achievement;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.shared.RejectedException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Targets and progress: each subject's target against the area's mean, the schools moving between groups, the form
 * that sets a target, and the page as Excel or PDF.
 */
@Controller
class ProgressPage {

    private final FilterBar filters;
    private final Progress progress;
    private final Targets targets;
    private final AchievementReports reports;
    private final KeptFragments kept;
    private final MessageSource messages;

    ProgressPage(
            FilterBar filters,
            Progress progress,
            Targets targets,
            AchievementReports reports,
            KeptFragments kept,
            MessageSource messages) {
        this.filters = filters;
        this.progress = progress;
        this.targets = targets;
        this.reports = reports;
        this.kept = kept;
        this.messages = messages;
    }

    @GetMapping("/achievement/progress")
    String progress(
            FilterBar.Choice choice,
            @AuthenticationPrincipal KhetUser user,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        Selection s = filters.select(choice, user, model);
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
            RedirectAttributes flash) {
        BigDecimal target = number(mean);
        if (target == null) {
            flash.addFlashAttribute(
                    "error",
                    messages.getMessage("progress.targetNotANumber", null, Locale.forLanguageTag(user.language())));
        } else {
            try {
                targets.set(area, subject, target, fromYear, user);
                flash.addFlashAttribute("notice", "common.saved");
            } catch (RejectedException e) {
                flash.addFlashAttribute("error", e.errors().get(0).message().in(user.language()));
            }
        }
        return "redirect:/achievement/progress?area=" + area + "&sitting=" + sitting;
    }

    /** The number typed, or null when it is none. */
    private static BigDecimal number(String typed) {
        try {
            return new BigDecimal(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The page as Excel or PDF, with the same choices as the page. */
    @GetMapping("/achievement/progress/export.{format}")
    ResponseEntity<byte[]> export(
            @PathVariable String format, FilterBar.Choice choice, @AuthenticationPrincipal KhetUser user, Model model) {
        return filters.export(
                "progress",
                format,
                choice,
                user,
                model,
                (s, language) -> reports.progress(progress.build(s, language), language));
    }
}
