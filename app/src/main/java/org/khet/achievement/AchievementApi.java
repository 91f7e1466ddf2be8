package org.khet.achievement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.khet.platform.Forms;
import org.khet.platform.KhetUser;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Exam results in, quality groups out, over JSON. */
@RestController
@RequestMapping("/api/v1/achievement")
@Tag(name = "Achievement", description = "ผลสัมฤทธิ์และกลุ่มสีคุณภาพ")
class AchievementApi {

    private final ResultImport imports;
    private final QualityGroups groups;
    private final QualityPolicies policies;
    private final Exams exams;
    private final Areas areas;

    AchievementApi(ResultImport imports, QualityGroups groups, QualityPolicies policies, Exams exams, Areas areas) {
        this.imports = imports;
        this.groups = groups;
        this.policies = policies;
        this.exams = exams;
        this.areas = areas;
    }

    @PostMapping("/imports")
    @Operation(
            summary = "Import results: school-level, student-level or reference means (told by the columns)",
            description = "Atomic: any bad row answers 422 listing every bad row, and nothing changes.")
    ResultImport.Report importResults(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal KhetUser user)
            throws IOException {
        return imports.run(Forms.upload(file), user);
    }

    /** One school's place under a policy. */
    record Placement(
            String areaCode,
            String schoolCode,
            String schoolName,
            Integer examinees,
            BigDecimal mean,
            Integer rank,
            BigDecimal percentile,
            BigDecimal shareAboveLimit,
            String group) {}

    @GetMapping("/quality-groups")
    @Operation(
            summary = "Quality groups of an area's schools for a year, exam, grade and subject (or ALL)",
            description = "Without area, the caller's own area; the administrator without area gets every area, "
                    + "each grouped on its own. group is null for a school without results (no data). "
                    + "among=areas groups area offices among area offices from reference rows with scope AREA:code.")
    List<Placement> qualityGroups(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String exam,
            @RequestParam(required = false) String grade,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String policy,
            @RequestParam(required = false) String area,
            @RequestParam(defaultValue = "schools") String among,
            @AuthenticationPrincipal KhetUser user) {
        GroupRequest request = GroupRequest.of(year, exam, grade, subject, policy, exams.catalogue());
        if ("areas".equals(among)) {
            QualityPolicy chosen = policies.inForce(request.policy(), request.year());
            return groups
                    .placeAreas(request.year(), request.exam(), request.grade(), request.subject(), chosen)
                    .stream()
                    .map(p -> new Placement(
                            p.key(), null, null, p.examinees(), p.mean(), p.rank(), p.percentile(), null, p.group()))
                    .toList();
        }
        Long areaId = areaOf(area, user);
        QualityPolicy chosen = policies.inForce(request.policy(), request.year());
        Map<Long, String> areaCodes = areaId == null
                ? areas.visibleTo(user).stream().collect(Collectors.toMap(Area::id, Area::code))
                : Map.of(areaId, areas.byId(areaId).orElseThrow().code());
        return groups.place(areaId, request.year(), request.exam(), request.grade(), request.subject(), chosen).stream()
                .map(p -> new Placement(
                        areaCodes.get(p.areaId()),
                        p.schoolCode(),
                        p.nameTh(),
                        p.examinees(),
                        p.mean(),
                        p.rank(),
                        p.percentile(),
                        p.shareAboveLimit(),
                        p.group()))
                .toList();
    }

    private Long areaOf(String code, KhetUser user) {
        if (code == null || code.isBlank()) {
            if (user.isAdmin()) {
                return null;
            }
            return user.homeArea()
                    .orElseThrow(() ->
                            RejectedException.of("area", "ระบุรหัสเขตพื้นที่ (area)", "Give the area code (area)"));
        }
        return areas.byCode(code)
                .filter(a -> user.isAdmin() || user.canRead(a.id()))
                .map(Area::id)
                .orElseThrow(() -> new NotFoundException("area"));
    }
}
