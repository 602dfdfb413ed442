package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.api.platform.UserDirectories;
import eu.eucaim.workstation.app.instance.SingleInstance;
import eu.eucaim.workstation.app.logging.LogFile;
import eu.eucaim.workstation.app.startup.StartupClock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The desktop application as JavaFX starts it: reads the settings before the window ({@link #init()}), shows the
 * {@link Workstation} on the real desktop, and closes it at exit. {@link #launch(List)} is the entry point the
 * command line uses: one app per data folder ({@link SingleInstance}).
 */
public class WorkstationApp extends Application {
    /** What {@code eucaim view PATH...} asked to open; empty for a plain start. */
    private static volatile List<Path> startPaths = List.of();
    /** This process's claim on the data folder, held while the app runs. */
    private static volatile SingleInstance instance;

    private Workstation workstation;

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
        workstation.close();
        if (instance != null) {
            instance.close();
        }
    }
}
