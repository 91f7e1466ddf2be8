package org.khet.personnel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khet.personnel.common.ApiAreas;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.RejectedException;
import org.khet.thai.AcademicYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The workforce plan of an area and academic year, for the office's and schools' own tools. */
@RestController
@Tag(name = "Personnel")
@RequestMapping("/api/v1/personnel")
public class WorkforceApi {

    private final Workforce workforce;
    private final Areas areas;
    private final Clock clock;

    WorkforceApi(Workforce workforce, Areas areas, Clock clock) {
        this.workforce = workforce;
        this.areas = areas;
        this.clock = clock;
    }

    @GetMapping("/workforce")
    @Operation(
            summary = "Per open school: students, criterion, actual government staff and the difference",
            description = "academic_year: Buddhist Era (the current one by default). criterion {administrators, "
                    + "teachers}: the staffing rule in force on the year's first day (16 May), null when the school "
                    + "has no students that year or no rule covers its size (criterion_source NO_STUDENTS or "
                    + "NO_RULE: the administrator must enter the formula). actual: government administrators "
                    + "(SCHOOL_DIRECTOR, SCHOOL_DEPUTY) and teachers (TEACHER, ASSISTANT_TEACHER) at the school "
                    + "today; contract_teachers (contract and temporary) apart, not counted. difference = actual − "
                    + "criterion (negative: shortage); percentage = difference × 100 / criterion. "
                    + "short_of_classes: fewer government teachers than classes (grades with students). The area's personnel group "
                    + "and director read every school; a school director their own school only.")
    Map<String, Object> workforce(
            @RequestParam("area_code") String areaCode,
            @RequestParam(name = "academic_year", required = false) Integer academicYear,
            @AuthenticationPrincipal KhetUser me) {
        Area area = ApiAreas.readable(areas, areaCode, me);
        int year = year(academicYear, clock);
        Workforce.Plan plan = workforce.readable(area, year, me);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("area_code", area.code());
        body.put("academic_year", year);
        body.put("criterion_date", plan.criterionDay().toString());
        body.put("schools", plan.rows().stream().map(WorkforceApi::json).toList());
        return body;
    }

    private static Map<String, Object> json(WorkforceRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("school_code", r.schoolCode());
        m.put("school_name_th", r.schoolName());
        m.put("network", r.networkName());
        m.put("students", r.students());
        m.put("classes", r.classes());
        m.put("criterion_source", r.source().name());
        m.put("criterion", pair(r.criterionAdministrators(), r.criterionTeachers()));
        m.put("actual", pair(r.administrators(), r.teachers()));
        m.put("contract_teachers", r.contractTeachers());
        m.put("difference", pair(r.differenceAdministrators(), r.differenceTeachers()));
        m.put("percentage", pair(r.percentageAdministrators(), r.percentageTeachers()));
        m.put("short_of_classes", r.shortOfClasses());
        return m;
    }

    /**
     * The academic year asked for (BE), the current one by default; refused outside 2500–2700. Public for the APIs of
     * the sub-packages {@code subjects} and {@code pairing}.
     */
    public static int year(Integer academicYear, Clock clock) {
        int year =
                academicYear == null ? AcademicYear.of(OfficeTime.today(clock)).buddhistYear() : academicYear;
        if (year < 2500 || year > 2700) {
            throw RejectedException.of("academic_year", Texts.of("personnel.workforce.badYear"));
        }
        return year;
    }

    /** {"administrators", "teachers"}: the shape; public for the pairing API's staffing before and after. */
    public static Map<String, Object> pair(Object administrators, Object teachers) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("administrators", administrators);
        m.put("teachers", teachers);
        return m;
    }
}
