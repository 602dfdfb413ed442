package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.node.samples.SampleRoutes;
import eu.eucaim.workstation.viewer.ViewerView;
import eu.eucaim.workstation.viewer.ViewerViewModel;
import eu.eucaim.workstation.viewer.browser.SeriesItem;
import eu.eucaim.workstation.viewer.engine.Slice;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * End to end in the whole app on a real node: the Catalogue's "View sample images" downloads the demo samples into
 * the offline library and ends with them listed and shown in the Viewer tab, which comes forward.
 */
class SampleImagesViewerUiTest extends RealNodeUiTest {

    @Test
    void viewSampleImagesEndsWithTheImagesInTheViewerTab() throws Exception {
        Dataset with =
                reference.search(new DatasetQuery("", Map.of(), 0, 200)).get(20, TimeUnit.SECONDS).items().stream()
                        .filter(SampleRoutes::hasSamples)
                        .findFirst()
                        .orElseThrow();
        launch();
        clickOn("#tab-catalogue");
        // The title is set, not typed key by key (6 s of robot typing here; CatalogueUiTest covers typing a search).
        TextField search = lookup("#catalogue-search").queryAs(TextField.class);
        interact(() -> search.setText(with.title()));
        clickOn(search).type(KeyCode.ENTER);
        clickOn(cellOf("#results .list-cell", with));
        waitUntil(
                "the detail shows " + with.title(), () -> text("#detail-title").equals(with.title()));
        waitUntil(
                "the sample images button shows",
                () -> lookup("#view-samples").query().isVisible());
        clickOn("#view-samples");

        ViewerViewModel viewer = onFx(() -> ((ViewerView) lookup("#viewer").query()).viewModel());
        // The download (64 files, about 40 MB) and the scan take a few seconds on a loaded machine: wait longer than
        // usual.
        WaitForAsyncUtils.waitFor(
                120,
                TimeUnit.SECONDS,
                () -> onFx(() -> !viewer.series().isEmpty()
                        && !viewer.busyProperty().get()
                        && viewer.active().frameProperty().get() != null));
        assertThat(onFx(() -> ((TabPane) lookup("#main-tabs").query())
                        .getSelectionModel()
                        .getSelectedItem()
                        .getId()))
                .isEqualTo("tab-viewer");
        List<SeriesItem> series = onFx(() -> List.copyOf(viewer.series()));
        // Every sample series, each with all its images (the XA cine's 40 frames each count as one).
        assertThat(series.stream().map(s -> s.modality() + " " + s.imageCount()))
                .as(onFx(() -> viewer.statusProperty().get()))
                .containsExactlyInAnyOrder("CT " + SAMPLE_CT_SLICES, "MR 32", "XA 40", "CR 1");
        Path library = home.resolve("data/library");
        assertThat(series)
                .allSatisfy(s -> assertThat(Path.of(s.frames().get(0).source().location()))
                        .startsWith(library));
        Slice shown = onFx(() -> viewer.active().sliceProperty().get());
        assertThat(shown.ok()).as(shown.error()).isTrue();
        assertThat(onFx(() -> viewer.shownIn(viewer.active()))).isSameAs(series.get(0));
        assertThat(onFx(() -> viewer.active().frameProperty().get().argb())).isNotNull();
    }
}
