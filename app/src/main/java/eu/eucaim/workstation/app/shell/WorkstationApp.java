package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.api.platform.UserDirectories;
import eu.eucaim.workstation.app.instance.SingleInstance;
import eu.eucaim.workstation.app.logging.LogFile;
import eu.eucaim.workstation.app.startup.StartupClock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application as JavaFX starts it: reads the settings before the window ({@link #init()}), shows the
 * {@link Workstation} on the real desktop, and closes it at exit. {@link #launch(List)} is the entry point the
 * command line uses: one app per data folder ({@link SingleInstance}). A signal to end the process (a logout,
 * {@code kill}) closes it as its window's close does.
 */
public class WorkstationApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(WorkstationApp.class);
    /** How long a close at exit may take (the node's stop is bounded at 10 s, the pending writes at 5 s). */
    private static final long CLOSE_AT_EXIT_SECONDS = 30;

    /** What {@code eucaim view PATH...} asked to open; empty for a plain start. */
    private static volatile List<Path> startPaths = List.of();
    /** This process's claim on the data folder, held while the app runs. */
    private static volatile SingleInstance instance;

    private Workstation workstation;
    /** Guarded by {@code this}: the close ran (from {@link #stop()} or the exit hook), or is running. */
    private boolean closed;

    /**
     * Opens the desktop window (on the Viewer with {@code paths}, if any) and blocks until it is closed; or, when
     * the app already runs on this data folder, hands it the paths and returns at once. Returns the exit status:
     * 0, or 1 when something else holds the data folder (said in one line on stderr).
     */
    public static int launch(List<Path> paths) {
        UserDirectories folders = UserDirectories.detect();
        SingleInstance.Claim claim;
        try {
            claim = SingleInstance.claim(folders.data(), paths);
        } catch (IOException e) {
            System.err.println("eucaim: cannot use the data folder " + folders.data() + ": " + e.getMessage());
            return 1;
        }
        if (claim instanceof SingleInstance.Claim.HandedOver) {
            System.out.println(
                    paths.isEmpty()
                            ? "EUCAIM Workstation is already running: brought to the front."
                            : "Opened in the running EUCAIM Workstation.");
            return 0;
        }
        if (claim instanceof SingleInstance.Claim.Locked locked) {
            System.err.println("eucaim: " + locked.message());
            return 1;
        }
        instance = ((SingleInstance.Claim.First) claim).instance();
        startPaths = List.copyOf(paths);
        Application.launch(WorkstationApp.class);
        return 0;
    }

    /** Reads settings and selection on the launcher thread, before the window, and never on the FX thread. */
    @Override
    public void init() throws IOException {
        UserDirectories folders = UserDirectories.detect();
        LogFile.install(folders.data());
        workstation = new Workstation(folders);
        Runtime.getRuntime().addShutdownHook(new Thread(this::closeAtExit, "eucaim-app-exit"));
    }

    @Override
    public void start(Stage stage) {
        workstation.show(stage, Desktop.of(stage, workstation.folders()), startPaths);
        if (instance != null) {
            workstation.listenForLaterStarts(instance);
        }
        StartupClock.whenAllReached(() -> Platform.runLater(Platform::exit));
    }

    /** Saves the window's place, flushes pending writes (the selection), and stops the embedded node. */
    @Override
    public void stop() throws InterruptedException, IOException {
        closeOnce();
    }

    /** Once, whoever asks first; a second caller waits until the first has finished. */
    private synchronized void closeOnce() throws InterruptedException, IOException {
        if (closed) {
            return;
        }
        closed = true;
        workstation.close();
        if (instance != null) {
            instance.close();
        }
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /**
     * The JVM is ending without the window having closed: a TERM signal, a logout. JavaFX does not call {@link
     * #stop()} then, and its own exit hook is taking the toolkit down at the same moment (so nothing can be handed
     * to the FX thread any more): the close runs here. What it touches of the UI is read, not changed, apart from
     * the tabs' view models ending their work.
     */
    private void closeAtExit() {
        if (isClosed()) {
            return; // the usual way out: the window closed, stop() ran
        }
        LOG.info("Asked to end: closing");
        // On a thread of its own, waited for a bounded time: a close that hung would keep the process from ending.
        Thread closing = new Thread(
                () -> {
                    try {
                        closeOnce();
                    } catch (IOException | RuntimeException e) {
                        LOG.warn("Closing at exit failed", e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "eucaim-app-close");
        closing.setDaemon(true);
        closing.start();
        try {
            closing.join(TimeUnit.SECONDS.toMillis(CLOSE_AT_EXIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (closing.isAlive()) {
            LOG.warn("Closing at exit took longer than {} s: ending without it", CLOSE_AT_EXIT_SECONDS);
        }
    }
}
