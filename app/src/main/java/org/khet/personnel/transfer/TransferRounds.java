package org.khet.personnel.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.khet.personnel.PersonnelAccess;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transfer rounds of an area: the personnel group creates a round (academic year, request window, effective
 * day), opens it, closes it and publishes its ranking; deciding is {@link TransferResults}. The area's staff read
 * the rounds and their vacancies. Each step is audited.
 */
@Component
public class TransferRounds {

    private static final String COLUMNS =
            "id, area_id, academic_year, opens_on, closes_on, effective_on, state, " + TransferRound.MOVES_PENDING;

    private final JdbcClient jdbc;
    private final PersonnelAccess access;
    private final TransferRules rules;
    private final AuditLog audit;

    TransferRounds(JdbcClient jdbc, PersonnelAccess access, TransferRules rules, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.rules = rules;
        this.audit = audit;
    }

    boolean manages(KhetUser user, long areaId) {
        return access.manages(user, areaId);
    }

    void checkManages(KhetUser user, long areaId) {
        if (!manages(user, areaId)) {
            throw new ForbiddenException("manage the transfer rounds of area " + areaId);
        }
    }

    /** The area's rounds, latest first: for anyone who works in the area. */
    List<TransferRound> of(Area area, KhetUser user) {
        if (!user.canRead(area.id())) {
            throw new ForbiddenException("read the transfer rounds of " + area.code());
        }
        return jdbc.sql("select " + COLUMNS + " from personnel.transfer_round where area_id = :a"
                        + " order by academic_year desc, opens_on desc, id desc")
                .param("a", area.id())
                .query(TransferRound.class)
                .list();
    }

    TransferRound get(long id) {
        return jdbc.sql("select " + COLUMNS + " from personnel.transfer_round where id = :id")
                .param("id", id)
                .query(TransferRound.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("transfer round"));
    }

    /** The round, for a user who works in its area (404 to anyone else: a round of an area one cannot see). */
    TransferRound readable(long id, KhetUser user) {
        TransferRound round = get(id);
        if (!user.canRead(round.areaId())) {
            throw new NotFoundException("transfer round");
        }
        return round;
    }

    /** The round locked for a step that changes it. */
    TransferRound locked(long id) {
        return jdbc.sql("select " + COLUMNS + " from personnel.transfer_round where id = :id for update")
                .param("id", id)
                .query(TransferRound.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("transfer round"));
    }

    @Transactional
    long create(
            Area area,
            Integer academicYear,
            LocalDate opensOn,
            LocalDate closesOn,
            LocalDate effectiveOn,
            KhetUser by) {
        checkManages(by, area.id());
        if (academicYear == null || academicYear < 2500 || academicYear > 2700) {
            throw RejectedException.of("academicYear", Texts.of("personnel.transfer.round.badYear"));
        }
        if (opensOn == null || closesOn == null || closesOn.isBefore(opensOn)) {
            throw RejectedException.of("closesOn", Texts.of("personnel.transfer.round.badWindow"));
        }
        LocalDate effective = effectiveOn == null ? closesOn : effectiveOn;
        if (effective.isBefore(closesOn)) {
            throw RejectedException.of("effectiveOn", Texts.of("personnel.transfer.round.badEffective"));
        }
        rules.requireRuleOn(opensOn);
        long id = jdbc.sql("""
                        insert into personnel.transfer_round (area_id, academic_year, opens_on, closes_on,
                            effective_on, created_by)
                        values (:a, :y, :opens, :closes, :effective, :by) returning id""")
                .param("a", area.id())
                .param("y", academicYear)
                .param("opens", opensOn)
                .param("closes", closesOn)
                .param("effective", effective)
                .param("by", by.id())
                .query(Long.class)
                .single();
        audit.changedBy(
                by,
                area.id(),
                "TRANSFER_ROUND_CREATED",
                "transfer_round",
                id,
                null,
                Map.of(
                        "academic_year", academicYear,
                        "opens_on", opensOn.toString(),
                        "closes_on", closesOn.toString(),
                        "effective_on", effective.toString()));
        return id;
    }

    /** DRAFT → OPEN: requests may be filed in the window. */
    @Transactional
    void open(long id, KhetUser by) {
        step(id, TransferRound.State.DRAFT, TransferRound.State.OPEN, "TRANSFER_ROUND_OPENED", by);
    }

    /** OPEN → CLOSED: no more requests; the group scores them. */
    @Transactional
    void close(long id, KhetUser by) {
        step(id, TransferRound.State.OPEN, TransferRound.State.CLOSED, "TRANSFER_ROUND_CLOSED", by);
    }

    /**
     * CLOSED → RANKED: the ranking is published to the area's staff and every applicant; refused while a request
     * lacks a score on a criterion of the round.
     */
    @Transactional
    void publish(long id, KhetUser by, int unscored) {
        if (unscored > 0) {
            throw RejectedException.of(
                    "scores", Texts.of("personnel.transfer.round.unscored", String.valueOf(unscored)));
        }
        step(id, TransferRound.State.CLOSED, TransferRound.State.RANKED, "TRANSFER_RANKING_PUBLISHED", by);
        jdbc.sql("update personnel.transfer_round set published_at = now() where id = :id")
                .param("id", id)
                .update();
    }

    /** RANKED → DECIDED, within the caller's transaction (the moves are made in it). */
    void decided(long id, KhetUser by) {
        step(id, TransferRound.State.RANKED, TransferRound.State.DECIDED, "TRANSFER_ROUND_DECIDED", by);
        jdbc.sql("update personnel.transfer_round set decided_at = now(), decided_by = :by where id = :id")
                .param("id", id)
                .param("by", by.id())
                .update();
    }

    private void step(long id, TransferRound.State from, TransferRound.State to, String action, KhetUser by) {
        TransferRound round = locked(id);
        checkManages(by, round.areaId());
        if (round.state() != from) {
            throw RejectedException.of(
                    "state",
                    Texts.of(
                            "personnel.transfer.round.wrongState",
                            Texts.of("personnel.transfer.state." + from.name()).th(),
                            Texts.of("personnel.transfer.state." + from.name()).en()));
        }
        jdbc.sql("update personnel.transfer_round set state = :s where id = :id")
                .param("s", to.name())
                .param("id", id)
                .update();
        audit.changedBy(
                by,
                round.areaId(),
                action,
                "transfer_round",
                id,
                Map.of("state", from.name()),
                Map.of("state", to.name()));
    }
}
