package org.khet.personnel.subjects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.personnel.WorkforceApi;
import org.khet.personnel.common.ApiAreas;
import org.khet.platform.KhetUser;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The subject shortages of an area and academic year, for the office's and schools' own tools. */
@RestController
@Tag(name = "Personnel")
@RequestMapping("/api/v1/personnel")
class SubjectApi {

    private final SubjectShortages shortages;
    private final Areas areas;
    private final Clock clock;

    SubjectApi(SubjectShortages shortages, Areas areas, Clock clock) {
        this.shortages = shortages;
        this.areas = areas;
        this.clock = clock;
    }

    @GetMapping("/subject-shortages")
    @Operation(
            summary = "Per open school and learning area: the teachers the curriculum's hours need and those there are",
            description = "academic_year: Buddhist Era (the current one by default). Per school, per learning area "
                    + "(area: THAI, MATHEMATICS, SCIENCE, SOCIAL, HEALTH_PE, ARTS, OCCUPATIONS, FOREIGN_LANGUAGES): "
                    + "hours = Σ over the grades with students of classes (as the workforce plan counts them) × "
                    + "the curriculum's hours per year in force on the year's first day; needed = hours ÷ (teaching "
                    + "hours a week × teaching weeks), one decimal (null when no teaching load is in force); teachers "
                    + "= government teachers at the school today whose first qualification's major maps to the area; "
                    + "difference = teachers − needed (negative: shortage). unmapped_teachers: government teachers "
                    + "whose major maps to no area or who have none recorded. The area's personnel group and "
                    + "director read every school; a school director their own school only.")
    Map<String, Object> subjectShortages(
            @RequestParam("area_code") String areaCode,
            @RequestParam(name = "academic_year", required = false) Integer academicYear,
            @AuthenticationPrincipal KhetUser me) {
        Area area = ApiAreas.readable(areas, areaCode, me);
        int year = WorkforceApi.year(academicYear, clock);
        SubjectPlan plan = shortages.readable(area, year, me);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("area_code", area.code());
        body.put("academic_year", year);
        body.put("rules_date", plan.rulesDay().toString());
        body.put(
                "teaching_load",
                plan.load() == null
                        ? null
                        : Map.of(
                                "hours_per_week", plan.load().hoursPerWeek(),
                                "weeks_per_year", plan.load().weeksPerYear()));
        body.put("schools", plan.schools().stream().map(s -> json(s, plan)).toList());
        return body;
    }

    private static Map<String, Object> json(SubjectPlan.School s, SubjectPlan plan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("school_code", s.schoolCode());
        m.put("school_name_th", s.schoolName());
        List<Map<String, Object>> areas = s.areas().stream()
                .map(r -> {
                    Map<String, Object> a = new LinkedHashMap<>();
                    a.put("area", r.learningArea().name());
                    a.put("hours", r.hours());
                    a.put("needed", r.needed());
                    a.put("teachers", r.teachers());
                    a.put("difference", r.difference());
                    return a;
                })
                .toList();
        m.put("learning_areas", areas);
        m.put("unmapped_teachers", plan.unmappedAt(s.areas().get(0).schoolId()));
        return m;
    }
}
