package org.khet.notifications;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends what is due from the outbox, on one thread of its own: every {@code khet.notifications.dispatch-delay}, and
 * right after a transaction that wrote deliveries commits, so nobody waits for the next round. A failed row is
 * tried again after the next of {@code khet.notifications.retry-delays}, then gives up; each row on its own, so a
 * failing SMS never sends the e-mail of the same message again. Each row is claimed just before it is sent, for
 * {@code khet.notifications.lease}, which must outlast one send (the HTTP senders give up after 15 s, SMTP after
 * its {@code spring.mail} timeouts): a slow gateway then never lets another instance take a row that is still
 * waiting its turn. A row whose lease ends on its last attempt (its instance died sending it) gives up rather than
 * being taken again, so a crash on every send cannot keep a secret forever. Logs ids and channels, never a
 * message's text, secret or address.
 */
@Component
class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final int MAX_ERROR = 500;

    private final Outbox outbox;
    private final Map<Channel, Sender> senders;
    private final List<Duration> retryDelays;
    private final Duration lease;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "notifications-dispatch");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    Dispatcher(
            Outbox outbox,
            List<Sender> senders,
            @Value("${khet.notifications.retry-delays:1m,5m,30m,2h}") List<Duration> retryDelays,
            @Value("${khet.notifications.lease:5m}") Duration lease) {
        this.outbox = outbox;
        this.senders = senders.stream().collect(Collectors.toMap(Sender::channel, Function.identity()));
        this.retryDelays = List.copyOf(retryDelays);
        this.lease = lease;
    }

    @Scheduled(
            fixedDelayString = "${khet.notifications.dispatch-delay:30s}",
            initialDelayString = "${khet.notifications.dispatch-delay:30s}")
    void everyFewSeconds() {
        wake();
    }

    /** Dispatches once the current transaction commits (at once when there is none); nothing if it rolls back. */
    void wakeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wake();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake();
            }
        });
    }

    /** Asks for a round; a round already waiting to start will see whatever is due by then. */
    void wake() {
        if (queued.compareAndSet(false, true)) {
            thread.execute(() -> {
                queued.set(false);
                try {
                    dispatchDue();
                } catch (RuntimeException e) {
                    log.warn("A notifications round stopped early; the next one takes over", e);
                }
            });
        }
    }

    /** Sends everything due now, one row at a time; answers how many rows it tried. */
    int dispatchDue() {
        int tried = 0;
        int maxAttempts = retryDelays.size() + 1;
        for (Optional<Delivery> next = outbox.claimNext(lease, maxAttempts);
                next.isPresent();
                next = outbox.claimNext(lease, maxAttempts)) {
            deliver(next.get());
            tried++;
        }
        return tried;
    }

    private void deliver(Delivery d) {
        try {
            senders.get(d.channel()).send(d);
        } catch (DeliveryFailed e) {
            failed(d, e.getMessage(), e.permanent());
            return;
        } catch (RuntimeException e) {
            failed(d, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
            return;
        }
        recordSent(d);
    }

    /**
     * The gateway took it: a failure to record that is not a failure to send, so the row is not marked failed and
     * sent again at once (a first password twice). It stays SENDING under its claim until its lease ends; only then
     * is it due again, unless that was its last attempt, when it gives up.
     */
    private void recordSent(Delivery d) {
        try {
            outbox.sent(d);
        } catch (RuntimeException e) {
            log.error(
                    "Delivery {} by {} went out on attempt {} but could not be recorded as sent; it stays claimed"
                            + " until its lease of {} ends",
                    d.id(),
                    d.channel(),
                    d.attempts(),
                    lease,
                    e);
        }
    }

    private void failed(Delivery d, String error, boolean permanent) {
        Duration retryIn = permanent || d.attempts() > retryDelays.size() ? null : retryDelays.get(d.attempts() - 1);
        // The error stays in the row for the administrator: a mail server's message may name the recipient.
        log.info(
                "Delivery {} by {} failed on attempt {}; {}",
                d.id(),
                d.channel(),
                d.attempts(),
                retryIn == null ? "giving up" : "next in " + retryIn);
        String kept = error == null ? "" : error;
        outbox.failed(d, kept.length() > MAX_ERROR ? kept.substring(0, MAX_ERROR) : kept, retryIn);
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
