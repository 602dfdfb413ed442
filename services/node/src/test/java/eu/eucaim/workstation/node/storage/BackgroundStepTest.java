package eu.eucaim.workstation.node.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundStepTest {
    @Test
    void aWaiterGoesOnOnceTheStepIsDone() throws Exception {
        BackgroundStep step = new BackgroundStep("the demo cohorts");
        CompletableFuture<Void> waiter = CompletableFuture.runAsync(step::await);
        Thread.sleep(100);
        assertThat(waiter).isNotDone();
        step.run(() -> {});
        waiter.get(5, TimeUnit.SECONDS);
        assertThat(step.isDone()).isTrue();
        assertThat(step.whenDone()).isCompleted();
    }

    @Test
    void aFailedStepSaysWhatIsMissingAndWhy() {
        BackgroundStep step = new BackgroundStep("the demo cohorts");
        assertThatThrownBy(() -> step.run(() -> {
                    throw new IllegalStateException("disk full");
                }))
                .hasMessage("disk full");
        assertThatThrownBy(step::await)
                .isInstanceOf(StorageException.class)
                .isNotInstanceOf(StillPreparingException.class)
                .hasMessage("The node could not prepare the demo cohorts: disk full");
        assertThat(step.isDone()).isFalse();
    }

    @Test
    void anAbandonedStepAnswersAtOnce() {
        BackgroundStep step = new BackgroundStep("the demo users");
        step.abandon("The node closed before it created the demo users");
        assertThatThrownBy(step::await)
                .hasMessage("The node could not prepare the demo users: The node closed before it created the demo"
                        + " users");
    }
}
