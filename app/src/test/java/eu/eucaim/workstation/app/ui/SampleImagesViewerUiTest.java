package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.catalogue.SampleImages;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.samples.SampleImagesClient;
import eu.eucaim.workstation.dicom.source.LocalFile;
import eu.eucaim.workstation.node.samples.SampleRoutes;
import eu.eucaim.workstation.viewer.ViewerView;
import eu.eucaim.workstation.viewer.ViewerViewModel;
import eu.eucaim.workstation.viewer.browser.SeriesItem;
import eu.eucaim.workstation.viewer.engine.Slice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * End to end in the whole app on a real node: the Catalogue's "View sample images" of a lung dataset copies its own
 * samples (a chest CT with a nodule) into the offline library and shows them in the Viewer on the nodule's slice;
 * after a restart (a new window on the same data folder) the Viewer lists the library by patient, study and series
 * with size and date, and a double-click opens the CT on that slice again.
 */
class SampleImagesViewerUiTest extends RealNodeUiTest {

    @Test
    void samplesOpenOnTheFindingAndAfterARestartTheViewerListsAndOpensTheLibrary() throws Exception {
        Dataset lung =
                reference.search(new DatasetQuery("", Map.of(), 0, 200)).get(20, TimeUnit.SECONDS).items().stream()
                        .filter(SampleRoutes::hasSamples)
                        .filter(d ->
                                d.bodyParts().contains("lung") && d.modalities().contains("CT"))
                        .findFirst()
                        .orElseThrow();
        launch();
        clickOn("#tab-catalogue");
        // The title is set, not typed key by key (6 s of robot typing here; CatalogueUiTest covers typing a search).
        TextField search = lookup("#catalogue-search").queryAs(TextField.class);
        interact(() -> search.setText(lung.title()));
        clickOn(search).type(KeyCode.ENTER);
        clickOn(cellOf("#results .list-cell", lung));
        waitUntil(
                "the detail shows " + lung.title(), () -> text("#detail-title").equals(lung.title()));
        waitUntil(
                "the sample images button shows",
                () -> lookup("#view-samples").query().isVisible());
        screenshot("catalogue-samples");
        clickOn("#view-samples");

        ViewerViewModel viewer = viewer();
        awaitImage(viewer);
        assertThat(onFx(() -> ((TabPane) lookup("#main-tabs").query())
                        .getSelectionModel()
                        .getSelectedItem()
                        .getId()))
                .isEqualTo("tab-viewer");
        // The dataset's own studies: every series of a modality its record lists, all from the library's store.
        List<SeriesItem> series = onFx(() -> List.copyOf(viewer.series()));
        assertThat(series)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(lung.modalities()).contains(s.modality()));
        Path library = home.resolve("data/library");
        assertThat(series)
                .allSatisfy(s -> assertThat(Path.of(s.frames().get(0).source().location()))
                        .startsWith(library.resolve("objects")));
        SampleImages listing = new SampleImagesClient(ClientConfig.of(node.baseUri()), library.resolve("x"))
                .listing(lung.id())
                .get(20, TimeUnit.SECONDS);
        SampleImages.SampleSeries ct = listing.studies().get(0).series().get(0);
        assertThat(ct.modality()).isEqualTo("CT");
        assertThat(ct.keyNote()).contains("nodule");
        Path keyFile = library.resolve("objects")
                .resolve(ct.keyFile().sha256().substring(0, 2))
                .resolve(ct.keyFile().sha256() + ".dcm");
        assertShowsOnItsKeySlice(viewer, keyFile, ct.files().size());

        // Restart: a new window on the same data folder.
        close();
        launch();
        clickOn("#tab-viewer");
        String ctLabel = "CT · " + ct.description();
        waitUntil("the library lists the CT series", () -> libraryCell(ctLabel) != null);
        assertThat(cellTexts())
                .anySatisfy(t -> assertThat(t).contains("SMP-" + lung.id().toUpperCase()));
        assertThat(cellTexts())
                .anySatisfy(t -> assertThat(t).contains(listing.studies().get(0).description()));
        assertThat(cellTexts()).anySatisfy(t -> assertThat(t).matches("\\d+\\.\\d MB"));
        assertThat(cellTexts()).anySatisfy(t -> assertThat(t).matches("\\d{2}:\\d{2}")); // used today: the time
        assertThat(text("#library-status")).contains("1 patient");
        screenshot("viewer-library");
        assertThat(shownCut("#library-tree", "Name"))
                .as("headings and figures whole in the theme's font; names may be cut (the row's tooltip has them)")
                .isEmpty();
        // Names cut short: the panel's edge is dragged wider, the names column takes the room, and a double-click on
        // the edge gives the usual width back.
        javafx.scene.layout.Region side = lookup("#viewer-side").query();
        double usual = onFx(side::getWidth);
        javafx.scene.control.TreeTableColumn<?, ?> names = onFx(() -> ((javafx.scene.control.TreeTableView<?>)
                        lookup("#library-tree").query())
                .getColumns()
                .get(0));
        double namesUsual = onFx(names::getWidth);
        int cutBefore = shownCut("#library-tree").size();
        assertThat(cutBefore).as("names cut at the usual width").isPositive();
        drag("#viewer-side-grip").moveBy(300, 0).drop();
        waitUntil("the panel is wider", () -> side.getWidth() > usual + 250);
        waitUntil("the names column took the room", () -> names.getWidth() > namesUsual + 250);
        assertThat(shownCut("#library-tree")).as("fewer names cut").hasSizeLessThan(cutBefore);
        // The width is kept for the next start.
        double dragged = onFx(side::getWidth);
        Path settings = home.resolve("config/settings.json");
        waitUntil("the width saved", () -> Files.readString(settings).contains("viewer-side-library"));
        close();
        launch();
        clickOn("#tab-viewer");
        javafx.scene.layout.Region sideAgain = lookup("#viewer-side").query();
        waitUntil("the library again", () -> libraryCell(ctLabel) != null);
        waitUntil("as wide as it was dragged", () -> Math.abs(sideAgain.getWidth() - dragged) < 1);
        doubleClickOn("#viewer-side-grip");
        waitUntil("the usual width again", () -> sideAgain.getWidth() == usual);
        waitUntil("and that saved", () -> !Files.readString(settings).contains("viewer-side-library"));
        ViewerViewModel after = viewer();
        assertThat(onFx(() -> after.series().isEmpty())).isTrue();
        doubleClickOn(onFx(() -> libraryCell(ctLabel)));
        awaitImage(after);
        assertShowsOnItsKeySlice(after, keyFile, ct.files().size());
    }

    private ViewerViewModel viewer() throws Exception {
        waitUntil("the Viewer", () -> lookup("#viewer").tryQuery().isPresent());
        return onFx(() -> ((ViewerView) lookup("#viewer").query()).viewModel());
    }

    private void awaitImage(ViewerViewModel viewer) throws Exception {
        // The download and the scan take a few seconds on a loaded machine: wait longer than usual.
        WaitForAsyncUtils.waitFor(
                120,
                TimeUnit.SECONDS,
                () -> onFx(() -> !viewer.series().isEmpty()
                        && !viewer.busyProperty().get()
                        && viewer.active().frameProperty().get() != null));
    }

    /** The first viewport shows the CT on the key file's slice (not its first), decoded. */
    private void assertShowsOnItsKeySlice(ViewerViewModel viewer, Path keyFile, int slices) throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> onFx(() -> {
                    Slice s = viewer.active().sliceProperty().get();
                    return s != null
                            && s.ref().source() instanceof LocalFile f
                            && f.path().equals(keyFile);
                }));
        Slice shown = onFx(() -> viewer.active().sliceProperty().get());
        assertThat(shown.ok()).as(shown.error()).isTrue();
        SeriesItem item = onFx(() -> viewer.shownIn(viewer.active()));
        assertThat(item.modality()).isEqualTo("CT");
        assertThat(item.imageCount()).isEqualTo(slices);
        int index = onFx(() -> viewer.active().indexProperty().get());
        assertThat(index).isBetween(1, slices - 2);
    }

    private Node libraryCell(String label) {
        return lookup("#library-tree .tree-table-cell")
                .match(n -> n instanceof TreeTableCell<?, ?> c && label.equals(c.getText()))
                .tryQuery()
                .orElse(null);
    }

    private List<String> cellTexts() throws Exception {
        return onFx(() -> lookup("#library-tree .tree-table-cell").queryAll().stream()
                .map(n -> ((TreeTableCell<?, ?>) n).getText())
                .filter(t -> t != null)
                .toList());
    }
}
