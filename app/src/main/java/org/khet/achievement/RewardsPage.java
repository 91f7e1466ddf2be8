package org.khet.achievement;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.shared.RejectedException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Rewards: the reward each quality group earns and the schools earning it, the form that sets one, and the export. */
@Controller
class RewardsPage {

    private final FilterBar filters;
    private final Rewards rewards;
    private final QualityPolicies policies;
    private final AchievementReports reports;
    private final KeptFragments kept;

    RewardsPage(
            FilterBar filters,
            Rewards rewards,
            QualityPolicies policies,
            AchievementReports reports,
            KeptFragments kept) {
        this.filters = filters;
        this.rewards = rewards;
        this.policies = policies;
        this.reports = reports;
        this.kept = kept;
    }

    @GetMapping("/achievement/rewards")
    String rewards(
            FilterBar.Choice choice,
            @AuthenticationPrincipal KhetUser user,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        Selection s = filters.select(choice, user, model);
        if (s.hasData()) {
            String language = user.language();
            List<Rewards.Earned> earned = rewards.earned(s, language);
            Map<String, String> lists = new HashMap<>();
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
            RedirectAttributes flash) {
        try {
            rewards.set(area, policy, group, nameTh, nameEn, fromYear, user);
            flash.addFlashAttribute("notice", "common.saved");
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.errors().get(0).message().in(user.language()));
        }
        return "redirect:/achievement/rewards?area=" + area + "&sitting=" + sitting + "&policy=" + policy;
    }

    /** The page as Excel or PDF, with the same choices as the page. */
    @GetMapping("/achievement/rewards/export.{format}")
    ResponseEntity<byte[]> export(
            @PathVariable String format, FilterBar.Choice choice, @AuthenticationPrincipal KhetUser user, Model model) {
        return filters.export(
                "rewards",
                format,
                choice,
                user,
                model,
                (s, language) -> reports.rewards(
                        s, policies.inForce(s.policy(), s.year()), rewards.earned(s, language), language));
    }
}
