package org.khet.personnel.subjects;

import java.time.Clock;
import org.khet.personnel.WorkforcePages;
import org.khet.personnel.common.PageSteps;
import org.khet.platform.KhetUser;
import org.khet.platform.ReportFiles;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The area's subject shortages for an academic year, as the area director and the personnel group read them (on a
 * phone too): the largest shortages first, the majors no learning area is mapped to (mapped here by those who may),
 * then every school's learning areas; downloaded as Excel with the same figures. A school director sees their own
 * school.
 */
@Controller
class SubjectPages {

    static final String PATH = "/personnel/subjects";

    private final SubjectShortages shortages;
    private final MajorAreas majors;
    private final SubjectReport report;
    private final ReportFiles files;
    private final Areas areas;
    private final Clock clock;

    SubjectPages(
            SubjectShortages shortages,
            MajorAreas majors,
            SubjectReport report,
            ReportFiles files,
            Areas areas,
            Clock clock) {
        this.shortages = shortages;
        this.majors = majors;
        this.report = report;
        this.files = files;
        this.areas = areas;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String page(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String subject,
            @AuthenticationPrincipal KhetUser me,
            Model model) {
        Area a = WorkforcePages.chosenArea(areas, area, me);
        LearningArea chosen = LearningArea.of(subject).orElse(null);
        SubjectPlan plan =
                shortages.readable(a, WorkforcePages.year(year, clock), me).inLearningArea(chosen);
        model.addAttribute("subject", chosen);
        model.addAttribute("area", a);
        model.addAttribute("plan", plan);
        model.addAttribute("yearText", Integer.toString(plan.academicYear()));
        model.addAttribute("seesArea", shortages.seesArea(a, me));
        model.addAttribute("shortages", plan.shortages());
        model.addAttribute(
                "shortfall",
                plan.shortages().stream()
                        .map(SubjectRow::shortBy)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        model.addAttribute("unmappedMajors", plan.unmappedMajors());
        model.addAttribute("mayMap", majors.mayMap(me));
        model.addAttribute("learningAreas", LearningArea.values());
        return "personnel/subjects/subjects";
    }

    @GetMapping(PATH + ".xlsx")
    ResponseEntity<byte[]> excel(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String subject,
            @AuthenticationPrincipal KhetUser me) {
        Area a = WorkforcePages.chosenArea(areas, area, me);
        SubjectPlan plan = shortages
                .readable(a, WorkforcePages.year(year, clock), me)
                .inLearningArea(LearningArea.of(subject).orElse(null));
        return files.download(
                report.of(plan, me.language()), "subject-shortages-" + a.code() + "-" + plan.academicYear(), "xlsx");
    }

    /** Maps a major listed as unmapped, then back to the same area and year. */
    @PostMapping(PATH + "/majors")
    String map(
            @RequestParam(defaultValue = "") String major,
            @RequestParam(defaultValue = "") String learningArea,
            @RequestParam(defaultValue = "") String area,
            @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        String back = UriComponentsBuilder.fromPath(PATH)
                .queryParam("area", area)
                .queryParamIfPresent("year", java.util.Optional.ofNullable(year))
                .encode()
                .build()
                .toUriString();
        return PageSteps.done(
                back,
                () -> majors.map(major, LearningArea.of(learningArea).orElse(null), me),
                "personnel.subjects.majors.mapped",
                me,
                flash);
    }
}
