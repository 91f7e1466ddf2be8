package org.khet.personnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a round's pool is shared among the area's schools and the office's own units, computed in one place so the page
 * can explain each figure. A base part (the pool less the quality share) goes by each school's criterion teachers and
 * each unit's government staff with a salary on record (an office unit has no staffing criterion, so the people it
 * has are what it counts); the quality part by those people × the weight of the school's colour group — a unit has no
 * colour group (no O-NET of its own), so it takes the rule's weight for a place without results. A school receives the whole part of its share
 * (whole baht for a POOL round, whole people for a HEADCOUNT round). Under HEADCOUNT a school whose share is less than
 * one person receives nothing alone: its fraction is pooled in its cluster (its network), which receives the whole
 * part of its schools' fractions. A unit is never pooled in a cluster: it receives the whole part of its share and its
 * remainder is held centrally, like what no school or cluster receives.
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

    /** One of the office's units as the allocation sees it: its government staff with a salary on record. */
    record Unit(long id, String code, String name, int staff) {}

    /** One unit's share and the whole part it receives. */
    record UnitShare(Unit unit, BigDecimal weight, BigDecimal baseShare, BigDecimal qualityShare, BigDecimal received) {

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
            List<UnitShare> units,
            BigDecimal heldCentrally) {}

    private static final int SCALE = 4;

    static Result allocate(SalaryRound.Method method, BigDecimal pool, SalaryRules.Rule rule, List<School> schools) {
        return allocate(method, pool, rule, schools, List.of());
    }

    static Result allocate(
            SalaryRound.Method method, BigDecimal pool, SalaryRules.Rule rule, List<School> schools, List<Unit> units) {
        BigDecimal qualityPart =
                pool.multiply(rule.qualitySharePercent()).divide(BigDecimal.valueOf(100), SCALE, RoundingMode.HALF_UP);
        BigDecimal basePart = pool.subtract(qualityPart);
        BigDecimal unitWeight = rule.weight(null);
        int unitStaff = units.stream().mapToInt(Unit::staff).sum();
        int teachers = schools.stream().mapToInt(School::criterionTeachers).sum() + unitStaff;
        BigDecimal weighted = schools.stream()
                .map(s -> rule.weight(s.group()).multiply(BigDecimal.valueOf(s.criterionTeachers())))
                .reduce(unitWeight.multiply(BigDecimal.valueOf(unitStaff)), BigDecimal::add);
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
        List<UnitShare> unitShares = new ArrayList<>();
        for (Unit u : units) {
            BigDecimal staff = BigDecimal.valueOf(u.staff());
            BigDecimal base = part(basePart, staff, BigDecimal.valueOf(teachers));
            BigDecimal quality = part(qualityPart, unitWeight.multiply(staff), weighted);
            BigDecimal received = base.add(quality).setScale(0, RoundingMode.DOWN);
            given = given.add(received);
            unitShares.add(new UnitShare(u, unitWeight, base, quality, received));
        }
        return new Result(
                basePart, qualityPart, teachers, weighted, shares, clusters, unitShares, pool.subtract(given));
    }

    private static BigDecimal part(BigDecimal amount, BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return amount.multiply(numerator).divide(denominator, SCALE, RoundingMode.DOWN);
    }
}
