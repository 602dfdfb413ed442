package eu.eucaim.workstation.client.dicomweb;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A bounded number of requests in flight: beyond it, a request waits its turn (no thread waits; it starts when
 * one in flight ends), so that a viewer asking for hundreds of frames opens a few connections, not hundreds.
 * Cancelling a waiting request drops it; cancelling one in flight cancels its call and frees its slot at once.
 */
final class RequestSlots {
    private final int limit;
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private int running;

    RequestSlots(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("At least one request at a time, not " + limit);
        }
        this.limit = limit;
    }

    int limit() {
        return limit;
    }

    /**
     * Starts {@code call} when a slot is free; the returned future completes as the call's does. Cancelling it
     * cancels the call (which must cancel its HTTP call when its future is cancelled, as the transport's do).
     */
    <T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable start = () -> {
            if (result.isDone()) { // cancelled while it waited
                release();
                return;
            }
            CompletableFuture<T> inner;
            try {
                inner = call.get();
            } catch (RuntimeException e) {
                release();
                result.completeExceptionally(e);
                return;
            }
            inner.whenComplete((value, failure) -> {
                release();
                if (failure == null) {
                    result.complete(value);
                } else {
                    result.completeExceptionally(failure);
                }
            });
            result.whenComplete((value, failure) -> {
                if (failure instanceof CancellationException) {
                    inner.cancel(true);
                }
            });
        };
        boolean now;
        synchronized (this) {
            now = running < limit;
            if (now) {
                running++;
            } else {
                waiting.add(start);
            }
        }
        if (now) {
            start.run();
        } else {
            // a waiting request cancelled is dropped from the queue, so it never holds a slot
            result.whenComplete((value, failure) -> {
                if (failure instanceof CancellationException) {
                    synchronized (this) {
                        waiting.remove(start);
                    }
                }
            });
        }
        return result;
    }

    /** A slot is free: the next waiting request takes it. */
    private void release() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                running--;
                return;
            }
        }
        next.run(); // the slot passes to it without being counted free in between
    }

    /** Requests in flight now (for tests). */
    synchronized int running() {
        return running;
    }
}
