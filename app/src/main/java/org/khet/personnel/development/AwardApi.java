package org.khet.personnel.development;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khet.personnel.common.ApiAreas;
import org.khet.platform.KhetUser;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The verified awards of an area's people and schools in a fiscal year. */
@RestController
@Tag(name = "Personnel")
class AwardApi {

    private final Awards awards;
    private final DevelopmentRules rules;
    private final Areas areas;

    AwardApi(Awards awards, DevelopmentRules rules, Areas areas) {
        this.awards = awards;
        this.rules = rules;
        this.areas = areas;
    }

    @GetMapping("/api/v1/personnel/awards")
    @Operation(
            summary = "The area's verified awards of a fiscal year",
            description = "year: the Buddhist Era fiscal year of the day of the award (2570 = Oct 2026 – Sep 2027), "
                    + "this fiscal year when left out. An award is to a person (person_id) or a school (school_id); "
                    + "level is SCHOOL, AREA, REGION, NATIONAL or INTERNATIONAL. Awards a school director entered are "
                    + "listed once the personnel group has verified them. Anyone who may read the area may read them.")
    Map<String, Object> awards(
            @RequestParam("area_code") String areaCode,
            @RequestParam(name = "year", required = false) String year,
            @AuthenticationPrincipal KhetUser me) {
        var fiscalYear = rules.asked(year, "year");
        Area area = ApiAreas.readable(areas, areaCode, me);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("area_code", area.code());
        answer.put("year", fiscalYear.buddhistYear());
        answer.put(
                "awards",
                awards.verified(area.id(), fiscalYear).stream()
                        .map(AwardApi::json)
                        .toList());
        return answer;
    }

    private static Map<String, Object> json(Award a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("person_id", a.personId());
        m.put("school_id", a.schoolId());
        m.put("recipient", a.recipientName());
        m.putAll(a.details());
        return m;
    }
}
