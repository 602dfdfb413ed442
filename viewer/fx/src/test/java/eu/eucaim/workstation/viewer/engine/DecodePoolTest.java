package eu.eucaim.workstation.viewer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DecodePoolTest {
    @Test
    void isQuietOnlyOnceNothingIsQueuedOrRunningAndForAsLongAsAsked() throws Exception {
        try (DecodePool pool = new DecodePool(1, "decode-test")) {
            assertThat(pool.quietFor(0)).isTrue();
            CountDownLatch running = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch queuedRan = new CountDownLatch(1);
            pool.background(() -> {
                running.countDown();
                await(release);
            });
            pool.urgent(queuedRan::countDown); // waits behind the running one: one thread

            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(pool.quietFor(0)).as("a task running, one queued").isFalse();
            release.countDown();
            assertThat(queuedRan.await(10, TimeUnit.SECONDS)).isTrue();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!pool.quietFor(0) && System.nanoTime() < until) {
                Thread.sleep(1);
            }
            assertThat(pool.quietFor(0)).as("both ended").isTrue();
            assertThat(pool.quietFor(60_000)).as("but not for a minute yet").isFalse();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aClosedPoolWithTasksLeftInItsQueueIsQuiet() throws Exception {
        DecodePool pool = new DecodePool(1, "decode-test");
        CountDownLatch release = new CountDownLatch(1);
        pool.background(() -> await(release));
        pool.background(() -> {});
        pool.close(); // the second never runs
        release.countDown();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!pool.quietFor(0) && System.nanoTime() < until) {
            Thread.sleep(1);
        }
        assertThat(pool.quietFor(0)).isTrue();
    }
}
