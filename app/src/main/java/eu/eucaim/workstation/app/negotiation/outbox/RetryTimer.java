package eu.eucaim.workstation.app.negotiation.outbox;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs a task after a delay, on a timer thread; what it returns cancels it. Tests pass a timer they move by hand. */
@FunctionalInterface
public interface RetryTimer {
    Runnable after(Duration delay, Runnable task);

    /** The app's scheduler ({@code AppExecutors.scheduler()}). */
    static RetryTimer of(ScheduledExecutorService scheduler) {
        return (delay, task) -> {
            ScheduledFuture<?> f = scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> f.cancel(false);
        };
    }
}
