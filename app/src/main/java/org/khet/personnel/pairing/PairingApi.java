package org.khet.personnel.pairing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khet.personnel.WorkforceApi;
import org.khet.personnel.common.ApiAreas;
import org.khet.platform.KhetUser;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The small-school pairings of an area and academic year with their transport budgets. */
@RestController
@Tag(name = "Personnel")
@RequestMapping("/api/v1/personnel")
class PairingApi {

    private final Pairings pairings;
    private final Areas areas;
    private final Clock clock;

    PairingApi(Pairings pairings, Areas areas, Clock clock) {
        this.pairings = pairings;
        this.areas = areas;
        this.clock = clock;
    }

    @GetMapping("/pairings")
    @Operation(
            summary = "The area's small-school pairings of a year: schools, grades, travelling pupils and budget",
            description = "academic_year: Buddhist Era (the current one by default). Per pairing: state (DRAFT or "
                    + "APPROVED), host_school_code, partners (school_code, distance_km, transport_mode, "
                    + "pupils_travelling), grades (grade → school_code of the school that teaches it; a grade not "
                    + "listed is taught at each school itself), pupils_travelling (the pupils of a grade another "
                    + "school teaches), budget = pupils_travelling × allowance_per_day × school_days of the pairing "
                    + "rule in force on the year's first day (null when none). staffing {before, after}: the workforce "
                    + "plan's criterion {administrators, teachers} summed over the schools, before with each "
                    + "school's own pupils, after with the pupils of the grades each teaches (null where no rule "
                    + "covers a school's size). Read by the area's personnel group "
                    + "and director; a school director reads only the pairings their school is in.")
    Map<String, Object> pairings(
            @RequestParam("area_code") String areaCode,
            @RequestParam(name = "academic_year", required = false) Integer academicYear,
            @AuthenticationPrincipal KhetUser me) {
        Area area = ApiAreas.readable(areas, areaCode, me);
        PairingYear plan = pairings.year(area, WorkforceApi.year(academicYear, clock), me);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("area_code", area.code());
        body.put("academic_year", plan.academicYear());
        body.put("allowance_per_day", plan.rule() == null ? null : plan.rule().allowancePerDay());
        body.put("school_days", plan.rule() == null ? null : plan.rule().schoolDays());
        body.put("pairings", plan.pairings().stream().map(PairingApi::json).toList());
        body.put("budget", plan.rule() == null ? null : plan.total());
        return body;
    }

    @DeleteMapping("/pairings/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete a draft pairing",
            description = "The area's personnel group or director; 422 once approved. Audited.")
    void delete(@PathVariable long id, @AuthenticationPrincipal KhetUser me) {
        pairings.delete(id, me);
    }

    private static Map<String, Object> json(PairingYear.Entry e) {
        Pairing p = e.pairing();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("state", p.state().name());
        m.put("host_school_code", p.host().code());
        m.put(
                "partners",
                p.partners().stream()
                        .map(partner -> {
                            Map<String, Object> s = new LinkedHashMap<>();
                            s.put("school_code", partner.school().code());
                            s.put("distance_km", partner.distanceKm());
                            s.put("transport_mode", partner.transportMode());
                            s.put(
                                    "pupils_travelling",
                                    e.budget().pupilsFrom(partner.school().id()));
                            return s;
                        })
                        .toList());
        Map<String, String> grades = new LinkedHashMap<>();
        p.grades()
                .forEach((grade, school) -> grades.put(
                        grade,
                        p.schools().stream()
                                .filter(s -> s.id() == school)
                                .findFirst()
                                .orElseThrow()
                                .code()));
        m.put("grades", grades);
        m.put("pupils_travelling", e.budget().pupils());
        m.put("budget", e.budget().total());
        m.put(
                "staffing",
                Map.of(
                        "before",
                        WorkforceApi.pair(
                                e.staffing().administratorsBefore(),
                                e.staffing().teachersBefore()),
                        "after",
                        WorkforceApi.pair(
                                e.staffing().administratorsAfter(), e.staffing().teachersAfter())));
        return m;
    }
}
