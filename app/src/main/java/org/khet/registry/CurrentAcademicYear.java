package org.khet.registry;

import java.time.Clock;
import java.time.LocalDate;
import org.khet.thai.AcademicYear;
import org.springframework.stereotype.Component;

/** The academic year (Buddhist Era) in progress today, for imports that do not name one. */
@Component
class CurrentAcademicYear {

    private final Clock clock;

    CurrentAcademicYear(Clock clock) {
        this.clock = clock;
    }

    int get() {
        return AcademicYear.of(LocalDate.now(clock)).buddhistYear();
    }
}
