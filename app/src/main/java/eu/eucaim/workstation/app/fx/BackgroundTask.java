package eu.eucaim.workstation.app.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One kind of background work of a view-model (a search, a download, a query): the latest run wins, so an answer
 * to an older request never overwrites a newer one; a run can be cancelled; progress and results reach the UI
 * thread through {@code ui} while the run is still the latest. Call every method on the UI thread. Unit tests pass
 * {@link UiThread#sameThread()} as {@code ui}.
 *
 * <pre>{@code
 * BackgroundTask.Run run = downloads.next();
 * CompletableFuture<List<Path>> f = samples.download(id, run.progress(p -> bar.set(p.fraction())));
 * run.onCancel(() -> f.cancel(true)); // Cancel, or a newer run, stops the download
 * run.deliver(f, paths -> open(paths), failure -> show(failure));
 * }</pre>
 */
public final class BackgroundTask {
    private final Executor ui;
    private Run current;

    public BackgroundTask(Executor ui) {
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** Starts a new run: the one before is dropped (nothing of it reaches the UI any more) and its work cancelled. */
    public Run next() {
        drop();
        current = new Run();
        return current;
    }

    /** Cancels the current run's work; its callbacks still run, and see the cancellation as a failure. */
    public void cancel() {
        if (current != null) {
            current.cancelWork();
        }
    }

    /**
     * Drops the current run without starting another: its work is cancelled and its answers ignored.
     *
     * @return whether a run was under way (it had not delivered)
     */
    public boolean drop() {
        Run previous = current;
        current = null;
        if (previous != null) {
            previous.cancelWork();
        }
        return previous != null && !previous.finished;
    }

    /** One run: its callbacks reach the UI only while it is the latest. */
    public final class Run {
        private final List<Runnable> cancellers = new ArrayList<>();
        private boolean finished;

        private Run() {}

        /** Whether this is still the latest run. UI thread. */
        public boolean isCurrent() {
            return current == this;
        }

        /** What {@link BackgroundTask#cancel()} (or a newer run) does to this run's work, e.g. cancel its future. */
        public void onCancel(Runnable canceller) {
            cancellers.add(Objects.requireNonNull(canceller, "canceller"));
        }

        private void cancelWork() {
            List.copyOf(cancellers).forEach(Runnable::run);
        }

        /** Runs {@code action} on the UI thread if this run is still the latest then; from any thread. */
        public void execute(Runnable action) {
            ui.execute(() -> {
                if (isCurrent()) {
                    action.run();
                }
            });
        }

        /**
         * The run's result: exactly one of the callbacks runs on the UI thread, if the run is still the latest then
         * (failures unwrapped, see {@link Errors#unwrap}); the run is finished afterwards. {@code work} is not
         * cancelled with the run unless {@link #onCancel} says so (a future may be shared).
         */
        public <T> void deliver(
                CompletableFuture<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            UiThread.deliver(
                    work,
                    ui,
                    value -> {
                        if (isCurrent()) {
                            finished = true;
                            onSuccess.accept(value);
                        }
                    },
                    failure -> {
                        if (isCurrent()) {
                            finished = true;
                            onFailure.accept(failure);
                        }
                    });
        }

        /**
         * A progress sink for the work to call from any thread, often: the UI gets at most one pending update at a
         * time (the newest), and none once the run is no longer the latest or has delivered.
         */
        public <P> Consumer<P> progress(Consumer<? super P> onUi) {
            AtomicReference<P> latest = new AtomicReference<>();
            AtomicBoolean scheduled = new AtomicBoolean();
            return p -> {
                latest.set(p);
                if (scheduled.compareAndSet(false, true)) {
                    ui.execute(() -> {
                        scheduled.set(false);
                        if (isCurrent() && !finished) {
                            onUi.accept(latest.get());
                        }
                    });
                }
            };
        }
    }
}
