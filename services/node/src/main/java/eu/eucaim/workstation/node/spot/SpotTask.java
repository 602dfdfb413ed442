package eu.eucaim.workstation.node.spot;

import eu.eucaim.workstation.api.query.spot.TaskResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One posted query: each site's latest result (a {@code claimed} is replaced by the final one, as in Beam's broker)
 * and the streams listening for new ones. Publishing and subscribing are atomic with each other, so a listener sees
 * every result exactly once: in its snapshot or in its queue.
 */
final class SpotTask {
    /** Put in every queue when the node closes: the streams end. */
    static final TaskResult CLOSED = new TaskResult(null, List.of(), null, null, null, null);

    final UUID id;
    /** Who posted it ({@code Caller.account()}); only they may read its results. */
    final String owner;

    final List<String> sites;
    /** {@link System#nanoTime()} after which the task is gone. */
    final long expiresAt;

    private final Map<String, TaskResult> results = new LinkedHashMap<>();
    private final List<BlockingQueue<TaskResult>> listeners = new ArrayList<>();
    private final List<CompletableFuture<?>> calls = new ArrayList<>();
    private boolean closed;

    SpotTask(UUID id, String owner, List<String> sites, long expiresAt) {
        this.id = id;
        this.owner = owner;
        this.sites = List.copyOf(sites);
        this.expiresAt = expiresAt;
    }

    /** What a stream starts from: the results so far, then those arriving in its queue. */
    record Subscription(List<TaskResult> snapshot, BlockingQueue<TaskResult> queue) {}

    synchronized void publish(TaskResult result) {
        if (closed) {
            return;
        }
        results.put(result.site(), result);
        listeners.forEach(q -> q.add(result));
    }

    synchronized Subscription subscribe() {
        BlockingQueue<TaskResult> queue = new LinkedBlockingQueue<>();
        if (closed) {
            queue.add(CLOSED);
        } else {
            listeners.add(queue);
        }
        return new Subscription(List.copyOf(results.values()), queue);
    }

    synchronized void unsubscribe(BlockingQueue<TaskResult> queue) {
        listeners.remove(queue);
    }

    /** A provider call in flight, cancelled when the task is closed. */
    synchronized void track(CompletableFuture<?> call) {
        if (closed) {
            call.cancel(true);
        } else {
            calls.add(call);
        }
    }

    boolean expired(long now) {
        return now - expiresAt >= 0;
    }

    /** Cancels the calls still out and ends every stream. */
    void close() {
        List<CompletableFuture<?>> out;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            listeners.forEach(q -> q.add(CLOSED));
            listeners.clear();
            out = List.copyOf(calls);
            calls.clear();
        }
        out.forEach(c -> c.cancel(true));
    }
}
