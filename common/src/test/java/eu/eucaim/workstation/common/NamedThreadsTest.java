package eu.eucaim.workstation.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NamedThreadsTest {
    @Test
    void threadsAreDaemonsNamedInOrder() {
        NamedThreads factory = NamedThreads.daemon("eucaim-io");
        Thread first = factory.newThread(() -> {});
        Thread second = factory.newThread(() -> {});
        assertThat(first.getName()).isEqualTo("eucaim-io");
        assertThat(second.getName()).isEqualTo("eucaim-io-2");
        assertThat(first.isDaemon()).isTrue();
        assertThat(second.isDaemon()).isTrue();
        assertThat(first.getPriority()).isEqualTo(Thread.NORM_PRIORITY);
    }

    @Test
    void belowNormalPriorityKeepsTheName() {
        Thread t = NamedThreads.daemon("viewer-decode").belowNormalPriority().newThread(() -> {});
        assertThat(t.getName()).isEqualTo("viewer-decode");
        assertThat(t.getPriority()).isEqualTo(Thread.NORM_PRIORITY - 1);
        assertThat(t.isDaemon()).isTrue();
    }

    @Test
    void startRunsTheTaskOnItsOwnDaemonThread() throws Exception {
        CompletableFuture<String> ranOn = new CompletableFuture<>();
        Thread t = NamedThreads.start(
                "cohort-index", () -> ranOn.complete(Thread.currentThread().getName()));
        assertThat(ranOn.get(5, TimeUnit.SECONDS)).isEqualTo("cohort-index");
        assertThat(t.isDaemon()).isTrue();
    }

    @Test
    void aBlankNameIsRefused() {
        assertThatThrownBy(() -> NamedThreads.daemon(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
