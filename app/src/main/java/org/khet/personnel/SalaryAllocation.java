package org.khet.personnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a round's pool is shared among the area's schools, computed in one place so the page can explain each figure.
 * A base part (the pool less the quality share) goes by each school's criterion teachers; the quality part by
 * criterion teachers × the weight of the school's colour group. A school receives the whole part of its share
 * (whole baht for a POOL round, whole people for a HEADCOUNT round). Under HEADCOUNT a school whose share is less than
 * one person receives nothing alone: its fraction is pooled in its cluster (its network), which receives the whole
 * part of its schools' fractions. What no school or cluster receives is held centrally by the office.
 */
final class SalaryAllocation {

    private SalaryAllocation() {}

    /** One school as the allocation sees it. */
    record School(long id, String code, String name, String cluster, int criterionTeachers, String group) {}

    /** One school's share and what it receives; {@code pooled} when its fraction went to its cluster. */
    record Share(
            School school,
            BigDecimal weight,
            BigDecimal baseShare,
            BigDecimal qualityShare,
            BigDecimal received,
            boolean pooled) {

        public BigDecimal total() {
            return baseShare.add(qualityShare);
        }
    }

    /** A cluster of small schools: their fractions added and the whole part it receives. */
    record Cluster(String name, BigDecimal fractions, BigDecimal received) {}

    /** The whole allocation. */
    record Result(
            BigDecimal basePart,
            BigDecimal qualityPart,
            int criterionTeachers,
            BigDecimal weightedTeachers,
            List<Share> shares,
            List<Cluster> clusters,
            BigDecimal heldCentrally) {}

    private static final int SCALE = 4;

    static Result allocate(SalaryRound.Method method, BigDecimal pool, SalaryRules.Rule rule, List<School> schools) {
        BigDecimal qualityPart =
                pool.multiply(rule.qualitySharePercent()).divide(BigDecimal.valueOf(100), SCALE, RoundingMode.HALF_UP);
        BigDecimal basePart = pool.subtract(qualityPart);
        int teachers = schools.stream().mapToInt(School::criterionTeachers).sum();
        BigDecimal weighted = schools.stream()
                .map(s -> rule.weight(s.group()).multiply(BigDecimal.valueOf(s.criterionTeachers())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Share> shares = new ArrayList<>();
        Map<String, BigDecimal> fractions = new LinkedHashMap<>();
        BigDecimal given = BigDecimal.ZERO;
        for (School s : schools) {
            BigDecimal weight = rule.weight(s.group());
            BigDecimal base = part(basePart, BigDecimal.valueOf(s.criterionTeachers()), BigDecimal.valueOf(teachers));
            BigDecimal quality =
                    part(qualityPart, weight.multiply(BigDecimal.valueOf(s.criterionTeachers())), weighted);
            BigDecimal total = base.add(quality);
            boolean pooled =
                    method == SalaryRound.Method.HEADCOUNT && total.signum() > 0 && total.compareTo(BigDecimal.ONE) < 0;
            BigDecimal received = pooled ? BigDecimal.ZERO : total.setScale(0, RoundingMode.DOWN);
            if (pooled) {
                fractions.merge(s.cluster(), total, BigDecimal::add);
            }
            given = given.add(received);
            shares.add(new Share(s, weight, base, quality, received, pooled));
        }
        List<Cluster> clusters = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> f : fractions.entrySet()) {
            BigDecimal received = f.getValue().setScale(0, RoundingMode.DOWN);
            clusters.add(new Cluster(f.getKey(), f.getValue(), received));
            given = given.add(received);
        }
        return new Result(basePart, qualityPart, teachers, weighted, shares, clusters, pool.subtract(given));
    }

    private static BigDecimal part(BigDecimal amount, BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return amount.multiply(numerator).divide(denominator, SCALE, RoundingMode.DOWN);
    }
}
