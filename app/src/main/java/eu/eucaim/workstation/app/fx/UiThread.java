package eu.eucaim.workstation.app.fx;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one place where background results come back to the JavaFX thread. View-models take an {@link Executor}
 * for this so that their unit tests can pass {@code Runnable::run} and run without a screen; the application
 * passes {@link #executor()}.
 */
public final class UiThread {
    private static final Executor FX = command -> {
        if (Platform.isFxApplicationThread()) {
            command.run();
        } else {
            Platform.runLater(command);
        }
    };

    private UiThread() {}

    /**
     * Runs tasks at once on the calling thread: the "UI thread" of view-model unit tests, which run without a screen.
     */
    public static Executor sameThread() {
        return Runnable::run;
    }

    /** Runs tasks on the JavaFX thread (directly when already on it). */
    public static Executor executor() {
        return FX;
    }

    /**
     * Hands the outcome of {@code future} to exactly one of the two callbacks, on {@code ui}. Failures are
     * unwrapped (no {@code CompletionException}) so that callers can show {@link Errors#describe(Throwable)}.
     */
    public static <T> void deliver(
            CompletableFuture<T> future, Executor ui, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        future.whenComplete((value, failure) -> ui.execute(() -> {
            if (failure == null) {
                onSuccess.accept(value);
            } else {
                onFailure.accept(Errors.unwrap(failure));
            }
        }));
    }
}
