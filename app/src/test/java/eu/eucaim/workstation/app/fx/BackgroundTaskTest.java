package eu.eucaim.workstation.app.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {
    /** A UI thread the test drains by hand, to see what is pending. */
    static final class ManualUi implements Executor {
        final Queue<Runnable> pending = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            pending.add(command);
        }

        void drain() {
            while (!pending.isEmpty()) {
                pending.poll().run();
            }
        }
    }

    final List<String> shown = new ArrayList<>();

    @Test
    void theLatestAnswerWinsAndAnOlderOneIsDropped() {
        BackgroundTask task = new BackgroundTask(UiThread.sameThread());
        CompletableFuture<String> slow = new CompletableFuture<>();
        CompletableFuture<String> fast = new CompletableFuture<>();
        task.next().deliver(slow, shown::add, f -> shown.add("failed"));
        task.next().deliver(fast, shown::add, f -> shown.add("failed"));
        fast.complete("new");
        slow.complete("old");
        assertThat(shown).containsExactly("new");
        assertThat(slow).as("a shared future is not cancelled by a newer run").isNotCancelled();
    }

    @Test
    void aNewerRunCancelsTheWorkTheOlderOneRegistered() {
        BackgroundTask task = new BackgroundTask(UiThread.sameThread());
        CompletableFuture<String> download = new CompletableFuture<>();
        BackgroundTask.Run first = task.next();
        first.onCancel(() -> download.cancel(true));
        first.deliver(
                download, shown::add, f -> shown.add("failed: " + f.getClass().getSimpleName()));
        task.next();
        assertThat(download).isCancelled();
        assertThat(first.isCurrent()).isFalse();
        assertThat(shown)
                .as("the dropped run reports nothing, not even its cancellation")
                .isEmpty();
    }

    @Test
    void cancelStopsTheWorkAndTheRunSeesItsCancellation() {
        BackgroundTask task = new BackgroundTask(UiThread.sameThread());
        CompletableFuture<String> download = new CompletableFuture<>();
        BackgroundTask.Run run = task.next();
        run.onCancel(() -> download.cancel(true));
        run.deliver(download, shown::add, f -> shown.add(f instanceof CancellationException ? "cancelled" : "other"));
        task.cancel();
        assertThat(shown).containsExactly("cancelled");
    }

    @Test
    void failuresArriveUnwrapped() {
        BackgroundTask task = new BackgroundTask(UiThread.sameThread());
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<String> f = CompletableFuture.supplyAsync(() -> {
            throw new IllegalStateException("boom");
        });
        task.next().deliver(f, shown::add, failures::add);
        // The callback runs on the thread that completes f, possibly after f's other dependents (a CI run saw
        // f.handle(...).join() return first): wait for the callback itself.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (failures.isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(failures).singleElement().isInstanceOf(IllegalStateException.class);
    }

    @Test
    void progressIsCoalescedToTheNewestAndStopsWhenTheRunEnds() {
        ManualUi ui = new ManualUi();
        BackgroundTask task = new BackgroundTask(ui);
        BackgroundTask.Run run = task.next();
        Consumer<Integer> progress = run.progress(p -> shown.add("progress " + p));
        progress.accept(1);
        progress.accept(2);
        progress.accept(3);
        assertThat(ui.pending).as("one pending update for three reports").hasSize(1);
        ui.drain();
        assertThat(shown).containsExactly("progress 3");

        CompletableFuture<String> work = CompletableFuture.completedFuture("done");
        run.deliver(work, shown::add, f -> {});
        ui.drain();
        progress.accept(4);
        ui.drain();
        assertThat(shown).containsExactly("progress 3", "done");
    }

    @Test
    void aDroppedRunsProgressAndExecuteReachNothing() {
        BackgroundTask task = new BackgroundTask(UiThread.sameThread());
        BackgroundTask.Run run = task.next();
        Consumer<String> progress = run.progress(shown::add);
        task.drop();
        progress.accept("late progress");
        run.execute(() -> shown.add("late result"));
        assertThat(shown).isEmpty();
    }
}
