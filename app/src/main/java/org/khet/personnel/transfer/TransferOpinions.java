package org.khet.personnel.transfer;

import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opinion of the director of the school a request comes from: agree, or a comment (written), from the opening of
 * the round until the ranking is published; given again, it replaces the earlier one. Audited.
 */
@Component
class TransferOpinions {

    private final JdbcClient jdbc;
    private final TransferRounds rounds;
    private final TransferRequests requests;
    private final AuditLog audit;

    TransferOpinions(JdbcClient jdbc, TransferRounds rounds, TransferRequests requests, AuditLog audit) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.requests = requests;
        this.audit = audit;
    }

    /** The current school's director agrees, or comments, before the ranking is published. */
    @Transactional
    void opinion(long requestId, String opinion, String note, KhetUser by) {
        TransferRequest r = requests.get(requestId);
        TransferRound round = rounds.locked(r.roundId());
        if (!by.holdsAtSchool(r.fromSchoolId(), Role.SCHOOL_DIRECTOR)) {
            throw new ForbiddenException("give the opinion on a transfer request of another school");
        }
        if (!r.filed() || !(round.open() || round.closed())) {
            throw RejectedException.of("state", Texts.of("personnel.transfer.opinion.late"));
        }
        String n = note == null ? "" : note.strip();
        if (!"AGREE".equals(opinion) && !"COMMENT".equals(opinion)) {
            throw RejectedException.of("opinion", Texts.of("personnel.transfer.opinion.choose"));
        }
        if ("COMMENT".equals(opinion) && n.isEmpty()) {
            throw RejectedException.of("note", Texts.of("personnel.transfer.opinion.noteNeeded"));
        }
        if (n.length() > 1000) {
            throw RejectedException.of("note", Texts.of("personnel.transfer.tooLong", "1000"));
        }
        jdbc.sql("""
                        update personnel.transfer_request set opinion = :o, opinion_note = :n, opinion_by = :by,
                            opinion_at = now() where id = :id""")
                .param("o", opinion)
                .param("n", n)
                .param("by", by.id())
                .param("id", requestId)
                .update();
        audit.changedBy(
                by,
                round.areaId(),
                "TRANSFER_OPINION_GIVEN",
                "transfer_request",
                requestId,
                r.opinion() == null ? null : Map.of("opinion", r.opinion()),
                Map.of("opinion", opinion));
    }
}
