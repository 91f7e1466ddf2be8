package org.khet.personnel.subjects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.khet.personnel.common.PageSteps;
import org.khet.platform.KhetUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's rules of the subject shortages: the curriculum's hours per learning area and grade in force
 * (with the rows to come and past), the teaching load, each set from a day not yet past with the document it comes
 * from; and the majors mapped to learning areas.
 */
@Controller
class SubjectAdminPages {

    static final String PATH = "/admin/personnel/subjects";

    private final CurriculumRules rules;
    private final MajorAreas majors;

    SubjectAdminPages(CurriculumRules rules, MajorAreas majors) {
        this.rules = rules;
        this.majors = majors;
    }

    @GetMapping(PATH)
    String page(Model model) {
        LocalDate today = rules.today();
        model.addAttribute("today", today);
        model.addAttribute("grades", CurriculumRules.GRADES);
        model.addAttribute("learningAreas", LearningArea.values());
        model.addAttribute("inForce", rules.hoursOn(today));
        List<CurriculumRules.Hours> hours = rules.hours();
        model.addAttribute(
                "toCome",
                hours.stream().filter(h -> h.validFrom().isAfter(today)).toList());
        model.addAttribute(
                "startingFigures", hours.stream().anyMatch(h -> h.startingFigure() && h.validUntil() == null));
        model.addAttribute(
                "hoursCirculars",
                hours.stream()
                        .filter(h -> !h.validFrom().isAfter(today)
                                && (h.validUntil() == null || h.validUntil().isAfter(today)))
                        .map(CurriculumRules.Hours::circular)
                        .distinct()
                        .toList());
        model.addAttribute("loads", rules.loads());
        List<MajorAreas.Mapping> all = majors.all();
        model.addAttribute("majors", all);
        Map<LearningArea, List<MajorAreas.Mapping>> byArea = new EnumMap<>(LearningArea.class);
        all.forEach(m ->
                byArea.computeIfAbsent(m.learningArea(), a -> new ArrayList<>()).add(m));
        model.addAttribute("majorsByArea", byArea);
        return "personnel/subjects/subject-rules";
    }

    @PostMapping(PATH + "/hours")
    String setHours(
            @RequestParam(defaultValue = "") String learningArea,
            @RequestParam(required = false) List<String> grades,
            @RequestParam(required = false) Integer hours,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(defaultValue = "") String circular,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return PageSteps.done(
                PATH,
                () -> rules.setHours(LearningArea.of(learningArea).orElse(null), grades, hours, from, circular, me),
                "personnel.subjects.rules.hoursSet",
                me,
                flash);
    }

    @PostMapping(PATH + "/load")
    String setLoad(
            @RequestParam(required = false) Integer hoursPerWeek,
            @RequestParam(required = false) Integer weeksPerYear,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(defaultValue = "") String circular,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return PageSteps.done(
                PATH,
                () -> rules.setLoad(hoursPerWeek, weeksPerYear, from, circular, me),
                "personnel.subjects.rules.loadSet",
                me,
                flash);
    }

    @PostMapping(PATH + "/majors")
    String map(
            @RequestParam(defaultValue = "") String major,
            @RequestParam(defaultValue = "") String learningArea,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return PageSteps.done(
                PATH,
                () -> majors.map(major, LearningArea.of(learningArea).orElse(null), me),
                "personnel.subjects.majors.mapped",
                me,
                flash);
    }

    @PostMapping(PATH + "/majors/remove")
    String remove(
            @RequestParam(defaultValue = "0") long id, @AuthenticationPrincipal KhetUser me, RedirectAttributes flash) {
        return PageSteps.done(PATH, () -> majors.remove(id, me), "personnel.subjects.majors.removed", me, flash);
    }
}
