package eu.eucaim.workstation.viewer.engine;

import eu.eucaim.workstation.common.NamedThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Background threads for decoding, with two priorities: what a viewport needs now goes to the front of the
 * queue, prefetching to the back. (A plain executor would make the slice the user scrolled to wait behind a
 * whole series of prefetches.)
 */
public final class DecodePool implements AutoCloseable {
    private final LinkedBlockingDeque<Runnable> queue = new LinkedBlockingDeque<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean closed;
    /** Tasks queued or running. */
    private final AtomicInteger pending = new AtomicInteger();
    /** When the last task ended (or the pool started). */
    private volatile long lastEnded = System.nanoTime();

    public DecodePool(int threads, String name) {
        // Below normal priority: keeps the FX thread responsive on small machines.
        NamedThreads factory = NamedThreads.daemon(name).belowNormalPriority();
        for (int i = 0; i < threads; i++) {
            Thread t = factory.newThread(this::work);
            this.threads.add(t);
            t.start();
        }
    }

    public static DecodePool forMachine() {
        return new DecodePool(Math.max(1, Runtime.getRuntime().availableProcessors()), "viewer-decode");
    }

    public void urgent(Runnable task) {
        pending.incrementAndGet();
        queue.offerFirst(task);
    }

    public void background(Runnable task) {
        pending.incrementAndGet();
        queue.offerLast(task);
    }

    /**
     * Whether nothing has been queued or decoded for the last {@code millis}: work that can wait for the decoders
     * (the offline library's stores of a series being viewed) goes then, not on the cores they are decoding with.
     */
    public boolean quietFor(long millis) {
        return pending.get() <= 0 && System.nanoTime() - lastEnded >= millis * 1_000_000;
    }

    private void work() {
        while (!closed) {
            Runnable task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                // A task reports its own failures through its future; keep the thread alive.
            } finally {
                lastEnded = System.nanoTime(); // before the count: whoever sees it at 0 sees this end too
                pending.decrementAndGet();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        pending.set(0); // the tasks cleared never run; those running count themselves off below zero
        threads.forEach(Thread::interrupt);
    }
}
