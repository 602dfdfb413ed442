package eu.eucaim.workstation.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.viewer.engine.Annotation;
import eu.eucaim.workstation.viewer.engine.ArgbImage;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.testing.SyntheticStudy;
import eu.eucaim.workstation.viewer.testing.UiThread;
import eu.eucaim.workstation.viewer.viewport.ViewportViewModel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Viewer's commands on the view-model, without a screen: layout, synchronised scrolling, measurements, export. */
class ViewerViewModelTest {
    @TempDir
    Path dir;

    private final UiThread ui = new UiThread();

    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private ViewerViewModel vm;

    @BeforeEach
    void start() throws Exception {
        vm = ui.call(() -> new ViewerViewModel(io, ui));
    }

    @AfterEach
    void stop() throws Exception {
        ui.run(vm::close);
        ui.close();
        io.shutdownNow();
    }

    private void open(Path p) throws Exception {
        ui.call(() -> vm.open(List.of(p))).get(20, TimeUnit.SECONDS);
        ui.flush(); // the last report is handled
    }

    private int index(int viewport) throws Exception {
        return ui.call(() -> vm.viewports().get(viewport).indexProperty().get());
    }

    @Test
    void aLayoutFillsNewViewportsWithTheNextSeriesAndAHiddenActiveViewportHandsOver() throws Exception {
        for (int s = 1; s <= 3; s++) {
            SyntheticStudy.ctSeries(dir.resolve("s" + s), s, "series " + s, 2, 4, 4, (x, y, z) -> z);
        }
        open(dir);
        ui.run(() -> vm.layout(2, 2));
        List<String> shown = ui.call(
                () -> vm.viewports().stream().map(vp -> vm.shownIn(vp).title()).toList());
        assertThat(shown)
                .containsExactly("1 · CT · series 1", "2 · CT · series 2", "3 · CT · series 3", "3 · CT · series 3");
        assertThat(ui.call(() -> vm.viewports().indexOf(vm.active())))
                .as("filling the new viewports leaves the one the user works in active (issue 13)")
                .isZero();
        ui.run(() -> vm.activeProperty().set(vm.viewports().get(3)));
        ui.run(() -> vm.layout(1, 2));
        assertThat(ui.call(() -> vm.active())).isSameAs(vm.viewports().get(0));
        assertThatThrownBy(() -> ui.call(() -> {
                    vm.layout(3, 3);
                    return null;
                }))
                .hasRootCauseMessage("a viewer layout has 1 or 2 rows and 1 or 2 columns, not 3 × 3");
        assertThat(ui.call(() -> vm.rowsProperty().get() * vm.columnsProperty().get()))
                .isEqualTo(2);
    }

    @Test
    void scrollingTheActiveViewportMovesTheOthersWhileSyncIsOn() throws Exception {
        SyntheticStudy.ctSeries(dir.resolve("a"), 1, "four", 4, 4, 4, (x, y, z) -> z);
        SyntheticStudy.ctSeries(dir.resolve("b"), 2, "six", 6, 4, 4, (x, y, z) -> z);
        open(dir);
        ui.run(() -> vm.layout(1, 2));
        ui.await(
                "both viewports have their image",
                () -> vm.viewports().stream()
                        .limit(2)
                        .allMatch(vp -> vp.sliceProperty().get() != null));
        ViewportViewModel six = vm.viewports().get(1);
        ui.run(() -> vm.activeProperty().set(six)); // a click on the second viewport
        assertThat(ui.call(() -> vm.active())).isSameAs(six);
        ui.run(() -> six.setIndex(3)); // z = 3 mm
        ui.await(
                "the first viewport follows to z = 3 mm",
                () -> vm.viewports().get(0).indexProperty().get() == 3);
        ui.run(() -> vm.syncProperty().set(false));
        ui.run(() -> six.setIndex(1));
        ui.await(
                "the second viewport is at z = 1 mm",
                () -> six.sliceProperty()
                        .get()
                        .ref()
                        .equals(vm.shownIn(six).frames().get(1)));
        assertThat(index(0)).isEqualTo(3);
    }

    @Test
    void measurementsOnScreenFollowTheActiveImageAndCanBeDeleted() throws Exception {
        SyntheticStudy.ctSeries(dir, 1, "axial", 3, 8, 8, (x, y, z) -> z);
        open(dir);
        ui.await("the first image", () -> vm.activeSliceProperty().get() != null);
        Slice s = ui.call(() -> vm.activeSliceProperty().get());
        Annotation first = Annotation.measure(Annotation.Kind.LENGTH, new double[] {0, 0, 4, 0}, s);
        Annotation second = Annotation.measure(Annotation.Kind.LENGTH, new double[] {0, 0, 0, 4}, s);
        ui.run(() -> {
            vm.annotations().add(s.ref(), first);
            vm.annotations().add(s.ref(), second);
        });
        assertThat(ui.call(() -> List.copyOf(vm.measurementsOnScreenProperty().get())))
                .containsExactly(first, second);
        ui.run(vm::deleteLastMeasurement);
        assertThat(ui.call(() -> List.copyOf(vm.measurementsOnScreenProperty().get())))
                .containsExactly(first);
        ui.run(() -> vm.active().setIndex(2));
        ui.await("another image", () -> vm.activeSliceProperty().get() != s);
        assertThat(ui.call(() -> vm.measurementsOnScreenProperty().get())).isEmpty();
        ui.run(() -> vm.active().setIndex(0));
        ui.await("the first image again", () -> vm.activeSliceProperty().get() == s);
        ui.run(() -> vm.deleteMeasurement(first));
        assertThat(ui.call(() -> vm.measurementsOnScreenProperty().get())).isEmpty();
        assertThat(ui.call(() -> vm.show("2.25.404", vm.active()))).isFalse();
    }

    @Test
    void savePngWritesThePictureOrSaysWhyNot() throws Exception {
        Path file = dir.resolve("view.png");
        ArgbImage picture = new ArgbImage(2, 1, new int[] {0xFFFF0000, 0xFF00FF00});
        ui.call(() -> vm.savePng(picture, file)).get(10, TimeUnit.SECONDS);
        ui.flush();
        assertThat(ui.call(() -> vm.statusProperty().get())).isEqualTo("Saved " + file);
        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getRGB(0, 0)).isEqualTo(0xFFFF0000);
        assertThat(read.getRGB(1, 0)).isEqualTo(0xFF00FF00);
        assertThat(Files.list(dir)).containsExactly(file); // no .part left

        Path nowhere = dir.resolve("missing/view.png");
        ui.call(() -> vm.savePng(picture, nowhere)).exceptionally(e -> null).get(10, TimeUnit.SECONDS);
        ui.flush();
        assertThat(ui.call(() -> vm.statusProperty().get()))
                .isEqualTo("Could not save " + nowhere + ": the folder " + dir.resolve("missing") + " does not exist");
        assertThatThrownBy(() -> new ArgbImage(2, 2, new int[3])).hasMessage("a 2 × 2 image needs 4 pixels, not 3");
    }

    @Test
    void openingAPathThatIsNotThereSaysSo() throws Exception {
        Path nope = dir.resolve("nope");
        open(nope);
        assertThat(ui.call(() -> vm.statusProperty().get()))
                .isEqualTo("Could not open " + nope + ": " + nope + " does not exist");
        assertThat(ui.call(() -> vm.busyProperty().get())).isFalse();
        assertThat(ui.call(() -> vm.series())).isEmpty();
    }

    @Test
    void cineStepsThroughTheActiveStackAndWrapsAround() throws Exception {
        SyntheticStudy.ctSeries(dir, 1, "axial", 3, 4, 4, (x, y, z) -> z);
        open(dir);
        ui.run(() -> vm.cine().advance());
        assertThat(index(0)).isEqualTo(1);
        ui.run(() -> {
            vm.cine().advance();
            vm.cine().advance();
        });
        assertThat(index(0)).isZero();
    }
}
