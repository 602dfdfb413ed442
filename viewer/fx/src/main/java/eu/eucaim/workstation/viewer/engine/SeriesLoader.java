package eu.eucaim.workstation.viewer.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The frames of one series (or stack), decoded lazily on the {@link DecodePool}: {@link #load} decodes a
 * slice first in line; {@link #prefetch} queues its neighbours (ahead in the scroll direction first), the whole
 * series when it fits in half the cache, otherwise as many as fit. A newer prefetch makes the older queued ones skip.
 * A prefetch does not fetch a remote instance that is on its way ({@link SliceReader#arriving}): it decodes it once it
 * has arrived, so the decoders follow a streaming series rather than fetch it a second time, one by one.
 */
public final class SeriesLoader {
    private final List<FrameRef> frames;
    private final SliceReader reader;
    private final FrameCache cache;
    private final DecodePool pool;
    private final Map<Integer, CompletableFuture<Slice>> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile long bytesPerSlice;
    /** Where the last prefetch was asked for, and where and in which direction the queue now standing was made. */
    private volatile int lastCenter = -1;

    private int queuedCenter = -1;
    private int queuedDirection;
    private int queuedRadius;

    public SeriesLoader(List<FrameRef> frames, SliceReader reader, FrameCache cache, DecodePool pool) {
        this.frames = List.copyOf(frames);
        this.reader = reader;
        this.cache = cache;
        this.pool = pool;
    }

    public int size() {
        return frames.size();
    }

    public FrameRef ref(int index) {
        return frames.get(index);
    }

    public List<FrameRef> frames() {
        return frames;
    }

    /** Keeps slice {@code index} in the cache for {@code owner} (a viewport showing it), in place of its last pin. */
    public void pin(Object owner, int index) {
        cache.pin(owner, List.of(frames.get(index)));
    }

    /** Lets go of whatever {@code owner} pinned. */
    public void unpin(Object owner) {
        cache.unpin(owner);
    }

    /** The slice if it is decoded already, else null. */
    public Slice cached(int index) {
        return cache.get(frames.get(index));
    }

    /** The slice, decoded ahead of any prefetching if it is not in the cache. */
    public CompletableFuture<Slice> load(int index) {
        Slice s = cache.get(frames.get(index));
        if (s != null) {
            return CompletableFuture.completedFuture(s);
        }
        CompletableFuture<Slice> fresh = new CompletableFuture<>();
        CompletableFuture<Slice> existing = inFlight.putIfAbsent(index, fresh);
        if (existing != null) {
            return existing;
        }
        pool.urgent(() -> decode(index, fresh));
        return fresh;
    }

    private void decode(int index, CompletableFuture<Slice> future) {
        try {
            Slice s = cache.get(frames.get(index));
            if (s == null) {
                s = reader.read(frames.get(index));
                cache.put(s);
            }
            learnSize(s);
            future.complete(s);
        } catch (RuntimeException | Error e) {
            future.completeExceptionally(e);
        } finally {
            inFlight.remove(index);
        }
    }

    /**
     * Lets every queued prefetch of this series skip (the user moved to another series): with remote instances each
     * one is a fetch that is no longer needed. Decodes already running finish; a later {@link #prefetch} queues anew.
     */
    public synchronized void stopPrefetch() {
        generation.incrementAndGet();
        queuedCenter = -1;
        queuedDirection = 0;
        queuedRadius = 0;
        lastCenter = -1;
    }

    /** Whether slice {@code index} is decoded and in the cache now (what the stack bar shows as arrived). */
    public boolean ready(int index) {
        return cache.contains(frames.get(index));
    }

    /** How many slices on each side of the current one to keep decoded. */
    public int prefetchRadius() {
        long per = bytesPerSlice;
        if (per <= 0) {
            return 8;
        }
        long fit = cache.budget() / 2 / per;
        return (int) Math.min(frames.size(), Math.max(2, fit / 2));
    }

    /**
     * Queues the neighbours of {@code center}: while scrolling, every slice ahead in the scroll direction first,
     * then those behind; otherwise nearest first on both sides. Older queued prefetches of this series skip. While
     * the scroll keeps its direction and stays near where the queue was made, the queue stands (re-queueing a
     * whole series at 60 images per second only churns).
     */
    public synchronized void prefetch(int center) {
        for (int i = 0; bytesPerSlice <= 0 && i < frames.size(); i++) {
            Slice known = cache.get(frames.get(i)); // e.g. decoded for a shorter stack of the same series
            if (known != null && known.ok()) {
                bytesPerSlice = known.bytesHeld();
            }
        }
        int dir = lastCenter < 0 ? 0 : Integer.signum(center - lastCenter);
        lastCenter = center;
        int radius = prefetchRadius();
        if (dir != 0
                && dir == queuedDirection
                && radius == queuedRadius
                && (center - queuedCenter) * dir >= 0
                && (center - queuedCenter) * dir <= Math.max(1, radius / 8)) {
            return;
        }
        queuedCenter = center;
        queuedDirection = dir;
        queuedRadius = radius;
        long mine = generation.incrementAndGet();
        if (dir == 0) {
            for (int d = 1; d <= radius; d++) {
                queue(center + d, mine);
                queue(center - d, mine);
            }
        } else {
            for (int d = 1; d <= radius; d++) {
                queue(center + dir * d, mine);
            }
            for (int d = 1; d <= radius; d++) {
                queue(center - dir * d, mine);
            }
        }
    }

    /**
     * The first decoded slice seen, whoever decoded it (this loader, or another one over the same cache, e.g. for
     * the shorter stack of a folder still being scanned), gives the slice size; the radius was a guess until then.
     */
    private void learnSize(Slice s) {
        if (s != null && s.ok() && bytesPerSlice <= 0) {
            bytesPerSlice = s.bytesHeld();
            if (lastCenter >= 0) {
                widen();
            }
        }
    }

    /** The radius was a guess until a slice's size was known: queue again around where the user is. */
    private synchronized void widen() {
        queuedDirection = 0;
        queuedRadius = 0;
        int at = lastCenter;
        lastCenter = -1;
        prefetch(at);
    }

    private void queue(int i, long mine) {
        if (i >= 0 && i < frames.size() && !cache.contains(frames.get(i)) && !inFlight.containsKey(i)) {
            pool.background(() -> {
                if (generation.get() != mine) {
                    return;
                }
                if (cache.contains(frames.get(i))) {
                    if (bytesPerSlice <= 0) {
                        learnSize(cache.get(frames.get(i))); // decoded meanwhile by another loader: its size
                    }
                    return;
                }
                if (reader.arriving(frames.get(i), () -> queue(i, mine))) {
                    // A remote instance that a reply is bringing: decoded when it is here, not fetched a second time.
                    return;
                }
                CompletableFuture<Slice> fresh = new CompletableFuture<>();
                if (inFlight.putIfAbsent(i, fresh) == null) {
                    decode(i, fresh);
                }
            });
        }
    }
}
