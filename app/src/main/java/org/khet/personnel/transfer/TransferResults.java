package org.khet.personnel.transfer;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.khet.notifications.Message;
import org.khet.notifications.Notifications;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.PersonAccounts;
import org.khet.registry.Placements;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A published round's results: the proposal ({@link TransferAssignment}: each vacancy to the highest-ranked
 * applicants wishing it, in their wish order), made again as often as the group wants until it confirms; the
 * decision moves each placed person to their new school in the registry ({@link Placements}, which publishes
 * {@code PersonMoved}), sets their date at the current school to the round's effective day, and tells every
 * applicant their result. Audited.
 */
@Component
class TransferResults {

    private final JdbcClient jdbc;
    private final TransferRounds rounds;
    private final TransferRanking ranking;
    private final TransferRequests requests;
    private final TransferVacancies vacancies;
    private final Placements placements;
    private final PersonAccounts accounts;
    private final Notifications notifications;
    private final AuditLog audit;

    TransferResults(
            JdbcClient jdbc,
            TransferRounds rounds,
            TransferRanking ranking,
            TransferRequests requests,
            TransferVacancies vacancies,
            Placements placements,
            PersonAccounts accounts,
            Notifications notifications,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.ranking = ranking;
        this.requests = requests;
        this.vacancies = vacancies;
        this.placements = placements;
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
        Map<Long, Long> given = TransferAssignment.assign(ranking.applicants(roundId), places);
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

    /** The group confirms the proposed result: the round is DECIDED and the placed people are moved. */
    @Transactional
    void decide(long roundId, KhetUser by) {
        TransferRound round = rounds.locked(roundId);
        rounds.checkManages(by, round.areaId());
        if (round.state() != TransferRound.State.RANKED || !proposed(roundId)) {
            throw RejectedException.of("state", Texts.of("personnel.transfer.result.notProposed"));
        }
        rounds.decided(roundId, by);
        for (TransferRequest r : requests.filed(roundId)) {
            if (r.proposedSchoolId() != null) {
                move(r.personId(), r.proposedSchoolId(), round.areaId(), round.effectiveOn(), by);
            }
            tell(r, round);
        }
    }

    /**
     * Moves the person to the school in the registry and starts their time at the current school on {@code since};
     * shared with swaps.
     */
    void move(long personId, long schoolId, long areaId, LocalDate since, KhetUser by) {
        placements.moveToSchool(personId, schoolId, by);
        LocalDate before = jdbc.sql("select at_school_since from personnel.employment where person_id = :p")
                .param("p", personId)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        jdbc.sql("""
                        update personnel.employment set at_school_since = :d, updated_at = now(), updated_by = :by,
                            version = version + 1 where person_id = :p""")
                .param("d", since)
                .param("by", by.id())
                .param("p", personId)
                .update();
        audit.changedBy(
                by,
                areaId,
                "UPDATE",
                "employment",
                personId,
                before == null ? null : Map.of("at_school_since", before.toString()),
                Map.of("at_school_since", since.toString(), "school_id", schoolId));
    }

    private void tell(TransferRequest r, TransferRound round) {
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
                                        "personnel.transfer.notice.moved",
                                        String.valueOf(round.academicYear()),
                                        r.proposedSchoolName())));
    }
}
