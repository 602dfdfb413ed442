package eu.eucaim.workstation.common;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one way this project makes threads: named, so that a thread dump says whose they are, and daemon, so that
 * background work never keeps the desktop app or a command alive after it ends.
 *
 * <pre>{@code
 * ExecutorService io = Executors.newSingleThreadExecutor(NamedThreads.daemon("eucaim-io"));
 * Thread t = NamedThreads.start("cohort-index", () -> ...);
 * }</pre>
 */
public final class NamedThreads implements ThreadFactory {
    private final String name;
    private final int priority;
    private final AtomicInteger made = new AtomicInteger();

    private NamedThreads(String name, int priority) {
        this.name = Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A thread name must not be blank");
        }
        this.priority = priority;
    }

    /** Daemon threads named {@code name}, then {@code name-2}, {@code name-3}, ... for a pool's further threads. */
    public static NamedThreads daemon(String name) {
        return new NamedThreads(name, Thread.NORM_PRIORITY);
    }

    /** The same threads at a lower priority: background work that must not slow the UI thread on small machines. */
    public NamedThreads belowNormalPriority() {
        return new NamedThreads(name, Thread.NORM_PRIORITY - 1);
    }

    @Override
    public Thread newThread(Runnable task) {
        int n = made.incrementAndGet();
        Thread t = new Thread(task, n == 1 ? name : name + "-" + n);
        t.setDaemon(true);
        t.setPriority(priority);
        return t;
    }

    /** Starts {@code task} on a new daemon thread called {@code name} and returns the thread. */
    public static Thread start(String name, Runnable task) {
        Thread t = daemon(name).newThread(task);
        t.start();
        return t;
    }
}
