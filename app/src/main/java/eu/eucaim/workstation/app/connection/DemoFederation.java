package eu.eucaim.workstation.app.connection;

import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.common.NamedThreads;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import eu.eucaim.workstation.node.storage.DataDirAccess;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The rest of the demo federation on this computer: nodes with seeds 2 and 3 (their own catalogues and cohorts,
 * each its own H2 file in the data folder) that trust the embedded node's issuer, so one sign-in reaches all three.
 * They start on a background thread after the embedded node and the window, so the window never waits for them.
 */
public final class DemoFederation implements AutoCloseable {
    /** The seeds of the other nodes; the embedded node has seed 1. */
    public static final List<Long> SEEDS = List.of(2L, 3L);
    /** The longest the nodes wait for {@code startAfter}. */
    static final Duration LONGEST_DELAY = Duration.ofSeconds(10);
    /** After the window, the first screens' data come first: two cores are busy with them for a second or two. */
    static final Duration AFTER_THE_WINDOW = Duration.ofSeconds(2);

    private final Path dataDir;
    private final int datasetCount;
    private final Consumer<String> warn;
    private final ExecutorService starter =
            Executors.newSingleThreadExecutor(NamedThreads.daemon("eucaim-federation-start"));
    private final List<EucaimNode> running = new ArrayList<>();
    private CompletableFuture<List<QueryProvider>> members = new CompletableFuture<>();
    private CompletableFuture<Void> complete = new CompletableFuture<>();
    private final CompletableFuture<?> startAfter;
    private URI trusted;

    /**
     * @param warn       told (on any thread) when a node cannot start; the others still run
     * @param startAfter the nodes start once it completes (the window is on the screen), and at most
     *                   {@link #LONGEST_DELAY} later: on two cores their start would otherwise slow the window's
     */
    public DemoFederation(Path dataDir, int datasetCount, Consumer<String> warn, CompletionStage<?> startAfter) {
        this.dataDir = dataDir;
        this.datasetCount = datasetCount;
        this.warn = warn;
        this.startAfter = startAfter.toCompletableFuture();
    }

    /** (Re)starts the other nodes trusting {@code issuer}, the embedded node's URL; nothing when already so. */
    public synchronized void follow(URI issuer) {
        if (issuer.equals(trusted)) {
            return;
        }
        trusted = issuer;
        CompletableFuture<List<QueryProvider>> target = members.isDone() ? new CompletableFuture<>() : members;
        members = target;
        CompletableFuture<Void> completeTarget = complete.isDone() ? new CompletableFuture<>() : complete;
        complete = completeTarget;
        starter.execute(() -> {
            waitForStartAfter();
            stopNodes();
            List<QueryProvider> started = new ArrayList<>();
            for (long seed : SEEDS) {
                try {
                    EucaimNode node = EucaimNode.start(NodeConfig.defaults(dataDir, seed)
                            .withDataDirAccess(DataDirAccess.MAKE_PRIVATE)
                            .withDatasetCount(datasetCount)
                            .withTrustedIssuers(List.of(issuer))
                            // their images are not what the demo federation shows: the embedded node has them
                            .withDemoImageDatasets(0));
                    synchronized (running) {
                        running.add(node);
                    }
                    started.add(new QueryProvider("Node " + seed + " (seed " + seed + ")", node.baseUri()));
                } catch (RuntimeException e) {
                    warn.accept("Demo federation node " + seed + " did not start: " + e.getMessage());
                }
            }
            target.complete(List.copyOf(started));
            List<CompletableFuture<Void>> written;
            synchronized (running) {
                written = running.stream().map(EucaimNode::demoDataComplete).toList();
            }
            CompletableFuture.allOf(written.toArray(CompletableFuture[]::new))
                    .whenComplete((ok, failed) -> completeTarget.complete(null));
        });
    }

    private void waitForStartAfter() {
        try {
            startAfter.get(LONGEST_DELAY.toMillis(), TimeUnit.MILLISECONDS);
            Thread.sleep(AFTER_THE_WINDOW.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // start anyway: the federation is wanted whatever became of the window
        }
    }

    /** The other nodes' providers, once they have started (those that failed are left out). */
    public synchronized CompletableFuture<List<QueryProvider>> members() {
        return members;
    }

    /** Completes when the other nodes have started and finished their demo data (or failed to). */
    public synchronized CompletableFuture<Void> complete() {
        return complete;
    }

    /** Stops the other nodes (the app now uses a remote node). */
    public synchronized void stop() {
        trusted = null;
        if (members.isDone()) {
            members = new CompletableFuture<>();
        }
        starter.execute(this::stopNodes);
    }

    private void stopNodes() {
        synchronized (running) {
            running.forEach(EucaimNode::close);
            running.clear();
        }
    }

    @Override
    public void close() {
        starter.execute(this::stopNodes);
        starter.shutdown();
        try {
            starter.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "DemoFederation[" + dataDir + ", trusting " + Objects.toString(trusted, "nobody") + "]";
    }
}
