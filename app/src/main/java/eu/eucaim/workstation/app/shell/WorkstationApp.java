package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.api.platform.UserDirectories;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop application as JavaFX starts it: reads the settings before the window ({@link #init()}), shows the
 * {@link Workstation} on the real desktop, and closes it at exit. {@link #launchDesktop(String[])} is the entry
 * point the command line uses.
 */
public class WorkstationApp extends Application {
    /** What {@code eucaim view PATH...} asked to open; empty for a plain start. */
    private static volatile List<Path> startPaths = List.of();

    private Workstation workstation;

    /** Opens the desktop window and blocks until it is closed. */
    public static void launchDesktop(String[] args) {
        Application.launch(WorkstationApp.class, args);
    }

    /** Opens the desktop window on the Viewer tab with {@code paths} open, and blocks until it is closed. */
    public static void launchViewer(List<Path> paths) {
        startPaths = List.copyOf(paths);
        Application.launch(WorkstationApp.class);
    }

    /** Reads settings and selection on the launcher thread, before the window, and never on the FX thread. */
    @Override
    public void init() throws java.io.IOException {
        UserDirectories folders = UserDirectories.detect();
        eu.eucaim.workstation.app.logging.LogFile.install(folders.data());
        workstation = new Workstation(folders);
    }

    @Override
    public void start(Stage stage) {
        workstation.show(stage, Desktop.of(stage, workstation.folders()), startPaths);
    }

    /** Saves the window's place, flushes pending writes (the selection), and stops the embedded node. */
    @Override
    public void stop() throws InterruptedException {
        workstation.close();
    }
}
