package eu.eucaim.workstation.app.viewer.remote;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many bytes of whole-series replies may wait in memory to be kept. Below it an instance comes straight into an
 * array that the decoders read and the library later writes: nothing is made on disk on its way to the screen (making
 * 300 files while a series streamed is where a native series' time went when this file system was slow to make
 * them). A part that would go past it is written to a file, as before, so what a long series holds is bounded by this,
 * not by the series. Thread-safe; a part under way may overshoot it by its own size.
 */
final class ArrivalMemory {
    /** At most this much, whatever the heap. */
    static final long MAX = 256L << 20;

    private final long limit;
    private final AtomicLong held = new AtomicLong();

    ArrivalMemory(long limit) {
        this.limit = limit;
    }

    /** A sixteenth of the heap, at most {@link #MAX}: the viewer's frame cache takes a quarter. */
    static ArrivalMemory forThisHeap() {
        return new ArrivalMemory(Math.min(MAX, Runtime.getRuntime().maxMemory() / 16));
    }

    /** Whether {@code bytes} more may come into memory now. */
    boolean mayHold(long bytes) {
        return held.get() + bytes <= limit;
    }

    void hold(long bytes) {
        held.addAndGet(bytes);
    }

    void release(long bytes) {
        held.addAndGet(-bytes);
    }

    long held() {
        return held.get();
    }
}
