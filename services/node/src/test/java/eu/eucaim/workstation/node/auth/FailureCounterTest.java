package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FailureCounterTest {
    private final MovableClock clock = new MovableClock();
    private final FailureCounter counter = new FailureCounter(AuthPolicy.PER_ACCOUNT, clock, 1_000);

    /** Fails {@code n} attempts in a row, each as soon as it is allowed. */
    private void failNow(int n) {
        for (int i = 0; i < n; i++) {
            counter.limit("admin").ifPresent(l -> clock.now = clock.now.plus(l.retryAfter()));
            assertThat(counter.begin("admin")).isEmpty();
        }
    }

    @Test
    void fromTheFifthFailureTheNextAttemptWaitsLongerEachTimeAndTheTenthLocks() {
        failNow(4);
        assertThat(counter.limit("admin")).isEmpty();
        List<Duration> waits = new ArrayList<>();
        for (int i = 5; i <= 10; i++) {
            failNow(1);
            FailureCounter.Limit l = counter.limit("admin").orElseThrow();
            waits.add(l.retryAfter());
            assertThat(l.locked()).isEqualTo(i == 10);
        }
        assertThat(waits)
                .containsExactly(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(8),
                        Duration.ofSeconds(16),
                        Duration.ofMinutes(5));
    }

    @Test
    void whileAKeyMustWaitNoAttemptIsCountedSoTheLockEndsOnTime() {
        failNow(10);
        for (int i = 0; i < 200; i++) {
            clock.now = clock.now.plusSeconds(1);
            assertThat(counter.begin("admin"))
                    .as("attempt %d during the lock", i)
                    .isPresent();
        }
        // 200 refused attempts later the lock still ends 5 minutes after the tenth failure.
        clock.now = clock.now.plus(Duration.ofMinutes(5)).minusSeconds(200);
        assertThat(counter.begin("admin")).isEmpty();
        assertThat(counter.failures("admin")).isEqualTo(11);
    }

    @Test
    void aFailureAfterALockLocksAgainButOnlyForTheLockTime() {
        failNow(10);
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertThat(counter.begin("admin")).isEmpty(); // the 11th, failed
        assertThat(counter.limit("admin")).contains(new FailureCounter.Limit(Duration.ofMinutes(5), true));
    }

    @Test
    void failuresAreForgottenAfterAQuarterOfAnHourAndASuccessIsForgiven() {
        failNow(9);
        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertThat(counter.failures("admin")).isZero();
        assertThat(counter.begin("admin")).isEmpty();
        assertThat(counter.failures("admin")).isEqualTo(1);
        counter.forgive("admin");
        assertThat(counter.failures("admin")).isZero();
    }

    @Test
    void parallelAttemptsGetNoFurtherThanSequentialOnes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Optional<FailureCounter.Limit>>> answers = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return counter.begin("admin");
                }));
            }
            start.countDown();
            int admitted = 0;
            for (Future<Optional<FailureCounter.Limit>> a : answers) {
                admitted += a.get().isEmpty() ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(AuthPolicy.PER_ACCOUNT.delayAfter());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFloodOfNamesKeepsAtMostTheCapacityDroppingTheOldestFirst() {
        FailureCounter small = new FailureCounter(AuthPolicy.PER_ACCOUNT, clock, 100);
        for (int i = 0; i < 10; i++) {
            small.begin("victim");
        }
        for (int i = 0; i < 1_000; i++) {
            clock.now = clock.now.plusMillis(1);
            small.begin("made-up-" + i);
            assertThat(small.size()).isLessThanOrEqualTo(100);
        }
        assertThat(small.failures("made-up-999")).isEqualTo(1);
    }
}
