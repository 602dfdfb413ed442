package eu.eucaim.workstation.node.storage;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Something a node prepares after it already listens (on first start: the demo cohorts and the demo users), and
 * what waits for it: a request that needs it waits until it is done, or gets a {@link StorageException} saying
 * what is missing when it failed, or a {@link StillPreparingException} (HTTP 503) after {@link #WAIT}.
 */
public final class BackgroundStep {
    /** The longest a request waits; first-start generation takes seconds, not minutes. */
    public static final Duration WAIT = Duration.ofMinutes(2);

    private final String what;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    /** @param what what is prepared, for messages: "the demo cohorts" */
    public BackgroundStep(String what) {
        this.what = Objects.requireNonNull(what, "what");
    }

    /** A step with nothing left to do. */
    public static BackgroundStep done(String what) {
        BackgroundStep step = new BackgroundStep(what);
        step.done.complete(null);
        return step;
    }

    /** Runs {@code work} on this thread and marks the step done, or failed with what it threw (rethrown). */
    public void run(Runnable work) {
        try {
            work.run();
            done.complete(null);
        } catch (RuntimeException | Error e) {
            done.completeExceptionally(e);
            throw e;
        }
    }

    /** Marks the step failed without running it (the node closed first). */
    public void abandon(String why) {
        done.completeExceptionally(new StorageException(why, null));
    }

    /** Completes when the step is done (normally or not); completing the returned copy changes nothing here. */
    public java.util.concurrent.CompletableFuture<Void> whenDone() {
        return done.copy();
    }

    public boolean isDone() {
        return done.isDone() && !done.isCompletedExceptionally();
    }

    /** Returns once the step is done; throws a {@link StorageException} saying what is missing otherwise. */
    public void await() {
        try {
            done.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("Interrupted while waiting for " + what, e);
        } catch (TimeoutException e) {
            throw new StillPreparingException("The node is still preparing " + what + "; try again in a minute", e);
        } catch (ExecutionException e) {
            throw new StorageException(
                    "The node could not prepare " + what + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public String toString() {
        return "BackgroundStep[" + what + (done.isDone() ? ", finished]" : ", running]");
    }
}
