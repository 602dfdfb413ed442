package eu.eucaim.workstation.app.viewer.remote;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The instances of a whole-series reply waiting to be kept (in memory or in files: {@code T}). The reply's reader adds
 * each as it arrives; one thread at a time takes whatever has arrived, up to {@link #BATCH}, and keeps it in one store
 * of the library (one index commit rather than one per instance). A batch gathers for at most {@link #GATHER_MS} after its first instance: each index
 * commit rewrites the index's changed pages, and one per instance or two cost about as much CPU as decoding the series,
 * on the cores the reply is read with. The image on screen never waits here (the viewer fetches it alone), only the
 * prefetch does, for no longer than that; a full batch or the end of the reply is kept at once.
 *
 * <p>A batch then waits while the decoders are busy ({@code mayKeep}), for at most {@link #DEFER_MAX_MS}: the
 * decoders read the instances where they arrived, and a store's moves, forces and index commit are CPU they would
 * otherwise share. On a fast link the series is on screen whole first and kept right after (on this project's 2-core
 * VM a 300-slice series was ready about a fifth sooner); on a slow one the decoders idle between arrivals and the
 * batches go as they did. Instances that waited longer are kept without waiting again until none waits, so a long
 * series is never more than that far behind; a crash meanwhile leaves them unkept (fetched again), never half kept.
 */
final class ArrivalBatches<T> {
    /** At most this many instances in one store: a batch holds the library's lock while it is moved and indexed. */
    static final int BATCH = 32;

    /** How long a batch waits for more instances once its first has arrived. */
    static final long GATHER_MS = 20;

    /** How long instances wait for the decoders to be quiet, at most. */
    static final long DEFER_MAX_MS = 2_000;

    private static final long QUIET_POLL_MS = 5;

    /** Instances, and now and then a {@link Runnable} to run once every instance before it is kept. */
    private final Queue<Object> waiting = new ConcurrentLinkedQueue<>();

    /** Files waiting, and runnables: a batch is kept at once when there are a batch's worth, or a runnable. */
    private final AtomicInteger instances = new AtomicInteger();

    private final AtomicInteger runnables = new AtomicInteger();
    private final Object gathered = new Object();

    private final AtomicBoolean keeping = new AtomicBoolean();
    private final Executor threads;
    private final Consumer<List<T>> keepAll;
    private final BooleanSupplier mayKeep;
    private final long deferMaxNanos;
    /** When the instances waiting began to wait for {@code mayKeep}; 0 while none does. The keeping thread's alone. */
    private volatile long deferredSince;

    /**
     * @param threads where the instances are kept (the stream threads)
     * @param keepAll keeps a batch; takes its instances (they are gone after, kept or not)
     * @param mayKeep whether a batch may be kept now (the decoders are quiet)
     */
    ArrivalBatches(Executor threads, Consumer<List<T>> keepAll, BooleanSupplier mayKeep) {
        this(threads, keepAll, mayKeep, DEFER_MAX_MS);
    }

    ArrivalBatches(Executor threads, Consumer<List<T>> keepAll, BooleanSupplier mayKeep, long deferMaxMillis) {
        this.threads = threads;
        this.keepAll = keepAll;
        this.mayKeep = mayKeep;
        this.deferMaxNanos = deferMaxMillis * 1_000_000;
    }

    /** An instance of the reply has arrived whole; called on the reply's reader thread, which must not wait here. */
    void add(T instance) {
        enqueue(instance);
    }

    /** Runs {@code then} (on a keeping thread) once every instance added before it has been kept, or refused. */
    void afterAll(Runnable then) {
        enqueue(then);
    }

    private void enqueue(Object item) {
        boolean isRunnable = item instanceof Runnable;
        // Counted before it is queued, so that a count never says less than the queue holds.
        boolean full = isRunnable ? runnables.incrementAndGet() > 0 : instances.incrementAndGet() == BATCH;
        waiting.add(item);
        if (full) {
            synchronized (gathered) {
                gathered.notifyAll();
            }
        }
        if (keeping.compareAndSet(false, true)) {
            threads.execute(this::keepWhatHasArrived);
        }
    }

    private void keepWhatHasArrived() {
        while (true) {
            awaitBatch();
            awaitMayKeep();
            List<T> batch = new ArrayList<>();
            Runnable after = null;
            for (Object o; batch.size() < BATCH && (o = waiting.poll()) != null; ) {
                if (o instanceof Runnable r) {
                    runnables.decrementAndGet();
                    after = r; // the instances before it form this batch
                    break;
                }
                instances.decrementAndGet();
                @SuppressWarnings("unchecked") // only a T or a Runnable is queued
                T instance = (T) o;
                batch.add(instance);
            }
            if (!batch.isEmpty()) {
                try {
                    keepAll.accept(batch);
                } catch (RuntimeException e) {
                    // Not kept: the decoder fetches these alone and says why; the rest must still be kept.
                }
            }
            if (after != null) {
                try {
                    after.run();
                } catch (RuntimeException e) {
                    // its own failure: the instances after it must still be kept
                }
            }
            if (!batch.isEmpty() || after != null) {
                continue;
            }
            deferredSince = 0; // none waits
            keeping.set(false);
            // An instance added after the poll and before the flag was cleared found it set: take it up here.
            if (waiting.isEmpty() || !keeping.compareAndSet(false, true)) {
                return;
            }
        }
    }

    /** Waits while {@code mayKeep} says no, until the instances waiting have waited {@link #DEFER_MAX_MS} in all. */
    private void awaitMayKeep() {
        if (deferredSince == 0) {
            deferredSince = System.nanoTime();
        }
        while (!mayKeep.getAsBoolean() && System.nanoTime() - deferredSince < deferMaxNanos) {
            try {
                Thread.sleep(QUIET_POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the stream is being stopped: keep what has arrived now
                return;
            }
        }
    }

    /** Waits until a batch's worth or a runnable waits, or {@link #GATHER_MS} has passed. */
    private void awaitBatch() {
        long deadline = System.nanoTime() + GATHER_MS * 1_000_000;
        synchronized (gathered) {
            for (long left;
                    instances.get() < BATCH && runnables.get() == 0 && (left = deadline - System.nanoTime()) > 0; ) {
                try {
                    gathered.wait(left / 1_000_000, (int) (left % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // the stream is being stopped: keep what has arrived now
                    return;
                }
            }
        }
    }
}
