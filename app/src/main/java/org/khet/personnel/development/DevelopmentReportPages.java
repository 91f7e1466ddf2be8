package org.khet.personnel.development;

import java.util.List;
import org.khet.platform.KhetUser;
import org.khet.platform.Report;
import org.khet.platform.ReportFiles;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.ForbiddenException;
import org.khet.thai.FiscalYear;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The development of many people in a fiscal year: for the personnel group and the area director the area's summary
 * by school and who is below the target (all on asking); for a school director their school's people. The list as
 * Excel or PDF.
 */
@Controller
class DevelopmentReportPages {

    static final String PATH = "/personnel/development/people";

    /** What a page or file shows: the area, the year, whether only those below the target, and the rows. */
    private record Shown(List<Area> areas, Area area, FiscalYear year, boolean belowOnly, List<DevelopmentRow> rows) {

        List<DevelopmentRow> listed() {
            return belowOnly ? rows.stream().filter(DevelopmentRow::below).toList() : rows;
        }
    }

    private final DevelopmentHours hours;
    private final DevelopmentRules rules;
    private final DevelopmentAccess access;
    private final Areas areas;
    private final ReportFiles files;

    DevelopmentReportPages(
            DevelopmentHours hours, DevelopmentRules rules, DevelopmentAccess access, Areas areas, ReportFiles files) {
        this.hours = hours;
        this.rules = rules;
        this.access = access;
        this.areas = areas;
        this.files = files;
    }

    @GetMapping(PATH)
    String people(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String show,
            @AuthenticationPrincipal KhetUser me,
            Model model) {
        Shown shown = shown(area, year, show, me);
        model.addAttribute("areas", shown.areas());
        model.addAttribute("area", shown.area());
        model.addAttribute("year", shown.year().buddhistYear());
        model.addAttribute("yearText", String.valueOf(shown.year().buddhistYear()));
        model.addAttribute("show", shown.belowOnly() ? "below" : "all");
        model.addAttribute("manages", access.managesArea(me, shown.area().id()));
        model.addAttribute("places", DevelopmentHours.byPlace(shown.rows()));
        model.addAttribute("rows", shown.listed());
        return "personnel/development/people";
    }

    @GetMapping(PATH + ".{format}")
    ResponseEntity<byte[]> download(
            @PathVariable String format,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String show,
            @AuthenticationPrincipal KhetUser me) {
        Shown shown = shown(area, year, show, me);
        String language = me.language();
        String yearText = String.valueOf(shown.year().buddhistYear());
        List<String> header = List.of(
                        "personnel.development.col.name",
                        "personnel.development.col.position",
                        "personnel.development.col.place",
                        "personnel.development.col.schoolCode",
                        "personnel.development.col.verified",
                        "personnel.development.col.expected",
                        "personnel.development.col.missing",
                        "personnel.development.col.pending")
                .stream()
                .map(key -> Texts.of(key).in(language))
                .toList();
        List<List<Report.Cell>> rows = shown.listed().stream()
                .map(r -> List.of(
                        Report.Cell.text(r.fullName()),
                        Report.Cell.text(r.positionTh()),
                        Report.Cell.text(r.placeName()),
                        Report.Cell.text(r.schoolCode()),
                        Report.Cell.number(r.verifiedHours()),
                        r.hasTarget() ? Report.Cell.number(r.expectedHours()) : Report.Cell.text(""),
                        Report.Cell.number(r.missing()),
                        Report.Cell.number(r.pendingHours())))
                .toList();
        String title = Texts.of(
                        shown.belowOnly() ? "personnel.development.belowTitle" : "personnel.development.peopleTitle",
                        yearText)
                .in(language);
        return files.download(
                new Report(title, shown.area().nameTh(), List.of(new Report.Table(title, header, rows))),
                "development-" + shown.area().code() + "-" + yearText + (shown.belowOnly() ? "-below" : ""),
                format);
    }

    /** The area asked for among those the user may list (the first when none is asked), the year and the rows. */
    private Shown shown(String area, Integer year, String show, KhetUser me) {
        List<Area> choices = areas.visibleTo(me).stream()
                .filter(a -> hours.mayList(me, a.id()))
                .toList();
        if (choices.isEmpty()) {
            throw new ForbiddenException("personnel development");
        }
        Area chosen =
                choices.stream().filter(a -> a.code().equals(area)).findFirst().orElse(choices.get(0));
        FiscalYear fiscalYear = year == null || year < DevelopmentApi.FIRST_YEAR || year > DevelopmentApi.LAST_YEAR
                ? rules.currentYear()
                : FiscalYear.ofBuddhistYear(year);
        boolean belowOnly = show == null ? access.managesArea(me, chosen.id()) : "below".equals(show);
        return new Shown(choices, chosen, fiscalYear, belowOnly, hours.of(chosen.id(), fiscalYear, me));
    }
}
