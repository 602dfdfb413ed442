package eu.eucaim.workstation.app.ui;

import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.app.settings.NodeMode;
import eu.eucaim.workstation.app.settings.Settings;
import eu.eucaim.workstation.app.settings.SettingsStore;
import eu.eucaim.workstation.app.shell.WorkstationApp;
import eu.eucaim.workstation.app.viewer.remote.RemoteSearchView;
import eu.eucaim.workstation.app.viewer.remote.RemoteSearchViewModel;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.catalogue.HttpCatalogueClient;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The fixture of every UI test: a real node on a temp folder (port 0, demo data seed 1), a temp
 * {@code eucaim.home} whose settings point the app at that node, and the app itself, started and stopped the way
 * TestFX starts applications. {@link #reference} is a second client of the same node: the tests compare what the
 * window shows with what the node says.
 */
abstract class RealNodeUiTest extends FxRobot {
    static final long SEED = 1;

    @TempDir
    static Path home;

    static EucaimNode node;
    static CatalogueService reference;
    private static NodeConfig nodeConfig;
    private Application app;

    @BeforeAll
    static void startNodeAndHome() throws Exception {
        System.setProperty("eucaim.home", home.toString());
        nodeConfig = NodeConfig.defaults(home.resolve("test-node"), SEED);
        node = EucaimNode.start(nodeConfig);
        nodeConfig = nodeConfig.withPort(node.baseUri().getPort());
        reference = new HttpCatalogueClient(ClientConfig.of(node.baseUri()));
        Path settings = home.resolve("config/settings.json");
        Files.createDirectories(settings.getParent());
        SettingsStore.at(settings)
                .save(Settings.defaults()
                        .withNode(NodeMode.REMOTE, node.baseUri().toString()));
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
            node = null;
        }
        System.clearProperty("eucaim.home");
    }

    /** Starts the app the way a user does (same home folder every time). */
    void launch() throws Exception {
        launch(WorkstationApp::new);
    }

    /** Starts the app made by {@code app} (e.g. with a sign-in browser hook). */
    void launch(java.util.function.Supplier<Application> made) throws Exception {
        start(made);
        waitUntil("the node is online", () -> text("#node-state").equals("Online"));
    }

    /** Starts the app the way a user does, not waiting for the node (it may be stopped). */
    void launchWhateverTheNode() throws Exception {
        start(WorkstationApp::new);
    }

    private void start(java.util.function.Supplier<Application> made) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(made::get);
    }

    /** Closes the app as the window's close would: {@code stop()} runs and pending writes are flushed. */
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            app = null;
        }
    }

    @AfterEach
    void closeApp() throws Exception {
        close();
    }

    static void stopTheNode() {
        node.close();
    }

    /** Starts the node again on the same port and data, as after a restart of a shared node. */
    static void restartTheNode() {
        node = EucaimNode.start(nodeConfig);
    }

    /**
     * With {@code -Deucaim.screenshots=FOLDER} (the docs' screenshots: {@code -Deucaim.screenshots=$PWD/docs/screenshots}),
     * the whole window as {@code FOLDER/name.png}, once the last answers and the layout have settled; else nothing.
     */
    void screenshot(String name) throws Exception {
        String where = System.getProperty("eucaim.screenshots");
        if (where == null) {
            return;
        }
        Thread.sleep(400);
        javafx.scene.image.WritableImage img = onFx(() -> mainStage().getScene().snapshot(null));
        javax.imageio.ImageIO.write(
                javafx.embed.swing.SwingFXUtils.fromFXImage(img, null),
                "png",
                Files.createDirectories(Path.of(where)).resolve(name + ".png").toFile());
    }

    /**
     * The headings and cell texts of the table {@code table} drawn cut short (with an ellipsis), but in the columns
     * {@code except}: what a user cannot read.
     */
    List<String> shownCut(String table, String... except) throws Exception {
        return onFx(() -> {
            Node t = lookup(table).query();
            List<String> cut = new java.util.ArrayList<>(Elision.under(t));
            cut.addAll(Elision.inCells(t, List.of(except)));
            return cut;
        });
    }

    /** Polls {@code condition} on the FX thread until it holds. */
    void waitUntil(String what, Callable<Boolean> condition) throws TimeoutException {
        waitUntil(what, 20, condition);
    }

    /** Polls {@code condition} on the FX thread until it holds, for at most {@code seconds}. */
    void waitUntil(String what, int seconds, Callable<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
                try {
                    return WaitForAsyncUtils.asyncFx(condition).get(5, TimeUnit.SECONDS);
                } catch (Exception e) {
                    return false;
                }
            });
        } catch (TimeoutException e) {
            throw new TimeoutException("Timed out waiting until " + what);
        }
    }

    /**
     * Clicks the check box {@code query} until it is ticked: right after a sign-in gate lifts, a loaded machine can
     * lose the first click while the tab lays out (seen in QueryUiTest under a full build's load).
     */
    void tick(String query) throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            clickOn(query);
            try {
                waitUntil(
                        query + " is ticked",
                        () -> lookup(query).queryAs(CheckBox.class).isSelected());
                return;
            } catch (TimeoutException lost) {
                // the click did not reach it: once more
            }
        }
        throw new AssertionError(query + " was not ticked by three clicks");
    }

    /** Brings the Viewer's side panel {@code id} (viewer-side-library, viewer-side-remote, ...) forward. */
    void side(String id) throws Exception {
        onFx(() -> {
            TabPane side = (TabPane) lookup("#viewer-side").query();
            side.getTabs().stream()
                    .filter(t -> id.equals(t.getId()))
                    .findFirst()
                    .ifPresent(t -> side.getSelectionModel().select(t));
            return null;
        });
    }

    /** The Viewer's Remote panel's view model. */
    RemoteSearchViewModel remoteViewModel() throws Exception {
        return onFx(() -> ((RemoteSearchView) lookup("#remote").query()).viewModel());
    }

    <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    /**
     * The cell showing {@code item}. Virtual flows reuse and reorder their cells, so the n-th cell in the scene
     * graph is not the n-th row; find the row by what it shows.
     */
    Node cellOf(String cellQuery, Object item) throws Exception {
        waitUntil(
                "a cell shows " + item, () -> cells(cellQuery, item).tryQuery().isPresent());
        return onFx(() -> cells(cellQuery, item).query());
    }

    /**
     * A dataset's row is found by its id: the list holds the record as the Catalogue's protocol (EMX2) reads it, the
     * test's reference may be the REST catalogue's, which differs in the model's own vocabulary (type, sex).
     */
    private NodeQuery cells(String cellQuery, Object item) {
        return lookup(cellQuery).match(n -> n instanceof IndexedCell<?> c && shows(c.getItem(), item));
    }

    private static boolean shows(Object shown, Object item) {
        if (shown instanceof eu.eucaim.workstation.api.catalogue.Dataset a
                && item instanceof eu.eucaim.workstation.api.catalogue.Dataset b) {
            return a.id().equals(b.id());
        }
        return item.equals(shown);
    }

    /** Whether the node {@code query} finds is on screen: it and all its parents visible. */
    boolean shown(String query) {
        Node n = lookup(query).tryQuery().orElse(null);
        if (n == null) {
            return false;
        }
        for (; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Scrolls the page holding {@code query}'s node so that it is in view, as a user would before clicking it. */
    void reveal(String query) throws Exception {
        onFx(() -> {
            Node n = lookup(query).query();
            for (Node p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane pane && pane.getContent() != null) {
                    Node content = pane.getContent();
                    double y = content.sceneToLocal(n.localToScene(n.getLayoutBounds()))
                            .getMinY();
                    double room = content.getLayoutBounds().getHeight()
                            - pane.getViewportBounds().getHeight();
                    pane.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, y - 20) / room));
                    break;
                }
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    String text(String query) {
        Node n = lookup(query).query();
        return ((Labeled) n).getText();
    }

    /** The app's main window. */
    protected javafx.stage.Stage mainStage() {
        return (javafx.stage.Stage) lookup("#main-window").query().getScene().getWindow();
    }

    /**
     * Opens tab {@code tab} ({@code query}), signs in through its gate and waits until {@code shown} (a node of the
     * tab's view) is laid out: the gate swaps the view in and the header relays out, so clicks wait for it.
     */
    void signInThroughGate(String tab, String shown) throws Exception {
        clickOn("#tab-" + tab);
        clickOn("#gate-" + tab + " .gate-sign-in");
        waitUntil(
                "signed in",
                () -> lookup("#user-menu").tryQuery().map(Node::isVisible).orElse(false));
        waitUntil(
                "the " + tab + " view is shown",
                () -> onFx(() -> lookup(shown)
                        .tryQuery()
                        .map(n -> n.isVisible()
                                && n.getScene() != null
                                && !n.getLayoutBounds().isEmpty())
                        .orElse(false)));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
