package eu.eucaim.workstation.node.spot;

import eu.eucaim.workstation.node.http.ApiException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tasks posted to this node's Spot, kept for their TTL. An id may be used again only once its task has expired,
 * as in Beam's broker ({@code broker/src/task_manager.rs}, {@code post_task}).
 */
final class SpotTasks implements AutoCloseable {
    private final Map<UUID, SpotTask> tasks = new ConcurrentHashMap<>();
    private final Duration ttl;
    private volatile boolean closed;

    SpotTasks(Duration ttl) {
        this.ttl = ttl;
    }

    /** @throws ApiException 409 when a task with this id is still alive */
    SpotTask create(UUID id, String owner, List<String> sites) {
        long now = System.nanoTime();
        removeExpired(now);
        SpotTask task = new SpotTask(id, owner, sites, now + ttl.toNanos());
        SpotTask before = tasks.putIfAbsent(id, task);
        if (before != null) {
            throw new ApiException(
                    409,
                    "conflict",
                    "Task already exists: " + id + " was posted less than " + ttl.toSeconds()
                            + " s ago; a new query takes a new id");
        }
        if (closed) {
            task.close();
        }
        return task;
    }

    /** The live task with this id, or null. */
    SpotTask get(UUID id) {
        SpotTask task = tasks.get(id);
        return task == null || task.expired(System.nanoTime()) ? null : task;
    }

    private void removeExpired(long now) {
        tasks.values().removeIf(t -> {
            if (t.expired(now)) {
                t.close();
                return true;
            }
            return false;
        });
    }

    @Override
    public void close() {
        closed = true;
        tasks.values().forEach(SpotTask::close);
        tasks.clear();
    }
}
