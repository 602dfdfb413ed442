package eu.eucaim.workstation.app.viewer.remote;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The files of a whole-series reply waiting to be kept. The reply's reader adds each as it arrives; one thread at a
 * time takes whatever has arrived, up to {@link #BATCH}, and keeps it in one store of the library (one index commit
 * rather than one per instance). It never waits for a batch to fill: a file that arrives while nothing is being kept
 * is kept at once, alone, so an instance the viewer is waiting for is not held back; while one batch is kept, the next
 * gathers.
 */
final class ArrivedFiles {
    /** At most this many files in one store: a batch holds the library's lock while it is moved and indexed. */
    static final int BATCH = 32;

    /** Files, and now and then a {@link Runnable} to run once every file before it is kept. */
    private final Queue<Object> waiting = new ConcurrentLinkedQueue<>();

    private final AtomicBoolean keeping = new AtomicBoolean();
    private final Executor threads;
    private final Consumer<List<Path>> keepAll;

    /**
     * @param threads where the files are kept (the stream threads)
     * @param keepAll keeps a batch; takes its files (they are gone after, kept or not)
     */
    ArrivedFiles(Executor threads, Consumer<List<Path>> keepAll) {
        this.threads = threads;
        this.keepAll = keepAll;
    }

    /** A file of the reply has arrived whole; called on the reply's reader thread, which must not wait here. */
    void add(Path file) {
        enqueue(file);
    }

    /** Runs {@code then} (on a keeping thread) once every file added before it has been kept, or refused. */
    void afterAll(Runnable then) {
        enqueue(then);
    }

    private void enqueue(Object item) {
        waiting.add(item);
        if (keeping.compareAndSet(false, true)) {
            threads.execute(this::keepWhatHasArrived);
        }
    }

    private void keepWhatHasArrived() {
        while (true) {
            List<Path> batch = new ArrayList<>();
            Runnable after = null;
            for (Object o; batch.size() < BATCH && (o = waiting.poll()) != null; ) {
                if (o instanceof Runnable r) {
                    after = r; // the files before it form this batch
                    break;
                }
                batch.add((Path) o);
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
                    // its own failure: the files after it must still be kept
                }
            }
            if (!batch.isEmpty() || after != null) {
                continue;
            }
            keeping.set(false);
            // A file added after the poll and before the flag was cleared found it set: take it up here.
            if (waiting.isEmpty() || !keeping.compareAndSet(false, true)) {
                return;
            }
        }
    }
}
