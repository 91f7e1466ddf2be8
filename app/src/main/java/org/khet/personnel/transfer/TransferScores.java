package org.khet.personnel.transfer;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personnel group's scores of a closed round's requests: per criterion of the round (those in force on its
 * opening day), from 0 to the criterion's maximum — a score beyond it is refused and nothing is saved; the total is
 * their sum. Every scoring is audited.
 */
@Component
class TransferScores {

    private final JdbcClient jdbc;
    private final TransferRounds rounds;
    private final TransferRules rules;
    private final TransferRequests requests;
    private final AuditLog audit;

    TransferScores(
            JdbcClient jdbc, TransferRounds rounds, TransferRules rules, TransferRequests requests, AuditLog audit) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.rules = rules;
        this.requests = requests;
        this.audit = audit;
    }

    /** The criteria a round scores by: those in force on its opening day. */
    List<TransferRules.Criterion> criteriaOf(TransferRound round) {
        return rules.criteriaOn(round.opensOn());
    }

    /** Scores the request: {@code points} by criterion code; the criteria not named keep their score. */
    @Transactional
    void score(long requestId, Map<String, BigDecimal> points, KhetUser by) {
        TransferRequest r = requests.get(requestId);
        TransferRound round = rounds.locked(r.roundId());
        rounds.checkManages(by, round.areaId());
        if (!round.closed() || !r.filed()) {
            throw RejectedException.of("state", Texts.of("personnel.transfer.score.notClosed"));
        }
        Map<String, TransferRules.Criterion> criteria = new HashMap<>();
        criteriaOf(round).forEach(c -> criteria.put(c.code(), c));
        for (Map.Entry<String, BigDecimal> e : points.entrySet()) {
            TransferRules.Criterion c = criteria.get(e.getKey());
            if (c == null) {
                throw new NotFoundException("transfer criterion " + e.getKey());
            }
            BigDecimal p = e.getValue();
            if (p == null || p.signum() < 0 || p.compareTo(c.maxPoints()) > 0) {
                throw RejectedException.of(
                        c.code(),
                        Texts.of(
                                "personnel.transfer.score.beyondMax",
                                c.labelTh(),
                                c.labelEn(),
                                c.maxPoints().stripTrailingZeros().toPlainString()));
            }
        }
        for (Map.Entry<String, BigDecimal> e : points.entrySet()) {
            jdbc.sql("""
                            insert into personnel.transfer_score (request_id, criterion_id, points, scored_by)
                            values (:r, :c, :p, :by)
                            on conflict (request_id, criterion_id) do update set points = excluded.points,
                                scored_by = excluded.scored_by, scored_at = now()""")
                    .param("r", requestId)
                    .param("c", criteria.get(e.getKey()).id())
                    .param("p", e.getValue())
                    .param("by", by.id())
                    .update();
        }
        audit.changedBy(by, round.areaId(), "TRANSFER_SCORED", "transfer_request", requestId, null, points);
    }

    /** Each filed request's scores: request id → criterion code → points. */
    Map<Long, Map<String, BigDecimal>> of(long roundId) {
        Map<Long, Map<String, BigDecimal>> scores = new HashMap<>();
        jdbc.sql("""
                        select s.request_id, c.code, s.points from personnel.transfer_score s
                        join personnel.transfer_criterion c on c.id = s.criterion_id
                        join personnel.transfer_request r on r.id = s.request_id
                        where r.round_id = :r and r.state = 'FILED'""")
                .param("r", roundId)
                .query((rs, n) -> scores.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .put(rs.getString(2), rs.getBigDecimal(3)))
                .list();
        return scores;
    }

    /** Each filed request's total: request id → the sum of its points (zero when not scored). */
    Map<Long, BigDecimal> totals(long roundId) {
        Map<Long, BigDecimal> totals = new HashMap<>();
        of(roundId)
                .forEach((id, byCode) ->
                        totals.put(id, byCode.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
        return totals;
    }

    /** How many (request, criterion) scores of the round's filed requests are still missing. */
    int unscored(TransferRound round) {
        int criteria = criteriaOf(round).size();
        int filed = requests.filed(round.id()).size();
        int given = of(round.id()).values().stream().mapToInt(Map::size).sum();
        return Math.max(filed * criteria - given, 0);
    }
}
