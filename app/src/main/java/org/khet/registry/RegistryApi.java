package org.khet.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The registry's area offices, units, networks and imports over JSON. */
@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Registry",
        description = "Area offices, units, networks and imports / ทะเบียนเขตพื้นที่ หน่วยงาน เครือข่าย")
class RegistryApi {

    private final Areas areas;
    private final Units units;
    private final Networks networks;
    private final SchoolImport schoolImport;
    private final PeopleImport peopleImport;

    RegistryApi(Areas areas, Units units, Networks networks, SchoolImport schoolImport, PeopleImport peopleImport) {
        this.areas = areas;
        this.units = units;
        this.networks = networks;
        this.schoolImport = schoolImport;
        this.peopleImport = peopleImport;
    }

    /** A new area office as the API takes it (snake_case, as the integrations send it). */
    record AreaPayload(String code, String name_th, String name_en, String letter_prefix, String province) {}

    @PostMapping("/areas")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an area office (system administrator); its nine groups are created with it")
    ApiViews.AreaView createArea(@RequestBody AreaPayload p, @AuthenticationPrincipal KhetUser user) {
        return ApiViews.of(areas.create(
                new Areas.NewArea(p.code(), p.name_th(), p.name_en(), p.letter_prefix(), p.province()), user));
    }

    @GetMapping("/areas")
    @Operation(summary = "The area offices you can read")
    List<ApiViews.AreaView> areas(@AuthenticationPrincipal KhetUser user) {
        return areas.visibleTo(user).stream().map(ApiViews::of).toList();
    }

    @GetMapping("/areas/{code}/units")
    @Operation(summary = "The units (groups) of an area office")
    List<Unit> units(@PathVariable String code, @AuthenticationPrincipal KhetUser user) {
        return units.inArea(area(code, user).id());
    }

    @GetMapping("/areas/{code}/networks")
    @Operation(summary = "The school networks of an area office")
    List<Network> networks(@PathVariable String code, @AuthenticationPrincipal KhetUser user) {
        return networks.inArea(area(code, user).id());
    }

    record NetworkPayload(String name_th, String name_en) {}

    @PostMapping("/areas/{code}/networks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a school network in an area")
    Map<String, Long> createNetwork(
            @PathVariable String code, @RequestBody NetworkPayload p, @AuthenticationPrincipal KhetUser user) {
        return Map.of("id", networks.create(area(code, user).id(), p.name_th(), p.name_en(), user));
    }

    @PostMapping(value = "/schools/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import schools from CSV or Excel: area_code,school_code,name_th,network,amphoe,tambon,"
                    + "students (optional: school_code10,name_en,status,phone,email,academic_year). All or nothing.")
    ApiViews.ReportView importSchools(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal KhetUser user)
            throws IOException {
        return ApiViews.of(schoolImport.run(org.khet.platform.Forms.upload(file), user));
    }

    @PostMapping(value = "/people/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import people from CSV or Excel: area_code,national_id,first_name_th,last_name_th,position "
                    + "(optional: title,academic_standing,school_code,unit_code,phone,email). All or nothing.")
    ApiViews.ReportView importPeople(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal KhetUser user)
            throws IOException {
        return ApiViews.of(peopleImport.run(org.khet.platform.Forms.upload(file), user));
    }

    private Area area(String code, KhetUser user) {
        return areas.byCode(code)
                .map(a -> areas.readable(a.id(), user))
                .orElseThrow(() -> new org.khet.shared.NotFoundException("area"));
    }
}
