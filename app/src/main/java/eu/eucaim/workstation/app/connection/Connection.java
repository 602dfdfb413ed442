package eu.eucaim.workstation.app.connection;

import eu.eucaim.workstation.api.connection.Backend;
import eu.eucaim.workstation.app.settings.Settings;
import eu.eucaim.workstation.common.NamedThreads;
import java.lang.reflect.Proxy;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The backend the app uses now. Connecting (which may start the embedded node) runs on its own thread; callers get
 * a future of the backend, and {@link #follow} hands out services that always reach the current one, so tabs can
 * ask for data while the node is still starting and keep working when the user switches node in Settings.
 */
public final class Connection implements AutoCloseable {
    private final BackendConnector connector;
    private final ExecutorService starter =
            Executors.newSingleThreadExecutor(NamedThreads.daemon("eucaim-node-connect"));
    private CompletableFuture<Backend> current;
    private Settings settings;

    public Connection(BackendConnector connector) {
        this.connector = Objects.requireNonNull(connector, "connector");
    }

    /** Connects to the backend in {@code newSettings}, closing the previous one first (on the connect thread). */
    public synchronized CompletableFuture<Backend> connect(Settings newSettings) {
        CompletableFuture<Backend> previous = current;
        settings = newSettings;
        current = CompletableFuture.supplyAsync(
                () -> {
                    closeQuietly(previous);
                    return connector.connect(newSettings);
                },
                starter);
        return current;
    }

    /** The current backend; tries again if the last attempt failed, so that Retry also retries a failed start. */
    public synchronized CompletableFuture<Backend> backend() {
        if (current == null) {
            throw new IllegalStateException("connect() first");
        }
        if (current.isCompletedExceptionally()) {
            connect(settings);
        }
        return current;
    }

    /**
     * A {@code type} that always reaches {@code pick} of the current backend: one adapter for every service
     * interface of {@code services/api} (see {@link FollowingService} for what its methods may return).
     */
    public <S> S follow(Class<S> type, Function<Backend, S> pick) {
        return type.cast(Proxy.newProxyInstance(
                type.getClassLoader(), new Class<?>[] {type}, new FollowingService<>(type, this::backend, pick)));
    }

    private static void closeQuietly(CompletableFuture<Backend> backend) {
        if (backend != null && backend.isDone() && !backend.isCompletedExceptionally()) {
            backend.join().close();
        }
    }

    /** Stops the embedded node, if any, waiting a few seconds for it. */
    @Override
    public void close() {
        CompletableFuture<Backend> last;
        synchronized (this) {
            last = current;
        }
        starter.execute(() -> closeQuietly(last));
        starter.shutdown();
        try {
            starter.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
