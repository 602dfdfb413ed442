package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.api.auth.BrowserOpener;
import eu.eucaim.workstation.api.platform.UserDirectories;
import eu.eucaim.workstation.app.auth.Browsers;
import eu.eucaim.workstation.app.auth.SignInViewModel;
import eu.eucaim.workstation.app.auth.SystemBrowser;
import eu.eucaim.workstation.app.auth.WebViewBrowser;
import eu.eucaim.workstation.app.catalogue.CatalogueView;
import eu.eucaim.workstation.app.catalogue.CatalogueViewModel;
import eu.eucaim.workstation.app.cli.VersionProvider;
import eu.eucaim.workstation.app.dashboard.DashboardView;
import eu.eucaim.workstation.app.dashboard.DashboardViewModel;
import eu.eucaim.workstation.app.fx.UiThread;
import eu.eucaim.workstation.app.query.QueryTab;
import eu.eucaim.workstation.app.query.QueryView;
import eu.eucaim.workstation.app.samples.SampleImagesViewModel;
import eu.eucaim.workstation.app.selection.SelectionStore;
import eu.eucaim.workstation.app.selection.SelectionViewModel;
import eu.eucaim.workstation.app.settings.NodeMode;
import eu.eucaim.workstation.app.settings.Settings;
import eu.eucaim.workstation.app.settings.SettingsDialog;
import eu.eucaim.workstation.app.settings.SettingsStore;
import eu.eucaim.workstation.app.settings.SettingsViewModel;
import eu.eucaim.workstation.app.settings.StoredFile;
import eu.eucaim.workstation.app.settings.Theme;
import eu.eucaim.workstation.client.auth.SignInClient;
import eu.eucaim.workstation.client.auth.SignInStorage;
import eu.eucaim.workstation.common.NamedThreads;
import eu.eucaim.workstation.viewer.ViewerView;
import eu.eucaim.workstation.viewer.ViewerViewModel;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * The desktop application: wires view-models to services, builds the window, starts the node connection and
 * the status poller. {@link #launchDesktop(String[])} is the entry point the command line uses.
 *
 * <p>Dev-only system properties, used to take screenshots: {@code eucaim.startTab=catalogue} (or {@code query}, ...) opens that tab,
 * {@code eucaim.openDataset=ID} opens a dataset's detail in the Catalogue,
 * {@code eucaim.queryReport=FILE} opens a saved query report in the Query tab (which runs its query again).
 * {@code eucaim.viewer.script=...} drives the Viewer after {@code eucaim view} has opened its paths ({@link ViewerScript}).
 */
public class WorkstationApp extends Application {
    static final Duration POLL_INTERVAL = Duration.ofSeconds(3);
    /** How long a sign-in waits for the browser before it gives up and says so. */
    static final Duration SIGN_IN_TIMEOUT = Duration.ofMinutes(5);

    private ExecutorService io;
    private ScheduledExecutorService debounceScheduler;
    private ScheduledExecutorService statusScheduler;
    private UserDirectories dirs;
    private AppSettings settings;
    private SelectionViewModel selection;
    private final List<String> startWarnings = new ArrayList<>();
    private Connection connection;
    private QueryTab queryTab;
    private Stage stage;
    private WindowKeeper windowKeeper;
    private ExecutorService signInWork;
    private SignInViewModel signIn;
    private final BrowserOpener browserForTests;

    public WorkstationApp() {
        this(null);
    }

    /** @param browser shows the sign-in page instead of the system browser or WebView (UI tests sign in over HTTP) */
    public WorkstationApp(BrowserOpener browser) {
        this.browserForTests = browser;
    }

    private ExecutorService viewerIo;
    private ViewerViewModel viewerVm;
    /** What {@code eucaim view PATH...} asked to open; empty for a plain start. */
    private static volatile List<Path> startPaths = List.of();
    /** The window, once made: the Query and sample-images callbacks reach the other tabs through it. */
    private MainWindow mainWindow;

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
    public void init() {
        io = Executors.newSingleThreadExecutor(NamedThreads.daemon("eucaim-io"));
        debounceScheduler = Executors.newSingleThreadScheduledExecutor(NamedThreads.daemon("eucaim-debounce"));
        statusScheduler = Executors.newSingleThreadScheduledExecutor(NamedThreads.daemon("eucaim-status"));
        dirs = UserDirectories.detect();
        StoredFile<Settings> settingsFile = SettingsStore.in(dirs);
        StoredFile.Loaded<Settings> loaded = settingsFile.load();
        if (loaded.warning() != null) {
            startWarnings.add(loaded.warning());
        }
        settings = new AppSettings(settingsFile, loaded.value(), io);
        selection = new SelectionViewModel(SelectionStore.in(dirs), io, UiThread.executor());
        if (selection.warningProperty().get() != null) {
            startWarnings.add(selection.warningProperty().get());
        }
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Themes.apply(settings.get().theme());
        connection = new Connection(new HttpNodeConnector(dirs));
        SwitchableCatalogue catalogue = new SwitchableCatalogue(connection);

        DashboardViewModel dashboardVm = new DashboardViewModel(catalogue, UiThread.executor());
        CatalogueViewModel catalogueVm = new CatalogueViewModel(
                catalogue, UiThread.executor(), debounceScheduler, CatalogueViewModel.DEBOUNCE, 20);
        StatusViewModel statusVm = new StatusViewModel(connection::link, UiThread.executor(), Duration.ofSeconds(5));
        SampleImagesViewModel samplesVm = new SampleImagesViewModel(
                new SwitchableSamples(connection, dirs.data().resolve("library")),
                UiThread.executor(),
                this::openInViewer);
        CatalogueView catalogueView = new CatalogueView(catalogueVm, selection, samplesVm);
        signIn = signIn();
        // The callbacks below run on user actions, after the window exists.
        Runnable toCatalogue = () -> mainWindow.tabs().getSelectionModel().select(mainWindow.catalogueTab());
        queryTab = new QueryTab(
                signIn.tokens(),
                settings::get,
                () -> connection.link().thenApply(NodeLink::baseUri),
                dirs.data().resolve("node"),
                io,
                VersionProvider.projectVersion(),
                (id, source) -> {
                    toCatalogue.run();
                    catalogueVm.open(id, source);
                },
                id -> {
                    toCatalogue.run();
                    catalogueVm.open(id);
                },
                selection::add,
                message -> mainWindow.showWarning(message),
                QueryView.fileChooser(stage));
        viewerIo = Executors.newSingleThreadExecutor(NamedThreads.daemon("eucaim-viewer-io"));
        viewerVm = new ViewerViewModel(viewerIo, UiThread.executor());
        MainWindow window = new MainWindow(
                new DashboardView(dashboardVm),
                catalogueView,
                queryTab.view(),
                new ViewerView(viewerVm),
                selection,
                statusVm,
                signIn);
        mainWindow = window;
        startWarnings.forEach(window::showWarning);
        selection.warningProperty().addListener((obs, old, w) -> {
            if (w != null) {
                window.showWarning(w);
            }
        });

        Map<Tab, Runnable> reloads =
                Map.of(window.dashboardTab(), dashboardVm::load, window.catalogueTab(), catalogueVm::reload);
        Runnable reloadAll = () -> {
            dashboardVm.load();
            catalogueVm.reload();
        };
        // Back online: reload what the user is looking at; other tabs reload when next selected.
        statusVm.setOnBackOnline(() -> {
            Tab current = window.tabs().getSelectionModel().getSelectedItem();
            reloads.getOrDefault(current, () -> {}).run();
        });

        Scene scene = new Scene(window);
        Themes.style(scene);
        openDroppedFiles(scene, window);
        keys(scene, window, catalogueView, () -> openSettings(window, statusVm, reloadAll));
        window.settingsButton.setOnAction(e -> openSettings(window, statusVm, reloadAll));
        window.themeButton.setOnAction(e -> {
            Theme next = settings.get().theme() == Theme.DARK ? Theme.LIGHT : Theme.DARK;
            Themes.apply(next);
            settings.update(s -> s.withTheme(next), warn(window));
        });

        stage.setTitle("EUCAIM Workstation");
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        windowKeeper = new WindowKeeper(stage);
        windowKeeper.restore(settings.get().window());
        stage.show();

        connect(statusVm);
        reloadAll.run();
        signIn.restore();
        devStart(window, catalogueVm);
        if (!startPaths.isEmpty()) {
            window.openInViewer(startPaths)
                    .thenRun(() -> ViewerScript.run(System.getProperty("eucaim.viewer.script"), window.viewer()));
        }
        statusScheduler.scheduleWithFixedDelay(statusVm::poll, 0, POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The app-wide sign-in. The provider is the settings' issuer, or the node in use (its own provider); the
     * browser is the system's, else a WebView window. Later tabs take {@link SignInViewModel#tokens()}.
     */
    private SignInViewModel signIn() {
        signInWork = Executors.newSingleThreadExecutor(NamedThreads.daemon("eucaim-sign-in-io"));
        System.Logger log = System.getLogger(WorkstationApp.class.getName());
        SignInClient client = new SignInClient(
                SignInStorage.in(dirs.config(), line -> log.log(System.Logger.Level.INFO, line)), SIGN_IN_TIMEOUT);
        BrowserOpener browser = browserForTests != null
                ? browserForTests
                : Browsers.firstOf(new SystemBrowser(), new WebViewBrowser(stage));
        return new SignInViewModel(client, this::signInProvider, browser, signInWork, UiThread.executor());
    }

    private CompletableFuture<SignInViewModel.Provider> signInProvider() {
        Settings s = settings.get();
        if (!s.signInIssuer().isBlank()) {
            return CompletableFuture.completedFuture(
                    new SignInViewModel.Provider(URI.create(s.signInIssuer()), s.signInClientId()));
        }
        return connection.link().thenApply(link -> new SignInViewModel.Provider(link.baseUri(), s.signInClientId()));
    }

    /** Sample images, downloaded into the offline library, open in the Viewer tab. */
    private void openInViewer(List<Path> files) {
        if (mainWindow != null) {
            mainWindow.openInViewer(files);
        }
    }

    /** Files dropped anywhere on the window open in the Viewer tab. */
    private static void openDroppedFiles(Scene scene, MainWindow window) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
        });
        scene.setOnDragDropped(e -> {
            if (e.getDragboard().hasFiles()) {
                window.openInViewer(
                        e.getDragboard().getFiles().stream().map(File::toPath).toList());
                e.setDropCompleted(true);
            }
        });
    }

    private void connect(StatusViewModel statusVm) {
        Settings s = settings.get();
        statusVm.connecting(
                s.nodeMode() == NodeMode.EMBEDDED
                        ? "Starting the embedded node…"
                        : "Connecting to " + s.nodeUrl() + "…");
        queryTab.nodeChanged(s, connection.connect(s).thenApply(NodeLink::baseUri));
    }

    private void keys(Scene scene, MainWindow window, CatalogueView catalogueView, Runnable openSettings) {
        KeyCode[] digits = {
            KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6
        };
        for (int i = 0; i < digits.length; i++) {
            int index = i;
            scene.getAccelerators()
                    .put(
                            new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN),
                            () -> window.selectTab(index));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            window.tabs().getSelectionModel().select(window.catalogueTab());
            catalogueView.focusSearch();
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), openSettings);
    }

    private void openSettings(MainWindow window, StatusViewModel statusVm, Runnable reloadAll) {
        Settings before = settings.get();
        new SettingsDialog(stage, new SettingsViewModel(before)).showAndWait().ifPresent(after -> {
            settings.update(
                    s -> s.withNode(after.nodeMode(), after.nodeUrl())
                            .withTheme(after.theme())
                            .withSignIn(after.signInIssuer(), after.signInClientId())
                            .withQueryProviders(after.queryEmbedded(), after.queryProviders()),
                    warn(window));
            if (after.theme() != before.theme()) {
                Themes.apply(after.theme());
            }
            if (after.nodeMode() != before.nodeMode() || !after.nodeUrl().equals(before.nodeUrl())) {
                connect(statusVm);
                reloadAll.run();
            }
        });
    }

    private static java.util.function.Consumer<String> warn(MainWindow window) {
        return message -> UiThread.executor().execute(() -> window.showWarning(message));
    }

    private void devStart(MainWindow window, CatalogueViewModel catalogueVm) {
        String datasetId = System.getProperty("eucaim.openDataset");
        String startTab = System.getProperty("eucaim.startTab");
        if ("catalogue".equalsIgnoreCase(startTab) || datasetId != null) {
            window.tabs().getSelectionModel().select(window.catalogueTab());
        } else if (startTab != null) {
            window.tabs().getTabs().stream()
                    .filter(t -> ("tab-" + startTab).equals(t.getId()))
                    .findFirst()
                    .ifPresent(t -> window.tabs().getSelectionModel().select(t));
        }
        if (datasetId != null && !datasetId.isBlank()) {
            catalogueVm.open(datasetId);
        }
        String report = System.getProperty("eucaim.queryReport");
        if ("query".equalsIgnoreCase(System.getProperty("eucaim.startTab")) || report != null) {
            window.tabs().getSelectionModel().select(2);
        }
        if (report != null && !report.isBlank()) {
            queryTab.viewModel().openReport(java.nio.file.Path.of(report));
        }
    }

    /** Saves the window's place, flushes pending writes (the selection), and stops the embedded node. */
    @Override
    public void stop() throws InterruptedException {
        if (windowKeeper != null) {
            settings.update(s -> s.withWindow(windowKeeper.current()), message -> {});
        }
        statusScheduler.shutdownNow();
        if (signInWork != null) {
            signInWork.shutdownNow();
        }
        if (viewerVm != null) {
            viewerVm.close();
            viewerIo.shutdownNow();
        }
        debounceScheduler.shutdownNow();
        io.shutdown();
        io.awaitTermination(5, TimeUnit.SECONDS);
        if (queryTab != null) {
            queryTab.close();
        }
        if (connection != null) {
            connection.close();
        }
    }
}
