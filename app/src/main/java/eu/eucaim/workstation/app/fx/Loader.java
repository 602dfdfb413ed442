package eu.eucaim.workstation.app.fx;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs one kind of load for a view-model: keeps its {@link LoadStatus} and applies only the answer to the
 * latest request, so a slow old search can never overwrite a newer one. Call from the UI thread.
 */
public final class Loader {
    private final Executor ui;
    private final LoadStatus status = new LoadStatus();
    private long generation;

    public Loader(Executor ui) {
        this.ui = ui;
    }

    public LoadStatus status() {
        return status;
    }

    public <T> void load(CompletableFuture<T> future, Consumer<? super T> onSuccess) {
        long mine = ++generation;
        status.started();
        UiThread.deliver(
                future,
                ui,
                value -> {
                    if (mine == generation) {
                        status.succeeded();
                        onSuccess.accept(value);
                    }
                },
                failure -> {
                    if (mine == generation) {
                        status.failed(failure);
                    }
                });
    }

    /** Forgets any request in flight (its answer will be dropped) and clears the status. */
    public void reset() {
        generation++;
        status.succeeded();
    }
}
