package eu.eucaim.workstation.app.ui;

import eu.eucaim.workstation.api.auth.BrowserOpener;
import eu.eucaim.workstation.api.platform.UserDirectories;
import eu.eucaim.workstation.app.instance.SingleInstance;
import eu.eucaim.workstation.app.shell.Desktop;
import eu.eucaim.workstation.app.shell.FxDialogs;
import eu.eucaim.workstation.app.shell.Workstation;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The app assembled as {@code WorkstationApp} assembles it, on a desktop where the sign-in page is answered by
 * {@code browser} (a test browser that posts the real login form over HTTP) instead of a person.
 */
final class TestDesktopApp extends Application {
    private final BrowserOpener browser;
    private final List<Path> paths;
    private Workstation workstation;
    private SingleInstance instance;

    TestDesktopApp(BrowserOpener browser) {
        this(browser, List.of());
    }

    /** @param paths opened in the Viewer at start, as {@code eucaim view PATH...} does */
    TestDesktopApp(BrowserOpener browser, List<Path> paths) {
        this.browser = browser;
        this.paths = List.copyOf(paths);
    }

    @Override
    public void init() {
        workstation = new Workstation(UserDirectories.detect());
    }

    @Override
    public void start(Stage stage) {
        workstation.show(stage, new Desktop(browser, new FxDialogs(stage, workstation.folders())), paths);
        // as WorkstationApp: this window is the app on its data folder, and takes what later starts hand over
        try {
            if (SingleInstance.claim(UserDirectories.detect().data(), List.of())
                    instanceof SingleInstance.Claim.First first) {
                instance = first.instance();
                workstation.listenForLaterStarts(instance);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void stop() throws InterruptedException {
        workstation.close();
        if (instance != null) {
            try {
                instance.close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
