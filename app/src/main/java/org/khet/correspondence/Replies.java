package org.khet.correspondence;

import java.util.List;
import java.util.Optional;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Replying to a received letter (ตอบ): the reply is a new letter of the organisation that received the original,
 * addressed to the original's sender, with the same subject and a reference to the original's number and date. The
 * reply keeps which letter it answers; the original's page links to it. When the reply is sent and the original was
 * accepted, its handling at the replying organisation is marked done — if the one sending may take that step (the
 * holder, or anyone when nobody holds it, or the director), as {@link Handling} would let them by hand.
 */
@Component
class Replies {

    /** A reply as the original's page lists it. */
    record Reply(long id, String number, String status, String orgCode) {}

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final ObjectProvider<Handling> handling;

    Replies(JdbcClient jdbc, Organisations organisations, ObjectProvider<Handling> handling) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.handling = handling;
    }

    /** Marks draft {@code id} of {@code from} as the reply to {@code original}, which {@code from} must have received. */
    void link(long id, Organisation from, long original) {
        if (received(original, from).isEmpty()) {
            throw RejectedException.of("replyTo", Texts.of("correspondence.reply.unknown", original));
        }
        jdbc.sql("update correspondence.letter set reply_to = :original where id = :id")
                .param("original", original)
                .param("id", id)
                .update();
    }

    /** The letter that {@code id} answers, if any. */
    Optional<Long> original(long id) {
        return jdbc.sql("select reply_to from correspondence.letter where id = :id and reply_to is not null")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    /** The replies to {@code original} written by {@code viewer}, or, for its sender, the replies sent to it. */
    List<Reply> to(long original, Organisation viewer, boolean asSender) {
        return jdbc.sql("""
                        select l.id, l.number, l.status, l.area_id, l.school_id from correspondence.letter l
                        where l.reply_to = :original
                          and ((l.area_id = :area and l.school_id is not distinct from :school)
                               or (:sender and l.status = 'SENT'))
                        order by l.id""")
                .param("original", original)
                .param("area", viewer.areaId())
                .param("school", viewer.schoolId())
                .param("sender", asSender)
                .query((rs, n) -> new Reply(
                        rs.getLong("id"),
                        rs.getString("number"),
                        rs.getString("status"),
                        organisations
                                .byId(rs.getLong("area_id"), (Long) rs.getObject("school_id"))
                                .code()))
                .list();
    }

    /** On sending a reply: the original's handling at the replying organisation is done, when that step fits. */
    void sent(long id, Organisation from, String number, KhetUser by) {
        Optional<Long> original = original(id);
        if (original.isEmpty()) {
            return;
        }
        Optional<Delivery> d = received(original.get(), from).filter(x -> x.state() == DeliveryState.ACCEPTED);
        if (d.isEmpty()) {
            return;
        }
        Handling h = handling.getObject();
        var holding = h.holding(d.get().id());
        boolean done = !h.steps(d.get().id()).isEmpty() && holding.isEmpty();
        if (!done && Handling.mayTake(from, holding, false, by)) {
            h.take(
                    d.get().id(),
                    new Handling.Action(
                            "DONE",
                            null,
                            Texts.of("correspondence.reply.done", number).th(),
                            null,
                            null,
                            null),
                    by);
        }
    }

    /** The delivery of {@code letter} to {@code org} (for the office, to itself or the first of its units). */
    private Optional<Delivery> received(long letter, Organisation org) {
        return jdbc.sql(Delivery.SELECT + " where letter_id = :letter and " + org.rows("")
                        + " order by unit_id nulls first, id limit 1")
                .param("letter", letter)
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .query(Delivery.class)
                .optional();
    }
}
