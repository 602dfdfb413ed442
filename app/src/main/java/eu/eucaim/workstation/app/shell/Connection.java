package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.app.settings.Settings;
import eu.eucaim.workstation.common.NamedThreads;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The node the app is using now. Connecting (which may start the embedded node) runs on its own thread; callers
 * get a future of the link and chain their calls on it, so tabs can ask for data while the node is still starting.
 */
public final class Connection implements AutoCloseable {
    private final NodeConnector connector;
    private final ExecutorService starter =
            Executors.newSingleThreadExecutor(NamedThreads.daemon("eucaim-node-connect"));
    private CompletableFuture<NodeLink> current;
    private Settings settings;

    public Connection(NodeConnector connector) {
        this.connector = connector;
    }

    /** Connects to the node in {@code newSettings}, closing the previous link first (on the connect thread). */
    public synchronized CompletableFuture<NodeLink> connect(Settings newSettings) {
        CompletableFuture<NodeLink> previous = current;
        settings = newSettings;
        current = CompletableFuture.supplyAsync(
                () -> {
                    closeQuietly(previous);
                    return connector.connect(newSettings);
                },
                starter);
        return current;
    }

    /** The current link; tries again if the last attempt failed, so that Retry also retries a failed start. */
    public synchronized CompletableFuture<NodeLink> link() {
        if (current == null) {
            throw new IllegalStateException("connect() first");
        }
        if (current.isCompletedExceptionally()) {
            connect(settings);
        }
        return current;
    }

    private static void closeQuietly(CompletableFuture<NodeLink> link) {
        if (link != null && link.isDone() && !link.isCompletedExceptionally()) {
            link.join().close();
        }
    }

    /** Stops the embedded node, if any, waiting a few seconds for it. */
    @Override
    public void close() {
        CompletableFuture<NodeLink> last;
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
