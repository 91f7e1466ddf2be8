package org.khet.personnel.development;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How many hours a record may claim: more than none, in whole or half hours, and no more than {@link #PER_DAY} for
 * each day from its first to its last (a one-day seminar is not 30 hours).
 */
public final class TrainingHours {

    /** The most hours one day of development may count. */
    public static final BigDecimal PER_DAY = new BigDecimal("12");

    private TrainingHours() {}

    /** The most hours a record from {@code first} to {@code last} may claim. */
    public static BigDecimal most(LocalDate first, LocalDate last) {
        return PER_DAY.multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(first, last) + 1));
    }

    /** Whether {@code hours} is more than none, at most {@code most}, in steps of half an hour. */
    public static boolean sensible(BigDecimal hours, BigDecimal most) {
        return hours != null
                && hours.signum() > 0
                && hours.compareTo(most) <= 0
                && hours.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
    }

    /** {@code hours} without trailing zeros (20.0 as 20, 7.50 as 7.5), for display and answers; null stays null. */
    public static BigDecimal plain(BigDecimal hours) {
        if (hours == null) {
            return null;
        }
        BigDecimal stripped = hours.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
