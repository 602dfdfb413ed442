package eu.eucaim.workstation.app.tab;

import eu.eucaim.workstation.common.NamedThreads;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The app's threads, in one place: the UI thread, one serial thread for writes whose order matters (settings, the
 * selection), a pool for other blocking work (the keyring, reports, scans) and a scheduler for timers (debounce,
 * polling). Tabs never make their own.
 */
public record AppExecutors(
        Executor ui, ExecutorService serialIo, ExecutorService background, ScheduledExecutorService scheduler)
        implements AutoCloseable {

    /** The app's own, delivering to {@code ui} (the FX thread). */
    public static AppExecutors create(Executor ui) {
        return new AppExecutors(
                ui,
                Executors.newSingleThreadExecutor(NamedThreads.daemon("eucaim-io")),
                Executors.newCachedThreadPool(NamedThreads.daemon("eucaim-background")),
                Executors.newSingleThreadScheduledExecutor(NamedThreads.daemon("eucaim-timer")));
    }

    /** Stops the timers and the pool at once; pending ordered writes get a few seconds to finish. */
    @Override
    public void close() throws InterruptedException {
        scheduler.shutdownNow();
        background.shutdownNow();
        serialIo.shutdown();
        serialIo.awaitTermination(5, TimeUnit.SECONDS);
    }
}
