package org.khet.personnel.development;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khet.personnel.common.ApiAreas;
import org.khet.personnel.common.ApiFields;
import org.khet.platform.KhetUser;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The verified awards of an area's people and schools in a fiscal year; and awards entered, verified, corrected and
 * withdrawn by schools' own systems, with the page's rules ({@link Awards}, {@link AwardCorrections}).
 */
@RestController
@Tag(name = "Personnel")
class AwardApi {

    static final String PATH = "/api/v1/personnel/awards";

    record ReasonBody(String reason) {}

    private final Awards awards;
    private final AwardCorrections corrections;
    private final DevelopmentRules rules;
    private final Areas areas;

    AwardApi(Awards awards, AwardCorrections corrections, DevelopmentRules rules, Areas areas) {
        this.awards = awards;
        this.corrections = corrections;
        this.rules = rules;
        this.areas = areas;
    }

    @GetMapping(PATH)
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

    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Enter an award of a person or a school of the caller's area",
            description = "person_id or school_id (one of them), name, level (SCHOOL, AREA, REGION, NATIONAL, "
                    + "INTERNATIONAL), granting_body, awarded_on (ISO date, not after today), note. The personnel "
                    + "group's is VERIFIED at once; a school director's (their school or its people) is PENDING until "
                    + "the group verifies it. 404 for a recipient of no area of the caller's, 403 for anyone else.")
    Map<String, Object> enter(@RequestBody Awards.NewAward body, @AuthenticationPrincipal KhetUser me) {
        long id = ApiFields.named(
                () -> awards.enter(body, me),
                Map.of("recipient", body.personId() == null && body.schoolId() != null ? "school_id" : "person_id"));
        return json(awards.one(id, false));
    }

    @PostMapping(PATH + "/{id}/verify")
    @Operation(summary = "The personnel group verifies an award a school director entered")
    Map<String, Object> verify(@PathVariable long id, @AuthenticationPrincipal KhetUser me) {
        readable(id, me);
        ApiFields.named(() -> awards.verify(id, me));
        return json(awards.one(id, false));
    }

    @PostMapping(PATH + "/{id}/correct")
    @Operation(
            summary = "Correct an award's details (name, level, granting_body, awarded_on, note — all of them)",
            description = "By whoever entered it until the personnel group verified it, by the group at any time "
                    + "(422 telling the director to ask the group once verified). The recipient stays: a wrong "
                    + "recipient is a withdrawal and a new award.")
    Map<String, Object> correct(
            @PathVariable long id, @RequestBody AwardCorrections.Details body, @AuthenticationPrincipal KhetUser me) {
        readable(id, me);
        ApiFields.named(() -> corrections.correct(id, body, me));
        return json(awards.one(id, false));
    }

    @PostMapping(PATH + "/{id}/withdraw")
    @Operation(
            summary = "Withdraw an award with a reason (up to 1000 characters); then it is listed nowhere",
            description = "Who may: as correct.")
    Map<String, Object> withdraw(
            @PathVariable long id, @RequestBody ReasonBody body, @AuthenticationPrincipal KhetUser me) {
        readable(id, me);
        ApiFields.named(() -> corrections.withdraw(id, body == null ? null : body.reason(), me));
        return json(awards.one(id, false));
    }

    /** The award, if of an area the caller reads (else not found, so that its existence does not show). */
    private Award readable(long id, KhetUser me) {
        Award a = awards.one(id, false);
        if (!me.canRead(a.areaId())) {
            throw new NotFoundException("award");
        }
        return a;
    }

    private static Map<String, Object> json(Award a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("person_id", a.personId());
        m.put("school_id", a.schoolId());
        m.put("recipient", a.recipientName());
        m.putAll(a.details());
        m.put("status", a.status());
        return m;
    }
}
