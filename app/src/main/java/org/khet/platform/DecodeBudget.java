package org.khet.platform;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Memory and time for decoding untrusted files (photos, PDFs). Each decode first reserves the memory its header says
 * it needs from one budget shared by all requests, so two large uploads at once cannot exhaust the heap, and runs on
 * a worker with a deadline, so a pathological file answers at once instead of holding a request for minutes. A
 * decode that overruns its deadline is aborted where the decoder allows it; until it stops it keeps its reservation.
 */
@Component
class DecodeBudget {

    private static final long MB = 1024 * 1024;

    /** A decode that may be asked to stop early from another thread. */
    interface Decode<T> extends Callable<T> {
        default void abort() {}
    }

    private final int megabytes;
    private final Semaphore free;
    private final Duration deadline;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "khet-decode");
        t.setDaemon(true);
        return t;
    });

    DecodeBudget(
            @Value("${khet.uploads.decode-memory:400MB}") DataSize memory,
            @Value("${khet.uploads.decode-timeout:10s}") Duration deadline) {
        this.megabytes = (int) Math.max(1, memory.toMegabytes());
        this.free = new Semaphore(megabytes, true);
        this.deadline = deadline;
    }

    /** Whether a decode needing this many bytes can ever fit the budget. */
    boolean fits(long bytes) {
        return megabytesOf(bytes) <= megabytes;
    }

    /**
     * Runs the decode within the budget: empty when it overran its deadline or failed. Refuses at once (the
     * request changes nothing) when other decodes hold the memory for longer than the deadline.
     */
    <T> Optional<T> run(long bytes, Decode<T> decode) {
        int needed = Math.min(megabytes, megabytesOf(bytes));
        if (!acquire(needed)) {
            throw RejectedException.of("files", Texts.of("platform.file.busy"));
        }
        Future<T> result;
        try {
            result = workers.submit(() -> {
                try {
                    return decode.call();
                } finally {
                    free.release(needed);
                }
            });
        } catch (RuntimeException e) {
            free.release(needed);
            throw e;
        }
        try {
            return Optional.ofNullable(result.get(deadline.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            decode.abort();
            result.cancel(true);
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            decode.abort();
            return Optional.empty();
        }
    }

    private boolean acquire(int needed) {
        try {
            return free.tryAcquire(needed, deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int megabytesOf(long bytes) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (bytes + MB - 1) / MB));
    }
}
