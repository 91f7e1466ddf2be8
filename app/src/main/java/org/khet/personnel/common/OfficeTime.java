package org.khet.personnel.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Thailand's time zone, in which the office's days begin and end: a leave day, a retirement year, a rule coming into
 * force are all counted in it, whatever zone the machine or a test's clock is in.
 */
public final class OfficeTime {

    public static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    private OfficeTime() {}

    /** The office's day now by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(THAILAND));
    }
}
