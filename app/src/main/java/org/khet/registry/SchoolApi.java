package org.khet.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.shared.NotFoundException;
import org.khet.shared.PageNumber;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Schools and people over JSON, within the caller's scope; national IDs leave only masked. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Schools and people", description = "โรงเรียนและบุคลากร")
class SchoolApi {

    private final SchoolQueries queries;
    private final Schools schools;
    private final People people;
    private final PersonEditor editor;
    private final Areas areas;

    SchoolApi(SchoolQueries queries, Schools schools, People people, PersonEditor editor, Areas areas) {
        this.queries = queries;
        this.schools = schools;
        this.people = people;
        this.editor = editor;
        this.areas = areas;
    }

    @GetMapping("/schools")
    @Operation(summary = "Search schools by Thai or English words, code or place; 50 a page")
    Map<String, Object> schools(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") String page,
            @AuthenticationPrincipal KhetUser user) {
        Long areaId = area == null ? null : areas.byCode(area).map(Area::id).orElse(-1L);
        var result = queries.search(new SchoolQueries.Filter(areaId, q, null, status, PageNumber.exact(page)), user);
        List<ApiViews.SchoolListView> items =
                result.rows().stream().map(ApiViews::of).toList();
        return Map.of("total", result.total(), "page", result.page(), "items", items);
    }

    @GetMapping("/schools/{code}")
    @Operation(summary = "One school by its 8-digit OBEC code")
    ApiViews.SchoolView school(@PathVariable String code, @AuthenticationPrincipal KhetUser user) {
        return ApiViews.of(byCode(code, user));
    }

    @PutMapping("/schools/{code}")
    @Operation(summary = "Change a school; send the version you read (optimistic locking)")
    ApiViews.SchoolView update(
            @PathVariable String code, @Valid @RequestBody SchoolForm form, @AuthenticationPrincipal KhetUser user) {
        return ApiViews.of(schools.update(byCode(code, user).id(), form, user));
    }

    @GetMapping("/people")
    @Operation(summary = "Search people by name, position, phone or e-mail; national IDs are masked")
    Map<String, Object> people(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String school,
            @RequestParam(defaultValue = "0") String page,
            @AuthenticationPrincipal KhetUser user) {
        Long schoolId =
                school == null ? null : schools.byCode(school).map(School::id).orElse(-1L);
        var result = people.search(new People.Filter(q, schoolId, null, PageNumber.exact(page)), user);
        return Map.of(
                "total",
                result.total(),
                "page",
                result.page(),
                "items",
                result.rows().stream().map(ApiViews::of).toList());
    }

    @GetMapping("/people/{id}")
    @Operation(summary = "One person")
    ApiViews.PersonView person(@PathVariable long id, @AuthenticationPrincipal KhetUser user) {
        return ApiViews.of(people.readable(id, user));
    }

    @PostMapping("/areas/{area}/people")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a person to an area (at a school by code, or in a unit)")
    ApiViews.PersonView addPerson(
            @PathVariable String area, @Valid @RequestBody PersonForm form, @AuthenticationPrincipal KhetUser user) {
        long areaId = areas.byCode(area)
                .map(a -> areas.readable(a.id(), user).id())
                .orElseThrow(() -> new NotFoundException("area"));
        return ApiViews.of(people.readable(editor.create(areaId, form, user), user));
    }

    @PutMapping("/people/{id}")
    @Operation(summary = "Change a person; leave national_id empty to keep it")
    ApiViews.PersonView updatePerson(
            @PathVariable long id, @Valid @RequestBody PersonForm form, @AuthenticationPrincipal KhetUser user) {
        editor.update(id, form, user);
        return ApiViews.of(people.readable(id, user));
    }

    private School byCode(String code, KhetUser user) {
        return schools.byCode(code)
                .filter(s -> user.canRead(s.areaId()))
                .orElseThrow(() -> new NotFoundException("school"));
    }
}
