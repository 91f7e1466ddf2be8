package org.khet.personnel;

import java.time.LocalDate;
import org.khet.thai.FiscalYear;

/**
 * The day a government official retires: the last day (30 September) of the fiscal year in which they reach the age
 * of retirement. In Thai law one reaches an age on the day before the birthday (the Age Computation Act B.E. 2481),
 * so someone born on 1 October reaches 60 on 30 September and retires that very day; someone born on 2 October
 * reaches it on 1 October, in the next fiscal year, and retires a year later.
 */
final class Retirement {

    private Retirement() {}

    /** The day someone born on {@code birthDate} reaches {@code age}: the day before that birthday. */
    static LocalDate reachesAge(LocalDate birthDate, int age) {
        // plusYears takes 29 February to 28 February in a year without it; the day before is then 27 February,
        // which is in the same fiscal year as the 28th, so the retirement date is the same either way.
        return birthDate.plusYears(age).minusDays(1);
    }

    /** The day someone born on {@code birthDate} retires at {@code age}. */
    static LocalDate retiresOn(LocalDate birthDate, int age) {
        return FiscalYear.of(reachesAge(birthDate, age)).end();
    }
}
