package org.khet.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recipient's acknowledgement of a delivered letter. Accepting numbers it in the recipient's receipt register at
 * once (accepting again answers the same number); rejecting returns the reason to the sender, who may send it to
 * that recipient again.
 */
@Component
class Receipts {

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Letters letters;
    private final Registers registers;
    private final AuditLog audit;

    Receipts(JdbcClient jdbc, Organisations organisations, Letters letters, Registers registers, AuditLog audit) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.letters = letters;
        this.registers = registers;
        this.audit = audit;
    }

    /** The delivery of letter {@code letterId} to {@code org} (for the office: to a unit when {@code unitId} is set). */
    Delivery of(long letterId, Organisation org, Long unitId) {
        return jdbc.sql(Delivery.SELECT + " " + """
                         where letter_id = :letter and area_id = :area and school_id is not distinct from :school
                           and unit_id is not distinct from :unit""")
                .param("letter", letterId)
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .param("unit", org.isOffice() ? unitId : null)
                .query(Delivery.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("delivery"));
    }

    /** Marks a delivery opened the first time someone of its recipient reads it. */
    void opened(Delivery d) {
        if (d.state() == DeliveryState.NEW) {
            jdbc.sql(
                            "update correspondence.delivery set state = 'OPENED', opened_at = now() where id = :id and state = 'NEW'")
                    .param("id", d.id())
                    .update();
        }
    }

    @Transactional
    Registers.Numbered accept(long deliveryId, KhetUser by) {
        Delivery d = locked(deliveryId);
        Organisation org = recipient(d, by);
        if (d.state() == DeliveryState.ACCEPTED) {
            return numbered(d.receiptEntryId());
        }
        if (d.state().returned()) {
            throw new ConflictException(new FieldError(0, "", Texts.of("correspondence.receipt.wasRejected")));
        }
        Letter letter = letters.byId(d.letterId()).orElseThrow();
        Organisation sender = organisations.byId(letter.areaId(), letter.schoolId());
        Registers.Numbered n = registers.register(
                org,
                Register.RECEIPT,
                new Registers.Row(
                        letter.id(),
                        letter.number(),
                        LocalDate.ofInstant(letter.sentAt(), Registers.THAILAND),
                        sender.nameTh(),
                        org.nameTh(),
                        letter.subject(),
                        letter.secrecy(),
                        "",
                        ""),
                by);
        jdbc.sql("""
                        update correspondence.delivery set state = 'ACCEPTED', acted_at = now(), acted_by = :by,
                            opened_at = coalesce(opened_at, now()), receipt_entry_id = :entry
                        where id = :id""")
                .param("by", by.id())
                .param("entry", n.entryId())
                .param("id", d.id())
                .update();
        audit.changed(
                d.areaId(),
                "ACCEPT",
                "letter_delivery",
                d.id(),
                Map.of("state", d.state().name()),
                Map.of("state", "ACCEPTED", "receipt", n.number(), "letter", letter.id()));
        return n;
    }

    /**
     * The recipient sends the letter back with {@code reason}: not its own ({@code invalid} false: REJECTED), or the
     * document is wrong or unreadable ({@code invalid} true: INVALID).
     */
    @Transactional
    void reject(long deliveryId, String reason, boolean invalid, KhetUser by) {
        DeliveryState answer = invalid ? DeliveryState.INVALID : DeliveryState.REJECTED;
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new RejectedException(
                    Texts.of("correspondence.receipt.reason"),
                    List.of(new FieldError(0, "reason", Texts.of("correspondence.receipt.reason"))));
        }
        Delivery d = locked(deliveryId);
        recipient(d, by);
        if (!d.state().waiting()) {
            throw new ConflictException(new FieldError(0, "", Texts.of("correspondence.receipt.done")));
        }
        jdbc.sql("""
                        update correspondence.delivery set state = :state, acted_at = now(), acted_by = :by,
                            opened_at = coalesce(opened_at, now()), reason = :reason
                        where id = :id""")
                .param("by", by.id())
                .param("state", answer.name())
                .param("reason", why)
                .param("id", d.id())
                .update();
        audit.changed(
                d.areaId(),
                "REJECT",
                "letter_delivery",
                d.id(),
                Map.of("state", d.state().name()),
                Map.of("state", answer.name(), "reason", why, "letter", d.letterId()));
    }

    /** The sender sends letter {@code letterId}, which that recipient sent back, to it again, as new. */
    @Transactional
    void resend(long letterId, long deliveryId, KhetUser by) {
        Delivery d = locked(deliveryId);
        if (d.letterId() != letterId) {
            throw new NotFoundException("delivery");
        }
        Letter letter = letters.byId(d.letterId()).orElseThrow();
        if (!Organisations.actsFor(by, organisations.byId(letter.areaId(), letter.schoolId()))) {
            throw new ForbiddenException("resend letters of another organisation");
        }
        if (!d.state().returned()) {
            throw new ConflictException(new FieldError(0, "", Texts.of("correspondence.resend.notRejected")));
        }
        jdbc.sql("""
                        update correspondence.delivery set state = 'NEW', opened_at = null, acted_at = null,
                            acted_by = null, reason = null
                        where id = :id""").param("id", d.id()).update();
        audit.changed(
                d.areaId(),
                "RESEND",
                "letter_delivery",
                d.id(),
                Map.of("state", d.state().name(), "reason", d.reason()),
                Map.of("state", "NEW"));
    }

    private Delivery locked(long id) {
        return jdbc.sql(Delivery.SELECT + " where id = :id for update")
                .param("id", id)
                .query(Delivery.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("delivery"));
    }

    private Organisation recipient(Delivery d, KhetUser by) {
        Organisation org = organisations.byId(d.areaId(), d.schoolId());
        if (!Organisations.actsFor(by, org)) {
            throw new ForbiddenException("acknowledge letters for " + org.code());
        }
        return org;
    }

    private Registers.Numbered numbered(long entryId) {
        return jdbc.sql("""
                        select id as entry_id, register, year, sequence, number, registered_on from correspondence.register_entry
                        where id = :id""")
                .param("id", entryId)
                .query(Registers.Numbered.class)
                .single();
    }
}
