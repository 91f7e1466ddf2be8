package org.khet.personnel.development;

import java.math.BigDecimal;

/**
 * A person's development in a fiscal year: verified hours (the ones that count), hours still waiting, and the hours
 * expected of their group ({@code expectedHours} null when no rule sets a target for them, e.g. a janitor).
 * {@code schoolCode} is null for the office's staff, whose unit {@code unitNameTh} names.
 */
public record DevelopmentRow(
        long personId,
        String title,
        String firstNameTh,
        String lastNameTh,
        Long schoolId,
        String schoolCode,
        String schoolNameTh,
        String unitNameTh,
        String positionTh,
        DevelopmentGroup group,
        BigDecimal verifiedHours,
        BigDecimal pendingHours,
        BigDecimal expectedHours) {

    public DevelopmentRow {
        verifiedHours = TrainingHours.plain(verifiedHours);
        pendingHours = TrainingHours.plain(pendingHours);
        expectedHours = TrainingHours.plain(expectedHours);
    }

    public String fullName() {
        return (title == null ? "" : title) + firstNameTh + " " + lastNameTh;
    }

    public String placeName() {
        return schoolCode != null ? schoolNameTh : unitNameTh;
    }

    public boolean hasTarget() {
        return expectedHours != null;
    }

    /** Whether the verified hours are fewer than the target. */
    public boolean below() {
        return expectedHours != null && verifiedHours.compareTo(expectedHours) < 0;
    }

    /** The hours still missing to the target, none when reached or without one. */
    public BigDecimal missing() {
        return below() ? TrainingHours.plain(expectedHours.subtract(verifiedHours)) : BigDecimal.ZERO;
    }

    /** How far to the target, 0–100, for a progress bar. */
    public int percent() {
        if (expectedHours == null || expectedHours.signum() == 0) {
            return 100;
        }
        return Math.min(
                100,
                verifiedHours
                        .multiply(BigDecimal.valueOf(100))
                        .divide(expectedHours, 0, java.math.RoundingMode.DOWN)
                        .intValue());
    }
}
