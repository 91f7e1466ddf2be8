package org.khet.procurement;

import org.khet.thai.FiscalYear;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.stereotype.Component;

/**
 * Recomputes the red flags after every committed change of a procurement (its own indicators and those over its
 * buyer's fiscal year; after the commit, at least once: the event publication registry retries it), and every day
 * for the fiscal year under way, so that a threshold coming into force, a supplier newly debarred or a day's
 * purchases of other buyers change the answers without waiting for each procurement to change.
 */
@Component
class FlagListener {

    private final FlagComputation computation;

    FlagListener(FlagComputation computation) {
        this.computation = computation;
    }

    @ApplicationModuleListener
    void on(ProcurementChanged change) {
        computation.changed(change);
    }

    /** A new day in Thai time: the whole fiscal year under way, a few statements per indicator. */
    @EventListener
    void on(DayHasPassed day) {
        computation.year(FiscalYear.of(computation.today()).buddhistYear(), null);
    }
}
