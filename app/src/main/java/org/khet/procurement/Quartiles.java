package org.khet.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The median, quartiles and upper fence of a set of unit prices, in exact baht: the inclusive method (Excel's
 * {@code QUARTILE.INC}, PostgreSQL's {@code percentile_cont}), where the p-quantile of n sorted values lies at
 * position p(n - 1) counted from 0, between the two values around it in proportion. Each figure is worked out
 * exactly from the prices and only then rounded half-up to satang; the upper fence (Q3 + 1.5 IQR) is worked out from
 * the exact quartiles, so that rounding never moves a price across it.
 */
record Quartiles(BigDecimal q1, BigDecimal median, BigDecimal q3, BigDecimal upperFence) {

    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal THREE_QUARTERS = new BigDecimal("0.75");
    private static final BigDecimal ONE_AND_A_HALF = new BigDecimal("1.5");

    /** The figures of {@code prices} (at least one, in any order). */
    static Quartiles of(List<BigDecimal> prices) {
        if (prices.isEmpty()) {
            throw new IllegalArgumentException("no prices");
        }
        List<BigDecimal> sorted = prices.stream().sorted().toList();
        BigDecimal q1 = quantile(sorted, QUARTER);
        BigDecimal q3 = quantile(sorted, THREE_QUARTERS);
        BigDecimal fence = q3.add(q3.subtract(q1).multiply(ONE_AND_A_HALF));
        return new Quartiles(baht(q1), baht(quantile(sorted, HALF)), baht(q3), baht(fence));
    }

    /** The exact p-quantile of {@code sorted} by the inclusive method. */
    private static BigDecimal quantile(List<BigDecimal> sorted, BigDecimal p) {
        BigDecimal position = p.multiply(BigDecimal.valueOf(sorted.size() - 1L));
        int below = position.intValue();
        BigDecimal low = sorted.get(below);
        if (below + 1 >= sorted.size()) {
            return low;
        }
        BigDecimal share = position.subtract(BigDecimal.valueOf(below));
        return low.add(sorted.get(below + 1).subtract(low).multiply(share));
    }

    private static BigDecimal baht(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.HALF_UP);
    }
}
