package eu.eucaim.workstation.viewer.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The frames of one series (or stack), decoded lazily on the {@link DecodePool}: {@link #load} decodes a
 * slice first in line; {@link #prefetch} queues its neighbours nearest first, the whole series when it fits in
 * half the cache, otherwise as many as fit. A newer prefetch makes the older queued ones skip.
 */
public final class SeriesLoader {
    private final List<FrameRef> frames;
    private final SliceReader reader;
    private final FrameCache cache;
    private final DecodePool pool;
    private final Map<Integer, CompletableFuture<Slice>> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile long bytesPerSlice;

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
                if (s.ok()) {
                    bytesPerSlice = s.bytesHeld();
                }
                cache.put(s);
            }
            future.complete(s);
        } catch (RuntimeException | Error e) {
            future.completeExceptionally(e);
        } finally {
            inFlight.remove(index);
        }
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

    /** Queues the neighbours of {@code center}, nearest first; older queued prefetches of this series skip. */
    public void prefetch(int center) {
        long mine = generation.incrementAndGet();
        int radius = prefetchRadius();
        for (int d = 1; d <= radius; d++) {
            for (int i : new int[] {center + d, center - d}) {
                if (i >= 0 && i < frames.size() && !cache.contains(frames.get(i)) && !inFlight.containsKey(i)) {
                    int index = i;
                    pool.background(() -> {
                        if (generation.get() == mine && !cache.contains(frames.get(index))) {
                            CompletableFuture<Slice> fresh = new CompletableFuture<>();
                            if (inFlight.putIfAbsent(index, fresh) == null) {
                                decode(index, fresh);
                            }
                        }
                    });
                }
            }
        }
    }

    /** True when every slice of the series is in the cache. */
    public boolean allCached() {
        for (FrameRef f : frames) {
            if (!cache.contains(f)) {
                return false;
            }
        }
        return true;
    }
}
