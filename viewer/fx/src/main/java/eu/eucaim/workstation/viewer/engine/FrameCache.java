package eu.eucaim.workstation.viewer.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decoded slices, least recently used first out, bounded by the bytes their samples hold. One cache is shared
 * by every viewport and series of a session, so the budget bounds the viewer as a whole. What is on screen can be
 * pinned ({@link #pin}): a pinned slice is never evicted, even over budget, so a viewport's image stays however
 * much another viewport prefetches. Thread-safe.
 */
public final class FrameCache {
    private final long budget;
    private final LinkedHashMap<FrameRef, Slice> map = new LinkedHashMap<>(256, 0.75f, true);
    /** Each owner's pins (a viewport pins the slice it shows). */
    private final Map<Object, List<FrameRef>> pinsByOwner = new HashMap<>();
    /** How many owners pin each frame. */
    private final Map<FrameRef, Integer> pinned = new HashMap<>();

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

    /** Bytes of every slice held, pinned ones included (so this can exceed the budget while pins hold it). */
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

    /** Adds a slice and evicts the least recently used unpinned ones (never the one just added) to stay in budget. */
    public synchronized void put(Slice slice) {
        Slice old = map.put(slice.ref(), slice);
        if (old != null) {
            held -= old.bytesHeld();
        }
        held += slice.bytesHeld();
        evict(slice.ref());
    }

    /**
     * Pins {@code refs} for {@code owner}, replacing what it pinned before: they stay in the cache (once there)
     * until the owner pins others or {@link #unpin}s. Frames pinned before and no longer are evicted as usual.
     */
    public synchronized void pin(Object owner, Collection<FrameRef> refs) {
        List<FrameRef> now = List.copyOf(refs);
        List<FrameRef> before = pinsByOwner.put(owner, now);
        if (now.equals(before)) {
            return;
        }
        now.forEach(r -> pinned.merge(r, 1, Integer::sum));
        if (before != null) {
            release(before);
            evict(null);
        }
    }

    /** Drops every pin of {@code owner}; its frames become ordinary cache entries. */
    public synchronized void unpin(Object owner) {
        List<FrameRef> before = pinsByOwner.remove(owner);
        if (before != null) {
            release(before);
            evict(null);
        }
    }

    /** Forgets every slice and every pin (closing all studies). */
    public synchronized void clear() {
        map.clear();
        pinsByOwner.clear();
        pinned.clear();
        held = 0;
    }

    private void release(List<FrameRef> refs) {
        refs.forEach(r -> pinned.computeIfPresent(r, (k, n) -> n == 1 ? null : n - 1));
    }

    /** Least recently used first, skipping pinned frames and {@code keep}, until within budget. */
    private void evict(FrameRef keep) {
        Iterator<Map.Entry<FrameRef, Slice>> it = map.entrySet().iterator();
        while (held > budget && it.hasNext()) {
            Map.Entry<FrameRef, Slice> e = it.next();
            FrameRef ref = e.getKey();
            if (ref.equals(keep) || !pinned.isEmpty() && pinned.containsKey(ref)) {
                continue;
            }
            held -= e.getValue().bytesHeld();
            it.remove();
        }
    }
}
