package eu.eucaim.workstation.viewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.viewer.browser.SeriesItem;
import eu.eucaim.workstation.viewer.engine.Annotation;
import eu.eucaim.workstation.viewer.engine.Measurements;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.engine.ViewTransform;
import eu.eucaim.workstation.viewer.engine.WindowLevel;
import eu.eucaim.workstation.viewer.engine.Windows;
import eu.eucaim.workstation.viewer.testing.SyntheticStudy;
import eu.eucaim.workstation.viewer.viewport.OverlayText;
import eu.eucaim.workstation.viewer.viewport.RenderedFrame;
import eu.eucaim.workstation.viewer.viewport.Tool;
import eu.eucaim.workstation.viewer.viewport.ViewportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

/** The Viewer as a user drives it, on synthetic series written with viewer/dicom's own writer. */
class ViewerUiTest extends ViewerUiHarness {
    @Test
    void openingAFolderListsItsSeries() throws Exception {
        SyntheticStudy.ctSeries(dir.resolve("a"), 1, "Scout", 2, 16, 16, (x, y, z) -> 1024);
        SyntheticStudy.ctSeries(dir.resolve("b"), 2, "Axial 5 mm", 7, 16, 16, (x, y, z) -> 1024 + z);
        Files.writeString(dir.resolve("notes.txt"), "not DICOM");
        openAndWait(dir);
        ListView<?> list = lookup("#series-list").queryListView();
        List<String> rows = onFx(() -> list.getItems().stream()
                .map(i -> ((SeriesItem) i).title() + " / " + ((SeriesItem) i).imageCount() + " / "
                        + ((SeriesItem) i).studyDate())
                .toList());
        assertThat(rows).containsExactly("1 · CT · Scout / 2 / 2024-01-15", "2 · CT · Axial 5 mm / 7 / 2024-01-15");
        assertThat(lookup("#viewer-status").queryAs(Label.class).getText())
                .contains("2 series, 9 images")
                .contains("1 files skipped");
        waitUntil(
                "the thumbnails are made",
                () -> onFx(() -> list.getItems().stream()
                        .allMatch(i -> ((SeriesItem) i).thumbnailProperty().get() != null)));
    }

    /** 320 series: all listed, but the browser only makes cells for the rows on screen (a virtualised list). */
    @Test
    void hundredsOfSeriesAreListedInAVirtualisedBrowser() throws Exception {
        for (int i = 1; i <= 320; i++) {
            SyntheticStudy.ctSeries(dir.resolve("s" + i), i, "Series " + i, 1, 8, 8, (x, y, z) -> 1024 + x);
        }
        openAndWait(dir);
        ListView<?> list = lookup("#series-list").queryListView();
        assertThat(onFx(() -> list.getItems().size())).isEqualTo(320);
        assertThat(onFx(() -> ((SeriesItem) list.getItems().get(319)).title())).isEqualTo("320 · CT · Series 320");
        assertThat(lookup("#series-list .list-cell").queryAll().size()).isLessThan(40);
        onFx(() -> {
            list.scrollTo(300);
            return null;
        });
        waitUntil(
                "row 301 is on screen",
                () -> lookup("#series-list .list-cell").queryAll().stream()
                        .anyMatch(c -> ((javafx.scene.control.ListCell<?>) c).getIndex() == 300));
    }

    @Test
    void scrollingChangesTheImageNumber() throws Exception {
        SyntheticStudy.ctSeries(dir, 1, "Axial", 5, 32, 32, (x, y, z) -> 1024 + 10 * z);
        openAndWait(dir);
        assertThat(corner()).contains("Im 1/5");
        wheel(-40, false);
        waitUntil("image 2 is shown", () -> frame().index() == 1);
        assertThat(corner()).contains("Im 2/5");
        assertThat(frame().slice().pixels().stored(0, 0)).isEqualTo(1024 + 10);
        clickOn(surface());
        type(KeyCode.END);
        waitUntil("the last image is shown", () -> frame().index() == 4);
        assertThat(corner()).contains("Im 5/5");
    }

    /**
     * One wheel notch over the middle of the viewport. Monocle's robot cannot turn a wheel, so the event a wheel
     * makes is fired at the viewport, through the same handler.
     */
    private void wheel(double deltaY, boolean ctrl) throws Exception {
        onFx(() -> {
            Node n = surface();
            double x = n.getLayoutBounds().getWidth() / 2;
            double y = n.getLayoutBounds().getHeight() / 2;
            Point2D screen = n.localToScreen(x, y);
            javafx.event.Event.fireEvent(
                    n,
                    new javafx.scene.input.ScrollEvent(
                            javafx.scene.input.ScrollEvent.SCROLL,
                            x,
                            y,
                            screen.getX(),
                            screen.getY(),
                            false,
                            ctrl,
                            false,
                            false,
                            false,
                            false,
                            0,
                            deltaY,
                            0,
                            0,
                            javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE,
                            0,
                            javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE,
                            0,
                            0,
                            null));
            return null;
        });
    }

    private List<String> corner() throws Exception {
        return onFx(() -> {
            RenderedFrame f = vm.active().frameProperty().get();
            return OverlayText.corners(
                            f.slice(), f.index(), vm.active().countProperty().get(), f.window(), "", 1, "")
                    .bottomLeft();
        });
    }

    @Test
    void aWindowDragMovesTheWindowByTheDragTimesTheSensitivity() throws Exception {
        // Stored 0..2000 → HU -1024..976: range 2000 HU, so one pixel of drag is 2 HU.
        SyntheticStudy.ctSeries(dir, 1, "Axial", 1, 64, 64, (x, y, z) -> (x + 64 * y) * 2000 / 4095);
        openAndWait(dir);
        Slice s = frame().slice();
        assertThat(Windows.dragSensitivity(s)).isEqualTo(2.0);
        WindowLevel before = onFx(() -> vm.active().windowProperty().get());
        assertThat(before).isEqualTo(new WindowLevel(40, 400));
        Point2D start = screenOf(32, 32);
        moveTo(start).press(MouseButton.PRIMARY).moveTo(start.add(60, -25)).release(MouseButton.PRIMARY);
        waitUntil("the window is redrawn", () -> frame().window().width() != 400);
        assertThat(onFx(() -> vm.active().windowProperty().get())).isEqualTo(new WindowLevel(40 - 50, 400 + 120));
        assertThat(frame().window()).isEqualTo(new WindowLevel(-10, 520));
    }

    @Test
    void ctrlWheelAndRightDragZoom() throws Exception {
        SyntheticStudy.ctSeries(dir, 1, "Axial", 1, 64, 64, (x, y, z) -> 1024 + x);
        openAndWait(dir);
        waitUntil("the image is fitted", () -> frame().transform().zoom() > 5); // 64 pixels in about 700
        double fit = frame().transform().zoom();
        wheel(40, true);
        waitUntil("zoomed in", () -> frame().transform().zoom() > fit);
        assertThat(frame().transform().zoom()).isCloseTo(fit * 1.1, org.assertj.core.data.Offset.offset(1e-9));
        clickOn("#one-to-one");
        waitUntil("1:1", () -> frame().transform().zoom() == 1.0);
        Point2D c = screenOf(32, 32);
        moveTo(c).press(MouseButton.SECONDARY).moveTo(c.add(0, -100)).release(MouseButton.SECONDARY);
        waitUntil("zoomed by the drag", () -> frame().transform().zoom() > 1.0);
        assertThat(frame().transform().zoom()).isCloseTo(Math.exp(1.0), org.assertj.core.data.Offset.offset(1e-9));
    }

    /**
     * Pixels of 0.5 mm across and 1 mm down (64 × 32 pixels, 32 × 32 mm) show square on screen, and lengths drawn
     * with the mouse across and down over the same screen distance both measure the same millimetres.
     */
    @Test
    void stretchedPixelsShowInTrueProportionsAndMeasureTrueMillimetres() throws Exception {
        SyntheticStudy.ctSeries(dir, 1, "Axial", 1, 32, 64, 1.0, 0.5, (x, y, z) -> 1024 + 200);
        openAndWait(dir);
        waitUntil("the image is fitted", () -> frame().transform().zoom() > 5);
        RenderedFrame f = frame();
        int across = 0;
        int down = 0;
        for (int x = 0; x < f.width(); x++) {
            across += f.argb()[f.height() / 2 * f.width() + x] != 0xFF000000 ? 1 : 0;
        }
        for (int y = 0; y < f.height(); y++) {
            down += f.argb()[y * f.width() + f.width() / 2] != 0xFF000000 ? 1 : 0;
        }
        assertThat(across).isGreaterThan(300);
        assertThat(down).isCloseTo(across, org.assertj.core.data.Offset.offset(1));
        clickOn("#tool-length");
        Point2D c = screenOf(32, 16);
        moveTo(c).press(MouseButton.PRIMARY).moveTo(c.add(150, 0)).release(MouseButton.PRIMARY);
        moveTo(c).press(MouseButton.PRIMARY).moveTo(c.add(0, 150)).release(MouseButton.PRIMARY);
        Slice s = f.slice();
        waitUntil(
                "both lengths are listed",
                () -> onFx(() -> vm.annotations().of(s.ref()).size() == 2));
        List<Annotation> lengths = onFx(() -> vm.annotations().of(s.ref()));
        double mm = 150 / f.transform().zoom() * 0.5;
        assertThat(lengths.get(0).label()).isEqualTo(lengths.get(1).label()).isEqualTo(String.format("%.1f mm", mm));
        double[] h = lengths.get(0).points();
        double[] v = lengths.get(1).points();
        assertThat(h[2] - h[0]).isCloseTo(2 * (v[3] - v[1]), org.assertj.core.data.Offset.offset(1e-9));
    }

    /**
     * A checkerboard of 100 and 300 HU: an ellipse centred on a pixel corner holds as many of each (the mirror
     * image of a pixel about the centre has the other colour), so its mean is exactly 200 HU and its SD 100 HU.
     */
    @Test
    void anEllipseRoiReportsTheKnownMeanAndSd() throws Exception {
        SyntheticStudy.ctSeries(dir, 1, "Axial", 1, 64, 64, (x, y, z) -> 1024 + ((x + y) % 2 == 0 ? 100 : 300));
        assertThat(onFx(() -> ((javafx.scene.control.Label)
                                lookup("#annotation-list").queryListView().getPlaceholder())
                        .getText()))
                .isEqualTo("No image open");
        openAndWait(dir);
        assertThat(onFx(() -> ((javafx.scene.control.Label)
                                lookup("#annotation-list").queryListView().getPlaceholder())
                        .getText()))
                .startsWith("No measurements on this image");
        clickOn("#one-to-one");
        waitUntil("1:1", () -> frame().transform().zoom() == 1.0);
        clickOn("#tool-ellipse");
        // Two screen points whose image x and y add up to an even integer: the centre is a pixel corner.
        Point2D a = screenOf(10, 12);
        double[] ia = onFx(() -> {
            Point2D local = surface().screenToLocal(a);
            return vm.active().transform().toImage(local.getX(), local.getY());
        });
        Point2D b = screenOf(64 - ia[0], 64 - ia[1]);
        moveTo(a).press(MouseButton.PRIMARY).moveTo(b).release(MouseButton.PRIMARY);
        Slice s = frame().slice();
        waitUntil(
                "the ROI is listed",
                () -> onFx(() -> vm.annotations().of(s.ref()).size() == 1));
        Annotation roi = onFx(() -> vm.annotations().of(s.ref()).get(0));
        double[] p = roi.points();
        Measurements.Stats stats = Measurements.ellipse(s, p[0], p[1], p[2], p[3]);
        assertThat((p[0] + p[2]) / 2).isEqualTo(32.0);
        assertThat(stats.count()).isGreaterThan(500);
        assertThat(stats.mean()).isEqualTo(200.0);
        assertThat(stats.sd()).isEqualTo(100.0);
        assertThat(roi.label()).contains("mean 200.00 HU").contains("SD 100.00");
        assertThat(lookup("#annotation-list").queryListView().getItems()).hasSize(1);
        // Deletable, and kept per image. The list draws its cell on the next pulse.
        waitUntil(
                "the list shows it",
                () -> onFx(() -> lookup("#annotation-list .list-cell")
                        .match(n -> n instanceof javafx.scene.control.IndexedCell<?> c && c.getItem() != null)
                        .tryQuery()
                        .isPresent()));
        assertThat(lookup("#delete-annotation").queryButton().isDisabled())
                .as("nothing chosen to delete")
                .isTrue();
        clickOn(lookup("#annotation-list .list-cell")
                .match(n -> n instanceof javafx.scene.control.IndexedCell<?> c && c.getItem() != null)
                .queryAs(Node.class));
        assertThat(lookup("#delete-annotation").queryButton().isDisabled()).isFalse();
        clickOn("#delete-annotation");
        waitUntil(
                "the ROI is gone", () -> onFx(() -> vm.annotations().of(s.ref()).isEmpty()));
        assertThat(onFx(() -> vm.toolProperty().get())).isEqualTo(Tool.ELLIPSE);
    }

    @Test
    void aCorruptImageShowsWhyInItsPlaceAndItsNeighboursStillDisplay() throws Exception {
        List<Path> files = SyntheticStudy.ctSeries(dir, 1, "Axial", 3, 32, 32, (x, y, z) -> 1024 + z);
        // Files are named against the slice order: slice 2 of 3 is s1_0001.dcm. Its header reads, its pixels are cut.
        String broken = dir.resolve("s1_0001.dcm").toString();
        SyntheticStudy.truncatedPixels(Path.of(broken));
        openAndWait(dir);
        ViewportViewModel vp = vm.active();
        assertThat(onFx(() -> vm.shownIn(vp).frames().get(1).source().location()))
                .isEqualTo(broken);
        clickOn(surface());
        type(KeyCode.DOWN);
        waitUntil("image 2 is reached", () -> frame().index() == 1);
        Label error = lookup("#viewport-0 #viewport-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText())
                .contains("Cannot display image 2")
                .contains(Path.of(broken).getFileName().toString());
        type(KeyCode.DOWN);
        waitUntil("image 3 is shown", () -> frame().index() == 2 && frame().argb() != null);
        assertThat(error.isVisible()).isFalse();
        assertThat(frame().slice().pixels().stored(0, 0)).isEqualTo(1024 + 2);
        type(KeyCode.HOME);
        waitUntil("image 1 is shown again", () -> frame().index() == 0 && frame().argb() != null);
        assertThat(files).hasSize(3);
    }

    @Test
    void twoByTwoLayoutFillsTheViewportsAndScrollingIsSynchronised() throws Exception {
        SyntheticStudy.ctSeries(dir.resolve("a"), 1, "First", 4, 16, 16, (x, y, z) -> 1024);
        SyntheticStudy.ctSeries(dir.resolve("b"), 2, "Second", 6, 16, 16, (x, y, z) -> 1024 + z);
        openAndWait(dir);
        clickOn("#layout-2x2");
        waitUntil(
                "four viewports show images",
                () -> onFx(() ->
                        vm.viewports().stream().allMatch(v -> v.frameProperty().get() != null)));
        // Monocle cannot run a drag-and-drop gesture (NPE in its DnD loop); a drop does vm.show(series, viewport).
        onFx(() -> {
            vm.show(vm.series().get(0), vm.viewports().get(3));
            return null;
        });
        waitUntil(
                "viewport 4 shows the first series",
                () -> onFx(() -> vm.viewports().get(3).countProperty().get() == 4));
        // Synchronised scrolling: viewport 1 shows the first series, viewport 2 the second, same Frame of Reference.
        assertThat(onFx(() -> vm.viewports().get(0).countProperty().get())).isEqualTo(4);
        assertThat(onFx(() -> vm.viewports().get(1).countProperty().get())).isEqualTo(6);
        clickOn(lookup("#viewport-1 .viewport-surface").queryAs(Node.class));
        type(KeyCode.END);
        waitUntil(
                "viewport 2 is at its last slice",
                () -> onFx(() -> vm.viewports().get(1).indexProperty().get() == 5));
        type(KeyCode.UP, 2);
        waitUntil(
                "the first series followed to the slice at the same position (z = 3 mm)",
                () -> onFx(() -> vm.viewports().get(0).indexProperty().get() == 3));
        type(KeyCode.UP);
        waitUntil(
                "and on to z = 2 mm",
                () -> onFx(() -> vm.viewports().get(0).indexProperty().get() == 2));
        ViewTransform t = frame().transform();
        assertThat(t).isNotNull();
    }
}
