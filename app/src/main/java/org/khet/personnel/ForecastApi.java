package org.khet.personnel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khet.personnel.common.ApiAreas;
import org.khet.platform.KhetUser;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The five-year forecast of an area's schools, for the office's own tools. */
@RestController
@Tag(name = "Personnel")
@RequestMapping("/api/v1/personnel")
class ForecastApi {

    private final Forecast forecast;
    private final Areas areas;
    private final Clock clock;

    ForecastApi(Forecast forecast, Areas areas, Clock clock) {
        this.forecast = forecast;
        this.areas = areas;
        this.clock = clock;
    }

    @GetMapping("/forecast")
    @Operation(
            summary = "Per open school: students, criterion and remaining government staff for this year and five more",
            description = "academic_year: the base year, Buddhist Era (the current one by default). Students are "
                    + "projected per grade by progression (next year's P2 = this year's P1); the entry grade (the "
                    + "lowest the school teaches) is held flat; a school with only a total keeps it (total_only). "
                    + "criterion: the workforce plan's rule in force on each year's first day for those students. "
                    + "remaining: today's government administrators and teachers less those who retire before the "
                    + "year's first day (personnel records with a birth date); retiring: those who retire during the "
                    + "year. Nobody new is assumed. difference = remaining − criterion (negative: shortage). Who may "
                    + "read: as the workforce plan.")
    Map<String, Object> forecast(
            @RequestParam("area_code") String areaCode,
            @RequestParam(name = "academic_year", required = false) Integer academicYear,
            @AuthenticationPrincipal KhetUser me) {
        Area area = ApiAreas.readable(areas, areaCode, me);
        int year = WorkforceApi.year(academicYear, clock);
        ForecastPlan plan = forecast.readable(area, year, me);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("area_code", area.code());
        body.put("academic_year", year);
        body.put("entry_grade", "HELD_FLAT");
        body.put("schools", plan.schools().stream().map(ForecastApi::json).toList());
        return body;
    }

    private static Map<String, Object> json(ForecastPlan.School s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("school_code", s.schoolCode());
        m.put("school_name_th", s.schoolName());
        m.put("total_only", s.totalOnly());
        m.put("years", s.years().stream().map(ForecastApi::json).toList());
        return m;
    }

    private static Map<String, Object> json(ForecastYear y) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("academic_year", y.academicYear());
        m.put("students", y.students());
        m.put("grades", y.grades());
        m.put("criterion_source", y.criterion().source().name());
        m.put(
                "criterion",
                WorkforceApi.pair(y.criterion().administrators(), y.criterion().teachers()));
        m.put("remaining", WorkforceApi.pair(y.administrators(), y.teachers()));
        m.put("retiring", y.retiring());
        m.put("difference", WorkforceApi.pair(y.differenceAdministrators(), y.differenceTeachers()));
        return m;
    }
}
