package org.khet.personnel.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.personnel.subjects.LearningArea;
import org.khet.personnel.subjects.MajorAreas;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A round's ranking per wished vacancy school, in the order {@link TransferAssignment} states: rank, the applicant's
 * name, their wish number and total. No national ID, reason or family detail: this is what is published.
 */
@Component
class TransferRanking {

    /** One applicant's line in a school's ranking. */
    record Line(
            int rank,
            long requestId,
            long personId,
            String firstNameTh,
            String lastNameTh,
            int wish,
            BigDecimal total) {}

    /** A vacancy school with its places and its ranking. */
    record School(long schoolId, String schoolCode, String schoolName, int places, List<Line> lines) {}

    private final JdbcClient jdbc;
    private final TransferRequests requests;
    private final TransferScores scores;
    private final TransferVacancies vacancies;
    private final MajorAreas majors;

    TransferRanking(
            JdbcClient jdbc,
            TransferRequests requests,
            TransferScores scores,
            TransferVacancies vacancies,
            MajorAreas majors) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.scores = scores;
        this.vacancies = vacancies;
        this.majors = majors;
    }

    /**
     * The applicants in ranking order with the wishes the result may give them: a vacancy wanting a learning area
     * only for those whose first major maps to it ({@link TransferAssignment#eligible}).
     */
    List<TransferAssignment.Applicant> eligibleApplicants(long roundId) {
        Map<Long, LearningArea> wanted = new java.util.HashMap<>();
        vacancies.of(roundId).stream()
                .filter(v -> v.wantedArea().isPresent())
                .forEach(v -> wanted.put(v.schoolId(), v.wantedArea().get()));
        Map<Long, Long> personOf = new java.util.HashMap<>();
        requests.filed(roundId).forEach(r -> personOf.put(r.id(), r.personId()));
        Map<Long, LearningArea> byPerson = majors.firstMajorAreas(personOf.values());
        Map<Long, LearningArea> byRequest = new java.util.HashMap<>();
        personOf.forEach((request, person) -> {
            if (byPerson.containsKey(person)) {
                byRequest.put(request, byPerson.get(person));
            }
        });
        return TransferAssignment.eligible(applicants(roundId), wanted, byRequest);
    }

    /** The round's filed requests as applicants in ranking order, with their wishes among its vacancy schools. */
    List<TransferAssignment.Applicant> applicants(long roundId) {
        Map<Long, BigDecimal> totals = scores.totals(roundId);
        Map<Long, List<Long>> wishes = new LinkedHashMap<>();
        jdbc.sql("""
                        select w.request_id, w.school_id from personnel.transfer_wish w
                        join personnel.transfer_request r on r.id = w.request_id
                        join personnel.transfer_vacancy v on v.round_id = r.round_id and v.school_id = w.school_id
                        where r.round_id = :r and r.state = 'FILED' order by w.request_id, w.rank""")
                .param("r", roundId)
                .query((rs, n) -> wishes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        return TransferAssignment.ranked(requests.filed(roundId).stream()
                .map(r -> new TransferAssignment.Applicant(
                        r.id(),
                        totals.getOrDefault(r.id(), BigDecimal.ZERO),
                        r.appointedOn(),
                        r.atSchoolSince(),
                        wishes.getOrDefault(r.id(), List.of())))
                .toList());
    }

    /** Every vacancy school of the round with the applicants wishing it, best first. */
    List<School> of(long roundId) {
        List<TransferAssignment.Applicant> ranked = applicants(roundId);
        Map<Long, TransferRequest> byId = new LinkedHashMap<>();
        requests.filed(roundId).forEach(r -> byId.put(r.id(), r));
        List<School> schools = new ArrayList<>();
        for (TransferVacancies.Vacancy v : vacancies.of(roundId)) {
            List<Line> lines = new ArrayList<>();
            for (TransferAssignment.Applicant a : ranked) {
                int wish = a.wishes().indexOf(v.schoolId());
                if (wish >= 0) {
                    TransferRequest r = byId.get(a.requestId());
                    lines.add(new Line(
                            lines.size() + 1,
                            r.id(),
                            r.personId(),
                            r.firstNameTh(),
                            r.lastNameTh(),
                            wish + 1,
                            a.total()));
                }
            }
            schools.add(new School(v.schoolId(), v.schoolCode(), v.schoolName(), v.places(), lines));
        }
        return schools;
    }
}
