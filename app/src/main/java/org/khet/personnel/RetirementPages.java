package org.khet.personnel;

import java.util.List;
import org.khet.platform.KhetUser;
import org.khet.platform.Report;
import org.khet.platform.ReportFiles;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.ForbiddenException;
import org.khet.thai.BuddhistDates;
import org.khet.thai.FiscalYear;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The retirements of a fiscal year, for the personnel group planning who must be replaced (and a school director,
 * for their school): each person with their position, school or unit and the day they leave, linked to their record;
 * the same list as Excel or PDF.
 */
@Controller
class RetirementPages {

    static final String PATH = "/personnel/retirements";

    /** The area and fiscal year a page or file shows, and who retires then. */
    private record Shown(List<Area> areas, Area area, FiscalYear year, List<Retirements.Retiree> retirees) {}

    private final Retirements retirements;
    private final Areas areas;
    private final RetirementRules rules;
    private final ReportFiles files;

    RetirementPages(Retirements retirements, Areas areas, RetirementRules rules, ReportFiles files) {
        this.retirements = retirements;
        this.areas = areas;
        this.rules = rules;
        this.files = files;
    }

    @GetMapping(PATH)
    String list(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal KhetUser me,
            Model model) {
        Shown shown = shown(area, year, me);
        model.addAttribute("areas", shown.areas());
        model.addAttribute("area", shown.area());
        model.addAttribute("year", shown.year().buddhistYear());
        model.addAttribute("yearText", String.valueOf(shown.year().buddhistYear()));
        model.addAttribute("retirees", shown.retirees());
        model.addAttribute("retiresOn", shown.year().end());
        model.addAttribute("age", String.valueOf(rules.ages().ageOn(shown.year().end())));
        return "personnel/retirements";
    }

    @GetMapping(PATH + ".{format}")
    ResponseEntity<byte[]> download(
            @PathVariable String format,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal KhetUser me) {
        Shown shown = shown(area, year, me);
        String language = me.language();
        String yearText = String.valueOf(shown.year().buddhistYear());
        List<String> header = List.of(
                        "personnel.retirement.name",
                        "personnel.record.position",
                        "personnel.retirement.place",
                        "personnel.retirement.schoolCode",
                        "personnel.retirement.retiresOn")
                .stream()
                .map(key -> Texts.of(key).in(language))
                .toList();
        List<List<Report.Cell>> rows = shown.retirees().stream()
                .map(r -> List.of(
                        Report.Cell.text(r.title() + r.firstNameTh() + " " + r.lastNameTh()),
                        Report.Cell.text(r.positionTh()),
                        Report.Cell.text(r.schoolCode() != null ? r.schoolNameTh() : r.unitNameTh()),
                        Report.Cell.text(r.schoolCode()),
                        Report.Cell.text(BuddhistDates.abbreviated(r.retiresOn()))))
                .toList();
        String title = Texts.of("personnel.retirement.title", yearText).in(language);
        return files.download(
                new Report(title, shown.area().nameTh(), List.of(new Report.Table(title, header, rows))),
                "retirements-" + shown.area().code() + "-" + yearText,
                format);
    }

    /** The area asked for among those the user may list (the first when none is asked), and the year asked. */
    private Shown shown(String area, Integer year, KhetUser me) {
        List<Area> choices = areas.visibleTo(me).stream()
                .filter(a -> retirements.mayList(me, a.id()))
                .toList();
        if (choices.isEmpty()) {
            throw new ForbiddenException("personnel retirements");
        }
        Area chosen =
                choices.stream().filter(a -> a.code().equals(area)).findFirst().orElse(choices.get(0));
        FiscalYear fiscalYear = year == null || year < RetirementApi.FIRST_YEAR || year > RetirementApi.LAST_YEAR
                ? retirements.currentYear()
                : FiscalYear.ofBuddhistYear(year);
        return new Shown(choices, chosen, fiscalYear, retirements.in(chosen.id(), fiscalYear, me));
    }
}
