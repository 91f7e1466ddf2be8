package org.khet.personnel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khet.personnel.common.ApiAreas;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.RejectedException;
import org.khet.thai.FiscalYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who retires in a fiscal year, for the office's own planning sheets and the other systems that need it. */
@RestController
@Tag(name = "Personnel")
class RetirementApi {

    /** Fiscal years a list may be asked for: the first and the last Buddhist Era year taken. */
    static final int FIRST_YEAR = 2500;

    static final int LAST_YEAR = 2700;

    private final Retirements retirements;
    private final Areas areas;

    RetirementApi(Retirements retirements, Areas areas) {
        this.retirements = retirements;
        this.areas = areas;
    }

    @GetMapping("/api/v1/personnel/retirements")
    @Operation(
            summary = "The area's government officials who retire in a fiscal year",
            description = "fiscal_year: Buddhist Era (2570 = Oct 2026 – Sep 2027), this fiscal year when left out. "
                    + "One leaves on 30 September of the fiscal year in which one reaches the age of the retirement "
                    + "rule in force (60), reaching an age the day before the birthday. Only people whose personnel "
                    + "record has a birth date are listed. The personnel group and the area director see the whole "
                    + "area, a school director their school. school_code is null for the office's staff; position "
                    + "is the registry's position code.")
    Map<String, Object> retirements(
            @RequestParam("area_code") String areaCode,
            @RequestParam(name = "fiscal_year", required = false) Integer fiscalYear,
            @AuthenticationPrincipal KhetUser me) {
        Area area = ApiAreas.readable(areas, areaCode, me);
        FiscalYear year = fiscalYear == null ? retirements.currentYear() : FiscalYear.ofBuddhistYear(fiscalYear);
        if (year.buddhistYear() < FIRST_YEAR || year.buddhistYear() > LAST_YEAR) {
            throw RejectedException.of(
                    "fiscal_year",
                    Texts.of("personnel.retirement.badYear", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("area_code", area.code());
        answer.put("fiscal_year", year.buddhistYear());
        answer.put(
                "retirements",
                retirements.in(area.id(), year, me).stream()
                        .map(RetirementApi::json)
                        .toList());
        return answer;
    }

    private static Map<String, Object> json(Retirements.Retiree r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("person_id", r.personId());
        m.put("first_name_th", r.firstNameTh());
        m.put("last_name_th", r.lastNameTh());
        m.put("school_code", r.schoolCode());
        m.put("position", r.positionCode());
        m.put("retires_on", r.retiresOn().toString());
        return m;
    }
}
