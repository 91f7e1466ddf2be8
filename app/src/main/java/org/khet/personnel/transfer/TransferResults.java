package org.khet.personnel.transfer;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.khet.notifications.Message;
import org.khet.notifications.Notifications;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.PersonAccounts;
import org.khet.shared.RejectedException;
import org.khet.thai.BuddhistDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A published round's results: the proposal ({@link TransferAssignment}: each vacancy to the highest-ranked
 * applicants wishing it, in their wish order; a vacancy wanting a learning area only to those whose first major
 * maps to it), made again as often as the group wants until it confirms; the
 * decision tells every applicant their result and moves each placed person to their new school on the round's
 * effective day ({@link TransferMoves}: at once if it has come, else waiting for it). Audited.
 */
@Component
class TransferResults {

    private static final java.time.format.DateTimeFormatter ENGLISH_DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH);

    private final JdbcClient jdbc;
    private final TransferRounds rounds;
    private final TransferRanking ranking;
    private final TransferRequests requests;
    private final TransferVacancies vacancies;
    private final TransferMoves moves;
    private final Clock clock;
    private final PersonAccounts accounts;
    private final Notifications notifications;
    private final AuditLog audit;

    TransferResults(
            JdbcClient jdbc,
            TransferRounds rounds,
            TransferRanking ranking,
            TransferRequests requests,
            TransferVacancies vacancies,
            TransferMoves moves,
            Clock clock,
            PersonAccounts accounts,
            Notifications notifications,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.ranking = ranking;
        this.requests = requests;
        this.vacancies = vacancies;
        this.moves = moves;
        this.clock = clock;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
    }

    /** Proposes the result of a published round; request id → school id of those placed. */
    @Transactional
    Map<Long, Long> propose(long roundId, KhetUser by) {
        TransferRound round = rounds.locked(roundId);
        rounds.checkManages(by, round.areaId());
        if (round.state() != TransferRound.State.RANKED) {
            throw RejectedException.of("state", Texts.of("personnel.transfer.result.notRanked"));
        }
        Map<Long, Integer> places = vacancies.of(roundId).stream()
                .collect(Collectors.toMap(TransferVacancies.Vacancy::schoolId, TransferVacancies.Vacancy::places));
        Map<Long, Long> given = TransferAssignment.assign(ranking.eligibleApplicants(roundId), places);
        jdbc.sql("update personnel.transfer_request set proposed_school_id = null where round_id = :r")
                .param("r", roundId)
                .update();
        given.forEach((request, school) -> jdbc.sql(
                        "update personnel.transfer_request set proposed_school_id = :s where id = :id")
                .param("s", school)
                .param("id", request)
                .update());
        jdbc.sql("update personnel.transfer_round set proposed_at = now() where id = :r")
                .param("r", roundId)
                .update();
        audit.changedBy(by, round.areaId(), "TRANSFER_RESULT_PROPOSED", "transfer_round", roundId, null, given);
        return given;
    }

    /** Whether the round's result has been proposed. */
    boolean proposed(long roundId) {
        return jdbc.sql("select proposed_at is not null from personnel.transfer_round where id = :r")
                .param("r", roundId)
                .query(Boolean.class)
                .single();
    }

    /**
     * The group confirms the proposed result: the round is DECIDED and the placed people move, at once when its
     * effective day has come, else on that day ({@link TransferMovesDue}).
     */
    @Transactional
    void decide(long roundId, KhetUser by) {
        TransferRound round = rounds.locked(roundId);
        rounds.checkManages(by, round.areaId());
        if (round.state() != TransferRound.State.RANKED || !proposed(roundId)) {
            throw RejectedException.of("state", Texts.of("personnel.transfer.result.notProposed"));
        }
        rounds.decided(roundId, by);
        boolean dayHasCome = !round.effectiveOn().isAfter(OfficeTime.today(clock));
        for (TransferRequest r : requests.filed(roundId)) {
            if (r.proposedSchoolId() != null && dayHasCome) {
                moves.moveNow(r, round, by);
            }
            tell(r, round, dayHasCome);
        }
    }

    private void tell(TransferRequest r, TransferRound round, boolean dayHasCome) {
        accounts.accountOf(r.personId())
                .ifPresent(account -> notifications.toPerson(
                        account,
                        r.proposedSchoolId() == null
                                ? Message.of(
                                        "personnel",
                                        "transfer request " + r.id(),
                                        "personnel.transfer.notice.notMoved",
                                        String.valueOf(round.academicYear()))
                                : Message.of(
                                        "personnel",
                                        "transfer request " + r.id(),
                                        dayHasCome
                                                ? "personnel.transfer.notice.moved"
                                                : "personnel.transfer.notice.movesOn",
                                        String.valueOf(round.academicYear()),
                                        r.proposedSchoolName(),
                                        BuddhistDates.full(round.effectiveOn()),
                                        // the English text's day, as English readers write it
                                        ENGLISH_DAY.format(round.effectiveOn()))));
    }
}
