package org.khet.personnel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.registry.Schools;
import org.khet.registry.Units;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
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

/**
 * Salary-raise rounds for the personnel group's own tools: create, allocate, approve, and the results of each school
 * ({@code /schools/{schoolCode}/results}) and each of the office's own units ({@code /units/{unitCode}/results}).
 */
@RestController
@Tag(name = "Personnel")
@RequestMapping("/api/v1/personnel/salary-rounds")
class SalaryRoundApi {

    private final SalaryRounds rounds;
    private final SalaryRoundResults results;
    private final SalaryRoundJson json;
    private final Areas areas;
    private final Schools schools;
    private final Units registryUnits;

    SalaryRoundApi(
            SalaryRounds rounds,
            SalaryRoundResults results,
            SalaryRoundJson json,
            Areas areas,
            Schools schools,
            Units registryUnits) {
        this.json = json;
        this.registryUnits = registryUnits;
        this.rounds = rounds;
        this.results = results;
        this.areas = areas;
        this.schools = schools;
    }

    /** A new round: {@code round_date} 1 April or 1 October (ISO), {@code method} POOL or HEADCOUNT. */
    record NewRound(String areaCode, String roundDate, String method, Integer qualityYear) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a round (1 April or 1 October) of an area",
            description = "method POOL: the pool is the rule's percentage of the government staff's salaries (baht); "
                    + "HEADCOUNT: the rule's quota of the criterion's teachers (people). quality_year: the academic "
                    + "year (BE) whose colour groups weigh the quality share; by default the one before the round's.")
    Map<String, Object> create(@RequestBody NewRound body, @AuthenticationPrincipal KhetUser me) {
        Area area = area(body.areaCode());
        LocalDate day;
        try {
            day = LocalDate.parse(
                    body.roundDate() == null ? "" : body.roundDate().strip());
        } catch (DateTimeParseException e) {
            throw RejectedException.of("round_date", Texts.of("personnel.salary.round.badDate"));
        }
        long id = rounds.create(area, day, body.method(), body.qualityYear(), me);
        return json.round(area, rounds.get(id));
    }

    @GetMapping
    @Operation(summary = "The rounds of an area, latest first")
    List<Map<String, Object>> list(@RequestParam("area_code") String areaCode, @AuthenticationPrincipal KhetUser me) {
        Area area = area(areaCode);
        return rounds.of(area, me).stream().map(json::summary).toList();
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A round with its allocation explained",
            description = "Per school: criterion_teachers, colour_group and weight, base_share (the base part × the "
                    + "school's criterion teachers ÷ the area's), quality_share (the quality part × criterion "
                    + "teachers × weight ÷ the area's weighted teachers), received (the whole part), pooled (its "
                    + "fraction went to its cluster). clusters: the small schools' fractions added per network and "
                    + "what each receives. units: the office's own units with salaried government staff — staff "
                    + "(counted like criterion teachers), weight (the rule's weight for no results: a unit has no "
                    + "colour group), base_share, quality_share, received (the whole part; never pooled). "
                    + "held_centrally: the rest.")
    Map<String, Object> get(@PathVariable long id, @AuthenticationPrincipal KhetUser me) {
        SalaryRound round = rounds.get(id);
        Area area = areas.byId(round.areaId()).orElseThrow();
        rounds.checkManages(area, me);
        return json.round(area, round);
    }

    @PostMapping("/{id}/allocate")
    @Operation(summary = "Compute the pool and its allocation (again, until approved)")
    Map<String, Object> allocate(@PathVariable long id, @AuthenticationPrincipal KhetUser me) {
        Area area = areaOf(id);
        rounds.allocate(area, id, me);
        return json.round(area, rounds.get(id));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "The committee's approval of the allocation (the personnel group)")
    Map<String, Object> approve(@PathVariable long id, @AuthenticationPrincipal KhetUser me) {
        Area area = areaOf(id);
        rounds.approve(area, id, me);
        return json.round(area, rounds.get(id));
    }

    /** One person's result: the raise in percent of their salary. */
    record Result(Long personId, BigDecimal percent) {}

    @PutMapping("/{id}/schools/{schoolCode}/results")
    @Operation(
            summary = "Enter a school's per-person results (replacing its earlier ones)",
            description = "Refused (422, Thai and English) when a percent is over the rule's per-person cap, a new "
                    + "salary is over the ceiling of the person's salary level, or the school's total is over its "
                    + "share (baht in a POOL round, people raised in a HEADCOUNT round; a pooled school shares its "
                    + "cluster's).")
    Map<String, Object> enter(
            @PathVariable long id,
            @PathVariable String schoolCode,
            @RequestBody List<Result> body,
            @AuthenticationPrincipal KhetUser me) {
        Area area = areaOf(id);
        return enter(area, id, SalaryPlace.school(school(area, schoolCode)), body, me);
    }

    @PutMapping("/{id}/units/{unitCode}/results")
    @Operation(
            summary = "Enter an office unit's per-person results (replacing its earlier ones)",
            description = "The personnel group or the area director. Refused (422, Thai and English) as a school's "
                    + "are: over the per-person cap, over the level's ceiling, or over the unit's share.")
    Map<String, Object> enterUnit(
            @PathVariable long id,
            @PathVariable String unitCode,
            @RequestBody List<Result> body,
            @AuthenticationPrincipal KhetUser me) {
        Area area = areaOf(id);
        return enter(area, id, SalaryPlace.ofUnit(unit(area, unitCode)), body, me);
    }

    @GetMapping("/{id}/units/{unitCode}/results")
    @Operation(summary = "An office unit's people with their salary, ceiling and entered result, and its share")
    Map<String, Object> unitResults(
            @PathVariable long id, @PathVariable String unitCode, @AuthenticationPrincipal KhetUser me) {
        Area area = areaOf(id);
        SalaryPlace place = SalaryPlace.ofUnit(unit(area, unitCode));
        results.checkEnters(area, place, me);
        return json.placeResults(rounds.get(id), place);
    }

    private Map<String, Object> enter(Area area, long id, SalaryPlace place, List<Result> body, KhetUser me) {
        Map<Long, BigDecimal> percents = new LinkedHashMap<>();
        for (Result r : body) {
            if (r.personId() == null || r.percent() == null) {
                throw RejectedException.of("percent", Texts.of("personnel.salary.results.missing"));
            }
            percents.put(r.personId(), r.percent());
        }
        SalaryRound round = rounds.get(id);
        results.enter(area, round, place, percents, me);
        return json.placeResults(round, place);
    }

    @GetMapping("/{id}/schools/{schoolCode}/results")
    @Operation(summary = "A school's people with their salary, ceiling and entered result, and its share")
    Map<String, Object> schoolResults(
            @PathVariable long id, @PathVariable String schoolCode, @AuthenticationPrincipal KhetUser me) {
        Area area = areaOf(id);
        SalaryPlace place = SalaryPlace.school(school(area, schoolCode));
        results.checkEnters(area, place, me);
        return json.placeResults(rounds.get(id), place);
    }

    private Area area(String code) {
        return areas.byCode(code == null ? "" : code.strip()).orElseThrow(() -> new NotFoundException("area"));
    }

    private Area areaOf(long roundId) {
        return areas.byId(rounds.get(roundId).areaId()).orElseThrow();
    }

    private long unit(Area area, String code) {
        return registryUnits
                .byCode(area.id(), code == null ? "" : code.strip())
                .orElseThrow(() -> new NotFoundException("unit"))
                .id();
    }

    private long school(Area area, String code) {
        return schools.byCode(code)
                .filter(s -> s.areaId() == area.id())
                .orElseThrow(() -> new NotFoundException("school"))
                .id();
    }
}
