package eu.eucaim.workstation.viewer.engine;

import eu.eucaim.workstation.common.NamedThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * Background threads for decoding, with two priorities: what a viewport needs now goes to the front of the
 * queue, prefetching to the back. (A plain executor would make the slice the user scrolled to wait behind a
 * whole series of prefetches.)
 */
public final class DecodePool implements AutoCloseable {
    private final LinkedBlockingDeque<Runnable> queue = new LinkedBlockingDeque<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean closed;

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
        queue.offerFirst(task);
    }

    public void background(Runnable task) {
        queue.offerLast(task);
    }

    private void work() {
        while (!closed) {
            try {
                queue.take().run();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // A task reports its own failures through its future; keep the thread alive.
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        threads.forEach(Thread::interrupt);
    }
}
