package org.khet.personnel.transfer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.khet.personnel.common.ApiAreas;
import org.khet.platform.KhetUser;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.ForbiddenException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Transfer rounds: an area's rounds with their vacancies, a published ranking, and a teacher's own request. */
@RestController
@Tag(name = "Personnel")
@RequestMapping("/api/v1/personnel/transfer-rounds")
class TransferApi {

    /** {@code learning_area}: the learning area wanted (null: any), the only one the result places by. */
    record Vacancy(
            String schoolCode, String schoolName, int places, String learningArea, String subject, String note) {}

    record Round(
            long id,
            int academicYear,
            LocalDate opensOn,
            LocalDate closesOn,
            LocalDate effectiveOn,
            String state,
            boolean movesPending,
            List<Vacancy> vacancies) {}

    record Line(int rank, long personId, String firstNameTh, String lastNameTh, int wish, BigDecimal total) {}

    record School(String schoolCode, String schoolName, int places, List<Line> ranking) {}

    record Ranking(long roundId, String state, List<School> schools) {}

    /** A teacher's request: wished vacancy school codes in order, reason_kind, reason, distance_km. */
    record NewRequest(List<String> wishes, String reasonKind, String reason, Integer distanceKm) {}

    record Filed(long id, long roundId, String state, List<String> wishes) {}

    private final TransferRounds rounds;
    private final TransferVacancies vacancies;
    private final TransferRanking ranking;
    private final TransferRequests requests;
    private final Areas areas;

    TransferApi(
            TransferRounds rounds,
            TransferVacancies vacancies,
            TransferRanking ranking,
            TransferRequests requests,
            Areas areas) {
        this.rounds = rounds;
        this.vacancies = vacancies;
        this.ranking = ranking;
        this.requests = requests;
        this.areas = areas;
    }

    @GetMapping
    @Operation(
            summary = "The transfer rounds of an area, latest first, with their vacancies",
            description = "state: DRAFT, OPEN (requests taken from opens_on to closes_on), CLOSED (being scored), "
                    + "RANKED (ranking published), DECIDED (results accepted: the people move on effective_on; "
                    + "moves_pending true while some still wait for that day). For anyone who works in the area.")
    List<Round> list(@RequestParam("area_code") String areaCode, @AuthenticationPrincipal KhetUser me) {
        Area area = ApiAreas.readable(areas, areaCode, me);
        return rounds.of(area, me).stream()
                .map(r -> new Round(
                        r.id(),
                        r.academicYear(),
                        r.opensOn(),
                        r.closesOn(),
                        r.effectiveOn(),
                        r.stateName(),
                        r.movesPending(),
                        vacancies.of(r.id()).stream()
                                .map(v -> new Vacancy(
                                        v.schoolCode(),
                                        v.schoolName(),
                                        v.places(),
                                        v.learningArea(),
                                        v.subject(),
                                        v.note()))
                                .toList()))
                .toList();
    }

    @GetMapping("/{id}/ranking")
    @Operation(
            summary = "A round's published ranking per wished vacancy school",
            description = "Once the ranking is published (RANKED or DECIDED); 403 before. Per school the applicants "
                    + "wishing it by total score, ties to the earlier first appointment, then the longer time at the "
                    + "current school, then the earlier request. Names only: no national ID, reason or family detail.")
    Ranking ranking(@PathVariable long id, @AuthenticationPrincipal KhetUser me) {
        TransferRound round = rounds.readable(id, me);
        if (!round.published()) {
            throw new ForbiddenException("read an unpublished transfer ranking");
        }
        return new Ranking(
                id,
                round.stateName(),
                ranking.of(id).stream()
                        .map(s -> new School(
                                s.schoolCode(),
                                s.schoolName(),
                                s.places(),
                                s.lines().stream()
                                        .map(l -> new Line(
                                                l.rank(),
                                                l.personId(),
                                                l.firstNameTh(),
                                                l.lastNameTh(),
                                                l.wish(),
                                                l.total()))
                                        .toList()))
                        .toList());
    }

    @PostMapping("/{id}/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "File the signed-in teacher's own request in an open round",
            description = "wishes: vacancy school codes in order (up to the rule's number); reason_kind: SPOUSE, "
                    + "PARENTS, CARE, HOME or OTHER; reason: text; distance_km: from home. 422 when the time at the "
                    + "current school up to the closing day is shorter than the rule's minimum, or a request exists.")
    Filed file(@PathVariable long id, @RequestBody NewRequest body, @AuthenticationPrincipal KhetUser me) {
        rounds.readable(id, me);
        long requestId = requests.file(
                id,
                new TransferRequests.NewRequest(body.wishes(), body.reasonKind(), body.reason(), body.distanceKm()),
                me);
        TransferRequest r = requests.get(requestId);
        return new Filed(r.id(), r.roundId(), r.state(), body.wishes());
    }
}
