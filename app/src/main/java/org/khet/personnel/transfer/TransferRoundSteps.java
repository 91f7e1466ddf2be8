package org.khet.personnel.transfer;

import org.khet.personnel.common.PageSteps;
import org.khet.platform.KhetUser;
import org.khet.registry.Areas;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The personnel group's steps on a round's page: open, close, publish, propose, decide, and its vacancies. */
@Controller
class TransferRoundSteps {

    private static final String ROUND = TransferPages.PATH + "/{id}";

    private final TransferRounds rounds;
    private final TransferVacancies vacancies;
    private final TransferScores scores;
    private final TransferResults results;
    private final Areas areas;

    TransferRoundSteps(
            TransferRounds rounds,
            TransferVacancies vacancies,
            TransferScores scores,
            TransferResults results,
            Areas areas) {
        this.rounds = rounds;
        this.vacancies = vacancies;
        this.scores = scores;
        this.results = results;
        this.areas = areas;
    }

    @PostMapping(ROUND + "/open")
    String open(@PathVariable long id, @AuthenticationPrincipal KhetUser me, RedirectAttributes flash) {
        return done(id, () -> rounds.open(id, me), "personnel.transfer.round.openedNotice", me, flash);
    }

    @PostMapping(ROUND + "/close")
    String close(@PathVariable long id, @AuthenticationPrincipal KhetUser me, RedirectAttributes flash) {
        return done(id, () -> rounds.close(id, me), "personnel.transfer.round.closedNotice", me, flash);
    }

    @PostMapping(ROUND + "/publish")
    String publish(@PathVariable long id, @AuthenticationPrincipal KhetUser me, RedirectAttributes flash) {
        return done(
                id,
                () -> rounds.publish(id, me, scores.unscored(rounds.get(id))),
                "personnel.transfer.round.publishedNotice",
                me,
                flash);
    }

    @PostMapping(ROUND + "/propose")
    String propose(@PathVariable long id, @AuthenticationPrincipal KhetUser me, RedirectAttributes flash) {
        return done(id, () -> results.propose(id, me), "personnel.transfer.result.proposedNotice", me, flash);
    }

    @PostMapping(ROUND + "/decide")
    String decide(@PathVariable long id, @AuthenticationPrincipal KhetUser me, RedirectAttributes flash) {
        return done(id, () -> results.decide(id, me), "personnel.transfer.result.decidedOnDay", me, flash);
    }

    @PostMapping(ROUND + "/vacancies/propose")
    String proposeVacancies(@PathVariable long id, @AuthenticationPrincipal KhetUser me, RedirectAttributes flash) {
        TransferRound round = rounds.readable(id, me);
        return done(
                id,
                () -> vacancies.propose(areas.byId(round.areaId()).orElseThrow(), id, me),
                "personnel.transfer.vacancy.proposedNotice",
                me,
                flash);
    }

    @PostMapping(ROUND + "/vacancies")
    String setVacancy(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String schoolCode,
            @RequestParam(required = false) Integer places,
            @RequestParam(defaultValue = "") String learningArea,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return done(
                id,
                () -> vacancies.set(id, schoolCode, places, learningArea, subject, note, me),
                "personnel.transfer.vacancy.savedNotice",
                me,
                flash);
    }

    @PostMapping(ROUND + "/vacancies/{vacancyId}/remove")
    String removeVacancy(
            @PathVariable long id,
            @PathVariable long vacancyId,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return done(
                id, () -> vacancies.remove(id, vacancyId, me), "personnel.transfer.vacancy.removedNotice", me, flash);
    }

    private static String done(long id, Runnable step, String notice, KhetUser me, RedirectAttributes flash) {
        return PageSteps.done(TransferPages.PATH + "/" + id, step, notice, me, flash);
    }
}
