package org.khet.personnel;

import java.time.Clock;
import org.khet.platform.KhetUser;
import org.khet.platform.ReportFiles;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The five-year forecast as the area director reads it (on a phone too): the area's students, criterion and remaining
 * government staff per year, the schools most short in the last year first; a school's years and projected students
 * per grade when one is chosen; the same figures as Excel. A school director sees their own school.
 */
@Controller
class ForecastPages {

    static final String PATH = "/personnel/forecast";

    private final Forecast forecast;
    private final Areas areas;
    private final ReportFiles files;
    private final Clock clock;

    ForecastPages(Forecast forecast, Areas areas, ReportFiles files, Clock clock) {
        this.forecast = forecast;
        this.areas = areas;
        this.files = files;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String page(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String school,
            @AuthenticationPrincipal KhetUser me,
            Model model) {
        Area a = WorkforcePages.chosenArea(areas, area, me);
        ForecastPlan plan = forecast.readable(a, WorkforcePages.year(year, clock), me);
        model.addAttribute("area", a);
        model.addAttribute("plan", plan);
        model.addAttribute("yearText", Integer.toString(plan.baseYear()));
        model.addAttribute("lastYearText", Integer.toString(plan.baseYear() + Forecast.YEARS));
        model.addAttribute("grades", Forecast.GRADES);
        if (school != null && !school.isBlank()) {
            ForecastPlan.School s = plan.school(school.strip()).orElseThrow(() -> new NotFoundException("school"));
            model.addAttribute("school", s);
            return "personnel/forecast-school";
        }
        model.addAttribute("totals", plan.totals());
        model.addAttribute("schools", plan.mostShortLast());
        return "personnel/forecast";
    }

    @GetMapping(PATH + ".xlsx")
    ResponseEntity<byte[]> excel(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal KhetUser me) {
        Area a = WorkforcePages.chosenArea(areas, area, me);
        ForecastPlan plan = forecast.readable(a, WorkforcePages.year(year, clock), me);
        return files.download(
                ForecastReport.of(plan, me.language()), "forecast-" + a.code() + "-" + plan.baseYear(), "xlsx");
    }
}
