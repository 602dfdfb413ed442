package eu.eucaim.workstation.app.fx;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action once input has been quiet for a while (search as you type without a request per keystroke).
 * The action runs on {@code ui}; a newer {@link #trigger()} cancels the pending one.
 */
public final class Debouncer {
    private final ScheduledExecutorService scheduler;
    private final Executor ui;
    private final Duration delay;
    private final Runnable action;
    private ScheduledFuture<?> pending;

    public Debouncer(ScheduledExecutorService scheduler, Executor ui, Duration delay, Runnable action) {
        this.scheduler = scheduler;
        this.ui = ui;
        this.delay = delay;
        this.action = action;
    }

    public synchronized void trigger() {
        cancel();
        pending = scheduler.schedule(() -> ui.execute(action), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }
}
