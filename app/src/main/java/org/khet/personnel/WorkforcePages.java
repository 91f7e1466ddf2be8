package org.khet.personnel;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.KhetUser;
import org.khet.platform.ReportFiles;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.NotFoundException;
import org.khet.thai.AcademicYear;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The area's workforce plan for an academic year, as the area director reads it (on a phone too): the schools short
 * of staff first, then those over, ครูไม่ครบชั้น, the schools no rule covers, and every school; filtered by network;
 * downloaded as Excel with the same figures. A school director sees their own school's line.
 */
@Controller
public class WorkforcePages {

    static final String PATH = "/personnel/workforce";

    private final Workforce workforce;
    private final WorkforceReport report;
    private final ReportFiles files;
    private final Areas areas;
    private final Clock clock;

    WorkforcePages(Workforce workforce, WorkforceReport report, ReportFiles files, Areas areas, Clock clock) {
        this.workforce = workforce;
        this.report = report;
        this.files = files;
        this.areas = areas;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String page(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long network,
            @AuthenticationPrincipal KhetUser me,
            Model model) {
        Area a = chosenArea(areas, area, me);
        Workforce.Plan whole = workforce.readable(a, year(year), me);
        Workforce.Plan plan = whole.inNetwork(network);
        model.addAttribute("area", a);
        model.addAttribute("plan", plan);
        model.addAttribute("yearText", Integer.toString(plan.academicYear()));
        model.addAttribute("network", network);
        model.addAttribute("networks", networks(whole));
        model.addAttribute("seesArea", workforce.seesArea(a, me));
        model.addAttribute("shortages", plan.shortages());
        model.addAttribute("surpluses", plan.surpluses());
        model.addAttribute("shortOfClasses", plan.shortOfClasses());
        model.addAttribute("withoutRule", plan.withoutRule());
        model.addAttribute(
                "shortfall",
                plan.shortages().stream().mapToInt(r -> -r.difference()).sum());
        return "personnel/workforce";
    }

    @GetMapping(PATH + ".xlsx")
    ResponseEntity<byte[]> excel(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long network,
            @AuthenticationPrincipal KhetUser me) {
        Area a = chosenArea(areas, area, me);
        Workforce.Plan plan = workforce.readable(a, year(year), me).inNetwork(network);
        return files.download(
                report.of(plan, me.language()), "workforce-" + a.code() + "-" + plan.academicYear(), "xlsx");
    }

    /** The networks of the plan's schools, by name, for the filter. */
    private static Map<Long, String> networks(Workforce.Plan plan) {
        Map<Long, String> networks = new LinkedHashMap<>();
        plan.rows().stream()
                .filter(r -> r.networkId() != null)
                .sorted(java.util.Comparator.comparing(WorkforceRow::networkName))
                .forEach(r -> networks.putIfAbsent(r.networkId(), r.networkName()));
        return networks;
    }

    private int year(Integer year) {
        return year(year, clock);
    }

    /**
     * The academic year of a page (BE), the current one by default; not found outside 2500–2700. Public for the
     * subject shortages' and pairings' pages ({@code org.khet.personnel.subjects}, {@code .pairing}).
     */
    public static int year(Integer year, Clock clock) {
        if (year == null) {
            return AcademicYear.of(OfficeTime.today(clock)).buddhistYear();
        }
        if (year < 2500 || year > 2700) {
            throw new NotFoundException("academic year");
        }
        return year;
    }

    /**
     * The area asked for by code, else the user's own, else the first they may read; for every personnel page that
     * chooses an area this way (public for the pages of the sub-packages {@code subjects} and {@code pairing}).
     */
    public static Area chosenArea(Areas areas, String code, KhetUser me) {
        Area area = (code == null || code.isBlank()
                        ? me.homeArea().flatMap(areas::byId).or(() -> areas.visibleTo(me).stream()
                                .findFirst())
                        : areas.byCode(code.strip()))
                .orElseThrow(() -> new NotFoundException("area"));
        if (!me.canRead(area.id())) {
            throw new NotFoundException("area");
        }
        return area;
    }
}
