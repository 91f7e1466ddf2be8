package org.khet.personnel.transfer;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.Areas;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a round's page shows each reader: everyone of the area the round and its vacancies, and the ranking once
 * published (names and totals only); a teacher their own request or the form while the round takes requests; a
 * school director their school's requests to give an opinion on; the personnel group the requests with the facts the
 * criteria read, the scores, the steps of the round and the proposed result.
 */
@Component
class TransferRoundView {

    private final TransferRounds rounds;
    private final TransferRules rules;
    private final TransferVacancies vacancies;
    private final TransferRequests requests;
    private final TransferScores scores;
    private final TransferRanking ranking;
    private final TransferResults results;
    private final TransferApplicants applicants;
    private final Areas areas;

    TransferRoundView(
            TransferRounds rounds,
            TransferRules rules,
            TransferVacancies vacancies,
            TransferRequests requests,
            TransferScores scores,
            TransferRanking ranking,
            TransferResults results,
            TransferApplicants applicants,
            Areas areas) {
        this.rounds = rounds;
        this.rules = rules;
        this.vacancies = vacancies;
        this.requests = requests;
        this.scores = scores;
        this.ranking = ranking;
        this.results = results;
        this.applicants = applicants;
        this.areas = areas;
    }

    void fill(TransferRound round, KhetUser me, Model model) {
        boolean manages = rounds.manages(me, round.areaId());
        model.addAttribute("round", round);
        model.addAttribute("area", areas.byId(round.areaId()).orElseThrow());
        model.addAttribute("manages", manages);
        model.addAttribute("rule", rules.ruleOn(round.opensOn()).orElse(null));
        model.addAttribute("vacancies", vacancies.of(round.id()));
        model.addAttribute("learningAreas", org.khet.personnel.subjects.LearningArea.values());
        model.addAttribute("wishNames", requests.wishNames(round.id()));
        own(round, me, model);
        Set<Long> directed = me.schoolIds().stream()
                .filter(s -> me.holdsAtSchool(s, Role.SCHOOL_DIRECTOR))
                .collect(Collectors.toSet());
        model.addAttribute("forOpinion", requests.fromSchools(round.id(), directed));
        if (manages) {
            model.addAttribute("requests", requests.filed(round.id()));
            model.addAttribute("criteria", scores.criteriaOf(round));
            model.addAttribute("scores", scores.of(round.id()));
            model.addAttribute("totals", scores.totals(round.id()));
            model.addAttribute("unscored", scores.unscored(round));
            model.addAttribute("proposed", results.proposed(round.id()));
        }
        boolean showRanking = round.published() || (manages && round.closed());
        model.addAttribute("ranking", showRanking ? ranking.of(round.id()) : java.util.List.of());
    }

    /** The signed-in person's own request, or the filing form while the round takes requests. */
    private void own(TransferRound round, KhetUser me, Model model) {
        Optional<TransferApplicants.Applicant> person = applicants.of(me).filter(p -> p.areaId() == round.areaId());
        Optional<TransferRequest> mine = person.flatMap(p -> requests.mine(round.id(), p.personId()));
        model.addAttribute("mine", mine.orElse(null));
        model.addAttribute(
                "ownSchoolId",
                person.map(TransferApplicants.Applicant::schoolId).orElse(null));
        boolean takes = round.takesRequestsOn(rules.today());
        model.addAttribute("takesRequests", takes);
        model.addAttribute("mayFile", takes && person.isPresent() && mine.isEmpty());
        model.addAttribute("reasonKinds", TransferRequests.REASON_KINDS);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TransferRequests.NewRequest(java.util.List.of(), "", "", null));
        }
    }
}
