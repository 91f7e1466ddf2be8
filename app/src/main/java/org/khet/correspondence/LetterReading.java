package org.khet.correspondence;

import java.util.List;
import java.util.Optional;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read a letter, and what of it: its sender's people, and the people of each organisation it was delivered
 * to (whose first read marks it opened). Anyone else is told it does not exist. A secret letter's subject and text
 * are shown only to whoever wrote it and to the directors of the sending and receiving organisations, and every such
 * read is logged.
 */
@Component
class LetterReading {

    /** A letter as {@code viewer} reads it: as its sender, or as a recipient with its delivery. */
    record Read(Letter letter, Organisation viewer, Optional<Delivery> delivery, boolean seesText) {

        boolean asSender() {
            return delivery.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final Letters letters;
    private final Organisations organisations;
    private final Receipts receipts;
    private final AuditLog audit;

    LetterReading(JdbcClient jdbc, Letters letters, Organisations organisations, Receipts receipts, AuditLog audit) {
        this.jdbc = jdbc;
        this.letters = letters;
        this.organisations = organisations;
        this.receipts = receipts;
        this.audit = audit;
    }

    /** Letter {@code id} as read by {@code user} for {@code orgCode} (any organisation of theirs when blank). */
    @Transactional
    Read read(long id, String orgCode, KhetUser user) {
        Letter letter = letters.byId(id).orElseThrow(() -> new NotFoundException("letter"));
        List<Organisation> candidates = orgCode == null || orgCode.isBlank()
                ? organisations.of(user)
                : organisations.byCode(orgCode).filter(o -> Organisations.actsFor(user, o)).stream()
                        .toList();
        for (Organisation org : candidates) {
            if (letter.sentBy(org)) {
                return shown(new Read(letter, org, Optional.empty(), seesText(letter, org, user)), user);
            }
            if (!letter.draft()) {
                Optional<Delivery> delivery = deliveryTo(letter, org);
                if (delivery.isPresent()) {
                    receipts.opened(delivery.get());
                    return shown(new Read(letter, org, delivery, seesText(letter, org, user)), user);
                }
            }
        }
        throw new NotFoundException("letter");
    }

    private Read shown(Read read, KhetUser user) {
        if (read.letter().secrecy().secret() && read.seesText()) {
            audit.viewed(
                    read.letter().areaId(),
                    "letter",
                    read.letter().id(),
                    read.letter().secrecy().name());
        }
        return read;
    }

    private static boolean seesText(Letter letter, Organisation org, KhetUser user) {
        return !letter.secrecy().secret() || letter.createdBy() == user.id() || Organisations.directs(user, org);
    }

    /** The delivery of the letter to {@code org}: for the office, to the office itself before any of its units. */
    private Optional<Delivery> deliveryTo(Letter letter, Organisation org) {
        return jdbc.sql(Delivery.SELECT + " " + """
                        where letter_id = :letter and area_id = :area and school_id is not distinct from :school
                        order by unit_id nulls first, id limit 1""")
                .param("letter", letter.id())
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .query(Delivery.class)
                .optional();
    }
}
