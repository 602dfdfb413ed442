package eu.eucaim.workstation.app.negotiation.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link RetryTimer} the test moves: it records each wait and runs the pending task on {@link #elapse()}. */
final class ManualTimer implements RetryTimer {
    final List<Duration> waits = new ArrayList<>();
    private Runnable pending;

    @Override
    public Runnable after(Duration delay, Runnable task) {
        if (pending != null) {
            throw new AssertionError("The outbox scheduled a second retry while one was pending");
        }
        waits.add(delay);
        pending = task;
        return () -> pending = null;
    }

    boolean scheduled() {
        return pending != null;
    }

    /** The wait is over: runs the task. */
    void elapse() {
        Runnable task = pending;
        if (task == null) {
            throw new AssertionError("No retry is scheduled");
        }
        pending = null;
        task.run();
    }
}
