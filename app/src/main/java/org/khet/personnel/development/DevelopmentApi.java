package org.khet.personnel.development;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khet.personnel.common.ApiAreas;
import org.khet.platform.KhetUser;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.thai.FiscalYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The development hours of an area's people in a fiscal year, against the target of their group. */
@RestController
@Tag(name = "Personnel")
class DevelopmentApi {

    /** Fiscal years that may be asked for (Buddhist Era). */
    static final int FIRST_YEAR = 2500;

    static final int LAST_YEAR = 2700;

    private final DevelopmentHours hours;
    private final DevelopmentRules rules;
    private final Areas areas;

    DevelopmentApi(DevelopmentHours hours, DevelopmentRules rules, Areas areas) {
        this.hours = hours;
        this.rules = rules;
        this.areas = areas;
    }

    @GetMapping("/api/v1/personnel/development")
    @Operation(
            summary = "Each person's verified development hours in a fiscal year against the expected hours",
            description = "fiscal_year: Buddhist Era (2570 = Oct 2026 – Sep 2027), this fiscal year when left out. "
                    + "A record counts in the fiscal year of its last day, and only once verified by the person's "
                    + "school director or the personnel group. expected_hours is the development rule in force on "
                    + "the fiscal year's first day for the person's group (teachers, school administrators, office "
                    + "staff), null for those no rule sets a target for. The personnel group and the area director "
                    + "see the whole area, a school director their school. school_code is null for the office's staff.")
    Map<String, Object> development(
            @RequestParam("area_code") String areaCode,
            @RequestParam(name = "fiscal_year", required = false) String fiscalYear,
            @AuthenticationPrincipal KhetUser me) {
        FiscalYear year = rules.asked(fiscalYear, "fiscal_year");
        Area area = ApiAreas.readable(areas, areaCode, me);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("area_code", area.code());
        answer.put("fiscal_year", year.buddhistYear());
        answer.put(
                "people",
                hours.of(area.id(), year, me).stream().map(DevelopmentApi::json).toList());
        return answer;
    }

    private static Map<String, Object> json(DevelopmentRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("person_id", r.personId());
        m.put("first_name_th", r.firstNameTh());
        m.put("last_name_th", r.lastNameTh());
        m.put("school_code", r.schoolCode());
        m.put("verified_hours", r.verifiedHours());
        m.put("expected_hours", r.expectedHours());
        return m;
    }
}
