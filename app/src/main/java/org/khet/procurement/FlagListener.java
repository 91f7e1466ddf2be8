package org.khet.procurement;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Recomputes the red flags after every committed change of a procurement: its own indicators and those over its
 * buyer's fiscal year. Runs after the commit, at least once (the event publication registry retries it).
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
}
