package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.khet.shared.RejectedException;
import org.springframework.util.unit.DataSize;

/** A decode that overruns its deadline is aborted, and decodes together never reserve more than the budget. */
class DecodeBudgetTest {

    private final DecodeBudget budget = new DecodeBudget(DataSize.ofMegabytes(100), Duration.ofMillis(300));

    /** Runs until it is aborted, as a decoder told to stop does. */
    private static final class Endless implements DecodeBudget.Decode<String> {
        final CountDownLatch aborted = new CountDownLatch(1);

        @Override
        public String call() throws InterruptedException {
            aborted.await(10, TimeUnit.SECONDS);
            return "never used";
        }

        @Override
        public void abort() {
            aborted.countDown();
        }
    }

    @Test
    void aDecodeOverItsDeadlineIsAbortedAndAnswersNothing() {
        Endless decode = new Endless();
        long start = System.nanoTime();

        assertThat(budget.run(1024, decode)).isEmpty();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(decode.aborted.getCount()).isZero();
        assertThat(budget.run(1024, () -> "next")).contains("next");
    }

    @Test
    void aDecodeThatFindsTheMemoryTakenIsRefusedAndOneThatNeverFitsIsToldSo() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Like an image decoder, it does not stop when interrupted: it keeps its memory until it ends.
        Thread first = new Thread(() -> budget.run(90L * 1024 * 1024, () -> {
            holding.countDown();
            while (release.getCount() > 0) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException ignored) {
                    // keeps running, as a decoder would
                }
            }
            return "done";
        }));
        first.start();
        assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> budget.run(20L * 1024 * 1024, () -> "second"))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("busy");
        assertThat(budget.fits(101L * 1024 * 1024)).isFalse();

        release.countDown();
        first.join();
    }
}
