package eu.eucaim.workstation.app.fx;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs one kind of load for a view-model: keeps its {@link LoadStatus} and applies only the answer to the
 * latest request ({@link BackgroundTask}), so a slow old search can never overwrite a newer one. Call from the UI
 * thread.
 */
public final class Loader {
    private final BackgroundTask task;
    private final LoadStatus status = new LoadStatus();

    public Loader(Executor ui) {
        this.task = new BackgroundTask(ui);
    }

    public LoadStatus status() {
        return status;
    }

    public <T> void load(CompletableFuture<T> future, Consumer<? super T> onSuccess) {
        BackgroundTask.Run run = task.next();
        status.started();
        run.deliver(
                future,
                value -> {
                    status.succeeded();
                    onSuccess.accept(value);
                },
                status::failed);
    }
}
