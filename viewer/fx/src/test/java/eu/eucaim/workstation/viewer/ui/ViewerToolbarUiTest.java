package eu.eucaim.workstation.viewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.viewer.browser.SeriesItem;
import eu.eucaim.workstation.viewer.engine.Annotation;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.engine.WindowLevel;
import eu.eucaim.workstation.viewer.testing.SyntheticStudy;
import eu.eucaim.workstation.viewer.viewport.RenderedFrame;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

/** The Viewer's tool bar and keys as a user drives them: opening through the dialogs, exporting, the key map. */
class ViewerToolbarUiTest extends ViewerUiHarness {
    @Test
    void theToolbarOpensWhatTheDialogsAnswer() throws Exception {
        List<Path> files = SyntheticStudy.ctSeries(dir.resolve("a"), 1, "Files", 3, 8, 8, (x, y, z) -> 1024);
        SyntheticStudy.ctSeries(dir.resolve("b"), 2, "Folder", 2, 8, 8, (x, y, z) -> 1024);
        dialogs.files = files;
        clickOn("#viewer-open-files");
        waitUntil("the files' series is listed", () -> onFx(() -> vm.series().size() == 1));
        dialogs.folder = dir.resolve("b");
        clickOn("#viewer-open-folder");
        waitUntil(
                "the folder's series is listed too",
                () -> onFx(() -> vm.series().size() == 2));
        assertThat(onFx(() -> vm.series().stream().map(SeriesItem::title).toList()))
                .containsExactly("1 · CT · Files", "2 · CT · Folder");
        dialogs.folder = null; // cancelled: nothing happens
        clickOn("#viewer-open-folder");
        assertThat(onFx(() -> vm.series().size())).isEqualTo(2);
    }

    @Test
    void exportSavesThePictureOfTheViewportWhereTheDialogSays() throws Exception {
        SyntheticStudy.ctSeries(dir, 1, "Axial", 1, 32, 32, (x, y, z) -> 1024 + 32 * x);
        openAndWait(dir);
        Path png = dir.resolve("out.png");
        dialogs.saveTo = png;
        clickOn("#export");
        clickOn("#export-png");
        waitUntil(
                "the picture is saved",
                () -> onFx(() -> vm.statusProperty().get()).equals("Saved " + png));
        java.awt.image.BufferedImage saved = javax.imageio.ImageIO.read(png.toFile());
        RenderedFrame f = frame();
        assertThat(saved.getWidth()).isEqualTo(f.width());
        assertThat(saved.getHeight()).isEqualTo(f.height());
        assertThat(dialogs.suggested).isEqualTo("viewport.png");
    }

    @Test
    void keysActOnTheActiveViewport() throws Exception {
        SyntheticStudy.ctSeries(dir, 1, "Axial", 3, 32, 32, (x, y, z) -> 1024 + x);
        openAndWait(dir);
        clickOn("#tool-length");
        Point2D c = screenOf(8, 8);
        moveTo(c).press(MouseButton.PRIMARY).moveTo(c.add(100, 0)).release(MouseButton.PRIMARY);
        moveTo(c).press(MouseButton.PRIMARY).moveTo(c.add(0, 100)).release(MouseButton.PRIMARY);
        Slice s = frame().slice();
        waitUntil("two lengths", () -> onFx(() -> vm.annotations().of(s.ref()).size() == 2));
        Annotation firstDrawn = onFx(() -> vm.annotations().of(s.ref()).get(0));
        type(KeyCode.DELETE);
        assertThat(onFx(() -> List.copyOf(vm.annotations().of(s.ref())))).containsExactly(firstDrawn);
        javafx.scene.control.ToggleButton smooth = lookup("#smooth").queryAs(javafx.scene.control.ToggleButton.class);
        assertThat(smooth.isSelected()).isTrue();
        type(KeyCode.S);
        assertThat(onFx(() -> vm.active().interpolationProperty().get()))
                .isEqualTo(eu.eucaim.workstation.viewer.engine.Interpolation.NEAREST);
        assertThat(smooth.isSelected()).isFalse();
        type(KeyCode.DIGIT5);
        waitUntil("the lung window", () -> frame().window().equals(new WindowLevel(-600, 1500)));
        assertThat(onFx(() -> vm.active().presetNameProperty().get())).isEqualTo("Lung");
        type(KeyCode.SPACE);
        assertThat(lookup("#cine")
                        .queryAs(javafx.scene.control.ToggleButton.class)
                        .isSelected())
                .isTrue();
        waitUntil("cine moves on", () -> frame().index() > 0);
        type(KeyCode.SPACE);
        assertThat(onFx(() -> vm.cine().playingProperty().get())).isFalse();
    }
}
