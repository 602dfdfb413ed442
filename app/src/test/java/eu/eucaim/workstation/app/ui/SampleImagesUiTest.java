package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.catalogue.SampleImages;
import eu.eucaim.workstation.api.platform.UserDirectories;
import eu.eucaim.workstation.app.catalogue.CatalogueView;
import eu.eucaim.workstation.app.catalogue.CatalogueViewModel;
import eu.eucaim.workstation.app.fx.UiThread;
import eu.eucaim.workstation.app.samples.SampleImagesViewModel;
import eu.eucaim.workstation.app.selection.SelectionStore;
import eu.eucaim.workstation.app.selection.SelectionViewModel;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.catalogue.HttpCatalogueClient;
import eu.eucaim.workstation.client.samples.SampleImagesClient;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import eu.eucaim.workstation.node.samples.SampleRoutes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Catalogue's dataset detail on a real node: "View sample images" downloads the samples into the offline
 * library and hands exactly those files to the viewer callback.
 */
class SampleImagesUiTest extends FxRobot {
    @TempDir
    static Path temp;

    static EucaimNode node;
    static ScheduledExecutorService scheduler;
    static final List<List<Path>> opened = new CopyOnWriteArrayList<>();
    static CatalogueViewModel catalogueVm;
    static Path library;

    @BeforeAll
    static void start() throws Exception {
        node = EucaimNode.start(NodeConfig.defaults(temp.resolve("node"), 1).withDatasetCount(12));
        scheduler = Executors.newSingleThreadScheduledExecutor();
        UserDirectories dirs = new UserDirectories(temp.resolve("data"), temp.resolve("config"));
        library = dirs.data().resolve("library/test-node");
        ClientConfig config = ClientConfig.of(node.baseUri());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            catalogueVm = new CatalogueViewModel(
                    new HttpCatalogueClient(config), UiThread.executor(), scheduler, CatalogueViewModel.DEBOUNCE, 20);
            SelectionViewModel selection =
                    new SelectionViewModel(SelectionStore.in(dirs), Runnable::run, UiThread.executor());
            SampleImagesViewModel samples = new SampleImagesViewModel(
                    new SampleImagesClient(config, library), UiThread.executor(), (files, focus) -> opened.add(files));
            stage.setScene(new Scene(new CatalogueView(catalogueVm, selection, samples), 1280, 860));
            stage.show();
        });
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupStages();
        scheduler.shutdownNow();
        node.close();
    }

    @Test
    void viewSampleImagesDownloadsThemAndHandsTheFilesToTheViewer() throws Exception {
        List<Dataset> all = new HttpCatalogueClient(ClientConfig.of(node.baseUri()))
                .search(new DatasetQuery("", Map.of(), 0, 100))
                .get(20, TimeUnit.SECONDS)
                .items();
        Dataset without = all.stream()
                .filter(d -> !SampleRoutes.hasSamples(d))
                .findFirst()
                .orElseThrow();
        Dataset with = all.stream().filter(SampleRoutes::hasSamples).findFirst().orElseThrow();

        WaitForAsyncUtils.asyncFx(() -> catalogueVm.open(without.id())).get(5, TimeUnit.SECONDS);
        waitUntil(
                "the detail shows " + without.title(),
                20,
                () -> text("#detail-title").equals(without.title()));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300); // time for the samples listing of this dataset to come back
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#sample-images").query().isVisible()).isFalse();

        WaitForAsyncUtils.asyncFx(() -> catalogueVm.open(with.id())).get(5, TimeUnit.SECONDS);
        waitUntil("the button shows", 30, () -> lookup("#sample-images").query().isVisible());
        clickOn("#view-samples");
        waitUntil("the viewer callback got the files", 240, () -> !opened.isEmpty());

        List<Path> files = opened.get(0);
        SampleImages listing = Json.mapper()
                .readValue(library.resolve(with.id()).resolve("samples.json").toFile(), SampleImages.class);
        int n = listing.files().size();
        assertThat(files).hasSize(n);
        for (int i = 0; i < files.size(); i += 7) {
            // Each file in the library's store, once, by content hash.
            assertThat(files.get(i))
                    .startsWith(library.resolveSibling("objects"))
                    .isRegularFile();
            assertThat(Files.size(files.get(i)))
                    .isEqualTo(listing.files().get(i).size());
        }
        assertThat(text("#samples-message")).isEqualTo(n + " files in the offline library");
        assertThat(lookup("#samples-progress").query().isVisible()).isFalse();
    }

    private String text(String query) {
        return lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }

    private static void waitUntil(String what, int seconds, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(
                    seconds,
                    TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition).get(5, TimeUnit.SECONDS));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
    }
}
