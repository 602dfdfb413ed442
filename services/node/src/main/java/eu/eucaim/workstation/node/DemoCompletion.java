package eu.eucaim.workstation.node;

import eu.eucaim.workstation.common.NamedThreads;
import eu.eucaim.workstation.node.auth.NodeAuth;
import eu.eucaim.workstation.node.demo.DemoDataInstaller;
import eu.eucaim.workstation.node.storage.BackgroundStep;
import eu.eucaim.workstation.node.storage.Database;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part of the demo data a node prepares after it listens, on one background thread: the demo users first (a
 * sign-in is the next thing a new user does), then the cohort's rows (what a federated search reads). Requests that
 * need either wait for it ({@link BackgroundStep}); on later starts both are there and this ends at once.
 */
final class DemoCompletion implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCompletion.class);
    /** How long closing waits for the current statement batch before the database closes under it. */
    private static final long CLOSE_WAIT_MILLIS = 10_000;

    private final Database database;
    private final NodeConfig config;
    /** Dropped once written: tens of thousands of rows the node does not need to keep. */
    private volatile DemoDataInstaller.Cohorts generated;

    private final NodeAuth auth;
    private final BackgroundStep cohortRows;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    /** Counted down by {@link #close()}: cuts {@code config.backgroundDelay()} short without interrupting JDBC. */
    private final java.util.concurrent.CountDownLatch closing = new java.util.concurrent.CountDownLatch(1);

    private Thread thread;

    DemoCompletion(
            Database database,
            NodeConfig config,
            DemoDataInstaller.Cohorts generated,
            NodeAuth auth,
            BackgroundStep cohortRows) {
        this.database = database;
        this.config = config;
        this.generated = generated;
        this.auth = auth;
        this.cohortRows = cohortRows;
    }

    synchronized void start() {
        thread = NamedThreads.start("eucaim-demo-completion-" + config.seed(), this::run);
    }

    private void run() {
        try {
            if (closing.await(config.backgroundDelay().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                return; // closed while waiting: the next start does it
            }
            auth.installDemoUsers();
            cohortRows.run(() -> {
                DemoDataInstaller.ensureCohorts(
                        database, config.seed(), config.datasetCount(), generated, cancelled::get);
                generated = null;
                if (cancelled.get()) {
                    throw new IllegalStateException("The node closed before it wrote the demo cohorts");
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (!cancelled.get()) {
                LOG.error("The node could not finish its demo data: {}", e.getMessage(), e);
            }
        } finally {
            auth.abandonDemoUsers(); // only if it never ran: a sign-in then says so instead of waiting
        }
    }

    java.util.concurrent.CompletableFuture<Void> whenDone() {
        return cohortRows.whenDone();
    }

    /** Returns once the cohort rows are written (or throws what stopped them). */
    void await() {
        cohortRows.await();
    }

    /** Stops between datasets (nothing half-written stays: the next start writes the cohorts again) and waits. */
    @Override
    public void close() {
        cancelled.set(true);
        closing.countDown();
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running == null) {
            return;
        }
        try {
            running.join(CLOSE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
