package org.khet.personnel.transfer;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's own transfer requests across rounds with their result once the round is decided: read by the person's
 * link to their account, not by their roles, so that someone moved (whose roles at the old school ended) still sees
 * where they went, or where and on which day they will move while the move waits for the round's effective day.
 */
@Component
class TransferMine {

    /** One of the person's requests: its round, its state and, once decided, the school it moved them to. */
    record Mine(
            long requestId,
            long roundId,
            int academicYear,
            String roundState,
            String state,
            String wishes,
            String resultSchoolName,
            java.time.LocalDate effectiveOn,
            boolean movedYet,
            String moveProblem,
            boolean movesPending) {

        /** The round's state as pages name it ({@link TransferRound#stateShown()}). */
        public String roundStateShown() {
            return decided() && movesPending ? "DECIDED_PENDING" : roundState;
        }

        public boolean decided() {
            return "DECIDED".equals(roundState);
        }

        /** Placed by the decided round; {@link #movedYet()} once the effective day came. */
        public boolean moved() {
            return decided() && resultSchoolName != null;
        }

        /** Placed by the decided round and waiting for its effective day. */
        public boolean movePending() {
            return moved() && !movedYet && moveProblem == null;
        }
    }

    private final JdbcClient jdbc;

    TransferMine(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Mine> requests(long personId) {
        return jdbc.sql("""
                        select r.id as request_id, r.round_id, t.academic_year, t.state as round_state, r.state,
                               (select string_agg(s.name_th, ', ' order by w.rank) from personnel.transfer_wish w
                                join registry.school_summary s on s.id = w.school_id where w.request_id = r.id)
                                   as wishes,
                               case when t.state = 'DECIDED' then ps.name_th end as result_school_name,
                               t.effective_on, r.moved_at is not null as moved_yet,
                               r.move_problem, """ + TransferRound.MOVES_PENDING.replace("transfer_round.", "t.") + """

                        from personnel.transfer_request r
                        join personnel.transfer_round t on t.id = r.round_id
                        left join registry.school_summary ps on ps.id = r.proposed_school_id
                        where r.person_id = :p order by r.id desc""")
                .param("p", personId)
                .query(Mine.class)
                .list();
    }
}
