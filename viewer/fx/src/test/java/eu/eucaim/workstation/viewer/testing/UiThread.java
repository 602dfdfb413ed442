package eu.eucaim.workstation.viewer.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** One thread standing in for the FX thread in tests without a screen: view-models are only touched from it. */
public final class UiThread implements Executor, AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor();

    /**
     * Runs {@code r} on this thread; after {@link #close} drops it. A background task of a finished test (a thumbnail
     * still decoding) may post its result late: the FX thread would take it, and a rejection here surfaced as an
     * error in whichever test ran next.
     */
    @Override
    public void execute(Runnable r) {
        try {
            thread.execute(r);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // the test that owned this thread is over
        }
    }

    /** {@code c}'s result, computed on this thread (at most 10 s). */
    public <T> T call(Callable<T> c) throws Exception {
        return thread.submit(c).get(10, TimeUnit.SECONDS);
    }

    public void run(Runnable r) throws Exception {
        call(() -> {
            r.run();
            return null;
        });
    }

    /** Returns once everything given to this thread so far has run. */
    public void flush() throws Exception {
        run(() -> {});
    }

    /** Waits (at most 10 s) until {@code condition}, checked on this thread, holds. */
    public void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!call(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
