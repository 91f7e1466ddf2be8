package org.khet.personnel.development;

import java.time.LocalDate;
import org.khet.personnel.common.PageSteps;
import org.khet.platform.KhetUser;
import org.khet.registry.Areas;
import org.khet.shared.ForbiddenException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An award's correction page, for whoever entered it until the personnel group verified it and for the group after:
 * its details corrected, or the award withdrawn with a reason.
 */
@Controller
class AwardCorrectionPages {

    private final Awards awards;
    private final AwardCorrections corrections;
    private final DevelopmentRules rules;
    private final Areas areas;

    AwardCorrectionPages(Awards awards, AwardCorrections corrections, DevelopmentRules rules, Areas areas) {
        this.awards = awards;
        this.corrections = corrections;
        this.rules = rules;
        this.areas = areas;
    }

    @GetMapping(AwardPages.PATH + "/{id}")
    String page(@PathVariable long id, @AuthenticationPrincipal KhetUser me, Model model) {
        Award a = awards.one(id, false);
        if (!corrections.mayChange(a, me)) {
            throw new ForbiddenException("change award " + id);
        }
        model.addAttribute("award", a);
        model.addAttribute("area", areas.byId(a.areaId()).orElseThrow());
        model.addAttribute("levels", AwardLevel.values());
        model.addAttribute("today", rules.today());
        return "personnel/development/award";
    }

    @PostMapping(AwardPages.PATH + "/{id}/correct")
    String correct(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) AwardLevel level,
            @RequestParam(defaultValue = "") String grantingBody,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate awardedOn,
            @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        String page = AwardPages.PATH + "/" + id;
        var details = new AwardCorrections.Details(name, level, grantingBody, awardedOn, note);
        String to = PageSteps.done(
                page, () -> corrections.correct(id, details, me), "personnel.development.award.corrected", me, flash);
        return flash.getFlashAttributes().containsKey("error") ? to : "redirect:" + listOf(id);
    }

    @PostMapping(AwardPages.PATH + "/{id}/withdraw")
    String withdraw(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        String page = AwardPages.PATH + "/" + id;
        String to = PageSteps.done(
                page, () -> corrections.withdraw(id, reason, me), "personnel.development.award.withdrawn", me, flash);
        return flash.getFlashAttributes().containsKey("error") ? to : "redirect:" + listOf(id);
    }

    /** The awards page of the award's area and fiscal year. */
    private String listOf(long id) {
        Award a = awards.one(id, false);
        return AwardPages.PATH + "?area=" + areas.byId(a.areaId()).orElseThrow().code() + "&year=" + a.fiscalYear();
    }
}
