package eu.eucaim.workstation.viewer.engine;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decoded slices, least recently used first out, bounded by the bytes their samples hold. One cache is shared
 * by every viewport and series of a session, so the budget bounds the viewer as a whole. Thread-safe.
 */
public final class FrameCache {
    private final long budget;
    private final LinkedHashMap<FrameRef, Slice> map = new LinkedHashMap<>(256, 0.75f, true);
    private long held;

    public FrameCache(long budgetBytes) {
        this.budget = budgetBytes;
    }

    /** A quarter of the heap, at most 2 GiB: room for the series on screen and their neighbours. */
    public static FrameCache defaultSize() {
        return new FrameCache(Math.min(2L << 30, Runtime.getRuntime().maxMemory() / 4));
    }

    public long budget() {
        return budget;
    }

    public synchronized long held() {
        return held;
    }

    public synchronized int size() {
        return map.size();
    }

    public synchronized Slice get(FrameRef ref) {
        return map.get(ref);
    }

    public synchronized boolean contains(FrameRef ref) {
        return map.containsKey(ref);
    }

    /** Adds a slice and evicts the least recently used ones (never the one just added) to stay in budget. */
    public synchronized void put(Slice slice) {
        Slice old = map.put(slice.ref(), slice);
        if (old != null) {
            held -= old.bytesHeld();
        }
        held += slice.bytesHeld();
        Iterator<Map.Entry<FrameRef, Slice>> it = map.entrySet().iterator();
        while (held > budget && it.hasNext()) {
            Map.Entry<FrameRef, Slice> e = it.next();
            if (e.getKey().equals(slice.ref())) {
                continue;
            }
            held -= e.getValue().bytesHeld();
            it.remove();
        }
    }

    public synchronized void clear() {
        map.clear();
        held = 0;
    }
}
