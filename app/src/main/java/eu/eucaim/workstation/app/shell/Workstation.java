package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.api.platform.UserDirectories;
import eu.eucaim.workstation.app.auth.SignInViewModel;
import eu.eucaim.workstation.app.connection.Connection;
import eu.eucaim.workstation.app.connection.ExplorerSession;
import eu.eucaim.workstation.app.connection.ImageSourcePasswords;
import eu.eucaim.workstation.app.connection.KeptPassword;
import eu.eucaim.workstation.app.connection.NodeConnector;
import eu.eucaim.workstation.app.connection.PlatformClients;
import eu.eucaim.workstation.app.fx.UiThread;
import eu.eucaim.workstation.app.instance.SingleInstance;
import eu.eucaim.workstation.app.selection.SelectionStore;
import eu.eucaim.workstation.app.selection.SelectionViewModel;
import eu.eucaim.workstation.app.settings.AppSettings;
import eu.eucaim.workstation.app.settings.Settings;
import eu.eucaim.workstation.app.settings.SettingsStore;
import eu.eucaim.workstation.app.settings.StoredFile;
import eu.eucaim.workstation.app.startup.StartupClock;
import eu.eucaim.workstation.app.tab.AppContext;
import eu.eucaim.workstation.app.tab.AppExecutors;
import eu.eucaim.workstation.app.tab.Destination;
import eu.eucaim.workstation.app.tab.Services;
import eu.eucaim.workstation.app.tab.TabContent;
import eu.eucaim.workstation.app.tab.TabSpec;
import eu.eucaim.workstation.app.version.AppVersion;
import eu.eucaim.workstation.client.auth.CurrentSignIn;
import eu.eucaim.workstation.client.auth.SignInClient;
import eu.eucaim.workstation.client.auth.SignInStorage;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Assembles the desktop app: settings and selection (read before the window), the connection and its services, the
 * sign-in, the tabs of the {@link TabRegistry} with their context, the window. Nothing here knows a feature's
 * insides; {@link ShellActions} holds what the window's own buttons and keys do.
 */
public final class Workstation implements AutoCloseable {
    static final Duration POLL_INTERVAL = Duration.ofSeconds(3);
    /** How long a sign-in waits for the browser before it gives up and says so. */
    static final Duration SIGN_IN_TIMEOUT = Duration.ofMinutes(5);

    private final UserDirectories dirs;
    private final AppExecutors executors = AppExecutors.create(UiThread.executor());
    private final AppSettings settings;
    private final SelectionViewModel selection;
    private final List<String> startWarnings = new ArrayList<>();
    private final CurrentSignIn signInService;
    private final Connection connection;
    /** The embedded node's SMTP password (OS keyring): read when the node starts, changed in Settings. */
    private final KeptPassword smtpPassword;
    /** The EUCAIM explorer's web session: in memory only, for the platform's federated query. */
    private final ExplorerSession explorerSession = new ExplorerSession();

    private final String version = AppVersion.current();
    /** Completes once the window is on the screen; what can wait (the demo federation) starts after it. */
    private final CompletableFuture<Void> windowShown = new CompletableFuture<>();
    /** The window's notifications once it exists; before that, warnings wait in {@link #startWarnings}. */
    private WarningLines warnings;

    private SignInViewModel signIn;
    private MainWindow window;
    private WindowKeeper windowKeeper;
    private Stage stage;
    private Navigator navigator;

    /** Reads settings and selection; blocking, so on the launcher thread, before the window, never on the FX thread. */
    public Workstation(UserDirectories dirs) {
        this.dirs = dirs;
        StoredFile<Settings> settingsFile = SettingsStore.in(dirs);
        StoredFile.Loaded<Settings> loaded = settingsFile.load();
        if (loaded.warning() != null) {
            startWarnings.add(loaded.warning());
        }
        settings = new AppSettings(settingsFile, loaded.value(), executors.serialIo());
        selection = new SelectionViewModel(SelectionStore.in(dirs), executors.serialIo(), executors.ui());
        if (selection.warningProperty().get() != null) {
            startWarnings.add(selection.warningProperty().get());
        }
        System.Logger log = System.getLogger(Workstation.class.getName());
        signInService = new CurrentSignIn(
                new SignInClient(
                        SignInStorage.in(dirs.config(), line -> log.log(System.Logger.Level.INFO, line)),
                        SIGN_IN_TIMEOUT),
                executors.background());
        smtpPassword = KeptPassword.smtp(dirs.config(), this::warn);
        connection = new Connection(new NodeConnector(
                dirs,
                signInService.tokens(),
                version,
                this::warn,
                windowShown,
                smtpPassword,
                PlatformClients.of(explorerSession)));
        // Now, not when the window shows: the embedded node starts while JavaFX starts and builds the window.
        connection.connect(settings.get());
    }

    /** Shows {@code text} among the window's notifications, or there once the window exists. Any thread. */
    private void warn(String text) {
        synchronized (startWarnings) {
            if (warnings == null) {
                startWarnings.add(text);
                return;
            }
        }
        warnings.warn(text);
    }

    /** Where the app's file choosers start: the folder used last (kept in the settings), else the documents folder. */
    public StartFolder folders() {
        return new StartFolder(settings, Path.of(System.getProperty("user.home")));
    }

    /** Builds the window on {@code stage}, shows it, connects, and opens {@code paths} in the Viewer if any. */
    public void show(Stage stage, Desktop desktop, List<Path> paths) {
        Themes.apply(settings.get().theme());
        WarningLines warnings = new WarningLines();
        Services services = new Services(connection::follow, connection::backend, signInService);
        signIn = new SignInViewModel(signInService, this::signInProvider, desktop.browser(), executors.ui());
        StatusViewModel status = new StatusViewModel(connection::backend, executors.ui(), Duration.ofSeconds(5));
        window = new MainWindow(selection, signIn, warnings, status);
        this.stage = stage;
        navigator = new Navigator(window.tabs(), warnings);
        window.openSelectedWith(id -> navigator.open(new Destination.Dataset(id)));
        window.requestAccessWith(() -> navigator.open(new Destination.AccessRequest()));
        ImageSourcePasswords imageSourcePasswords = new ImageSourcePasswords(dirs.config(), this::warn);
        AppContext context = new AppContext(
                services,
                signIn,
                selection,
                settings,
                executors,
                navigator,
                warnings,
                desktop.dialogs(),
                version,
                dirs,
                imageSourcePasswords);
        for (TabSpec spec : TabRegistry.TABS) {
            TabContent content = spec.factory().apply(context);
            navigator.add(spec.id(), window.add(spec, content, signIn));
        }
        List<String> early;
        synchronized (startWarnings) {
            this.warnings = warnings;
            early = List.copyOf(startWarnings);
        }
        early.forEach(warnings::warn);
        selection.warningProperty().addListener((obs, old, w) -> {
            if (w != null) {
                warnings.warn(w);
            }
        });
        status.setOnBackOnline(window::reloadAfterOutage);

        Scene scene = new Scene(window);
        Themes.style(scene);
        new ShellActions(stage, window, settings, navigator, warnings, () -> connect(status))
                .withPasswords(smtpPassword, imageSourcePasswords::of, executors.serialIo())
                .withExplorerSignIn(new ExplorerSignInStep(explorerSession))
                .install(scene);

        stage.setTitle("EUCAIM Workstation");
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        windowKeeper = new WindowKeeper(stage);
        windowKeeper.restore(settings.get().window());
        stage.show();
        Platform.runLater(
                () -> { // after the first frame's pulse
                    StartupClock.reached(StartupClock.Milestone.WINDOW);
                    windowShown.complete(null);
                });

        announce(status);
        signIn.restore();
        if (!paths.isEmpty()) {
            navigator.open(new Destination.Images(paths));
        }
        executors.scheduler().scheduleWithFixedDelay(status::poll, 0, POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * What a later start of the app handed over ({@code eucaim view PATH} while the app runs): the window comes to
     * the front and the Viewer opens the paths. On the FX thread.
     */
    public void handOver(List<Path> paths) {
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
        if (!paths.isEmpty()) {
            navigator.open(new Destination.Images(paths));
        }
    }

    /** Takes what later starts of the app hand over ({@link #handOver}) while {@code instance} is open. */
    public void listenForLaterStarts(SingleInstance instance) {
        instance.listen(paths -> Platform.runLater(() -> handOver(paths)));
    }

    /** The provider to sign in with: the settings' issuer, else the backend's (a node itself, LS-AAI for the platform). */
    private CompletableFuture<SignInViewModel.Provider> signInProvider() {
        Settings s = settings.get();
        if (!s.signInIssuer().isBlank()) {
            return CompletableFuture.completedFuture(
                    new SignInViewModel.Provider(URI.create(s.signInIssuer()), s.signInClientId()));
        }
        return connection.backend().thenApply(b -> new SignInViewModel.Provider(b.signInIssuer(), s.signInClientId()));
    }

    /** Reconnects to the node in the settings (they changed, or Retry); the sign-in and every tab follow. */
    private void connect(StatusViewModel status) {
        connection.connect(settings.get());
        announce(status);
    }

    /** Says the connection in progress, lets the sign-in follow it, and has every tab load (again) from it. */
    private void announce(StatusViewModel status) {
        Settings s = settings.get();
        status.connecting(
                switch (s.nodeMode()) {
                    case EMBEDDED -> "Starting the embedded node…";
                    case PLATFORM -> "Connecting to the EUCAIM platform…";
                    case REMOTE -> "Connecting to " + s.nodeUrl() + "…";
                });
        signIn.followConnection();
        window.reloadAll();
    }

    /** Saves the window's place, flushes pending writes (the selection), stops the tabs and the embedded node. */
    @Override
    public void close() throws InterruptedException {
        if (windowKeeper != null) {
            settings.update(s -> s.withWindow(windowKeeper.current()), message -> {});
        }
        if (window != null) {
            window.contents().forEach(TabContent::close);
        }
        executors.close();
        connection.close();
    }
}
