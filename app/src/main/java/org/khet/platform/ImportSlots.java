package org.khet.platform;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many imports run at once. Each holds its file's rows in memory while it checks and stages them, so a few large
 * uploads at the same moment would approach the heap; the next one waits for a slot and is refused, changing
 * nothing, when none frees in time.
 */
@Component
public class ImportSlots {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final Semaphore slots;

    ImportSlots(@Value("${khet.imports.concurrent:2}") int concurrent) {
        this.slots = new Semaphore(Math.max(1, concurrent), true);
    }

    public <T> T run(Supplier<T> importing) {
        if (!acquire()) {
            throw RejectedException.of("file", Texts.of("platform.importSlots.khetBusyImportingOther"));
        }
        try {
            return importing.get();
        } finally {
            slots.release();
        }
    }

    private boolean acquire() {
        try {
            return slots.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
