package org.khet.personnel.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.registry.Placements;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The moves transfers decide: the registry places the person at the new school ({@link Placements}, which audits it
 * and publishes {@code PersonMoved} dated on the move's day) and their time at the school starts on that day ({@link
 * AtSchoolSince}). A round's placed requests move on its effective day: at once when the round is decided on or
 * after it, otherwise they wait (pending, shown as such) for {@link TransferMovesDue}, which moves them as the group
 * member who decided the round. A move the registry refuses on the day keeps why ({@code move_problem}: the person
 * LEFT, the SCHOOL is not open, the decider no longer has ACCESS), as does a person MOVED from their old school by
 * other means meanwhile, and is not tried again.
 */
@Component
class TransferMoves {

    /** A placed request not moved yet, with what moving it needs. */
    record Due(
            long id,
            long personId,
            long proposedSchoolId,
            long fromSchoolId,
            long areaId,
            LocalDate effectiveOn,
            Long decidedBy) {}

    /** From where a select of the placed requests of decided rounds that wait for their move reads ({@code r}, {@code t}). */
    static final String WAITING = """
            from personnel.transfer_request r join personnel.transfer_round t on t.id = r.round_id
            where t.state = 'DECIDED' and r.state = 'FILED' and r.proposed_school_id is not null
              and r.moved_at is null and r.move_problem is null""";

    private final JdbcClient jdbc;
    private final Placements placements;
    private final AtSchoolSince atSchool;
    private final Accounts accounts;

    TransferMoves(JdbcClient jdbc, Placements placements, AtSchoolSince atSchool, Accounts accounts) {
        this.jdbc = jdbc;
        this.placements = placements;
        this.atSchool = atSchool;
        this.accounts = accounts;
    }

    /**
     * Moves the person to the school and starts their time there on {@code since}; shared with swaps. A person the
     * registry has at that school already keeps their date there.
     */
    void move(long personId, long schoolId, long areaId, LocalDate since, KhetUser by) {
        if (placements.moveToSchool(personId, schoolId, since, by)) {
            atSchool.set(personId, areaId, schoolId, since, by);
        }
    }

    /** Moves a placed request of a round decided on or after its effective day, as {@code by}. */
    void moveNow(TransferRequest r, TransferRound round, KhetUser by) {
        move(r.personId(), r.proposedSchoolId(), round.areaId(), round.effectiveOn(), by);
        moved(r.id());
    }

    /** The placed requests of decided rounds whose effective day is {@code day} or before, not moved yet. */
    List<Long> dueOn(LocalDate day) {
        return jdbc.sql("select r.id " + WAITING + " and t.effective_on <= :day order by r.id")
                .param("day", day)
                .query(Long.class)
                .list();
    }

    /**
     * Moves the due request unless another instance holds it or moved it already; whether it moved. Run in a
     * transaction of its own: a refusal records its reason and rolls back only this move.
     */
    boolean moveDue(long requestId) {
        Optional<Due> due = jdbc.sql("""
                        select r.id, r.person_id, r.proposed_school_id, r.from_school_id, t.area_id, t.effective_on,
                               t.decided_by
                        """ + WAITING + " and r.id = :id for update of r skip locked")
                .param("id", requestId)
                .query(Due.class)
                .optional();
        if (due.isEmpty()) {
            return false;
        }
        Due d = due.get();
        if (!atSchool(d.personId(), d.fromSchoolId())) {
            // moved by other means since the decision (the registry's form, an import): this move would be a second
            jdbc.sql("update personnel.transfer_request set move_problem = 'MOVED' where id = :id")
                    .param("id", d.id())
                    .update();
            return false;
        }
        KhetUser decider = Optional.ofNullable(d.decidedBy())
                .flatMap(accounts::byId)
                .filter(Accounts.Account::enabled)
                .map(accounts::signedIn)
                .orElseThrow(() -> new ForbiddenException("move for a decider whose account is gone"));
        move(d.personId(), d.proposedSchoolId(), d.areaId(), d.effectiveOn(), decider);
        moved(d.id());
        return true;
    }

    /** Records why the registry refused the request's move, if it is a reason waiting will not cure; whether so. */
    boolean refused(long requestId, RuntimeException why) {
        String problem = why instanceof ForbiddenException
                ? "ACCESS"
                : why instanceof NotFoundException
                        ? "LEFT"
                        : why instanceof RejectedException r
                                ? r.errors().stream().anyMatch(e -> "school".equals(e.field())) ? "SCHOOL" : "LEFT"
                                : null;
        if (problem == null) {
            return false;
        }
        jdbc.sql("update personnel.transfer_request set move_problem = :p where id = :id")
                .param("p", problem)
                .param("id", requestId)
                .update();
        return true;
    }

    /** Whether the registry has the person at the school (its published placement). */
    private boolean atSchool(long personId, long schoolId) {
        return jdbc.sql("select count(*) > 0 from registry.person_placement where id = :p and school_id = :s")
                .param("p", personId)
                .param("s", schoolId)
                .query(Boolean.class)
                .single();
    }

    private void moved(long requestId) {
        jdbc.sql("update personnel.transfer_request set moved_at = now() where id = :id")
                .param("id", requestId)
                .update();
    }
}
