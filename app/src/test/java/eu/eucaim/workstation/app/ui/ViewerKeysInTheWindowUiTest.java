package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.client.auth.FormFillingBrowser;
import eu.eucaim.workstation.viewer.ViewerView;
import eu.eucaim.workstation.viewer.ViewerViewModel;
import eu.eucaim.workstation.viewer.engine.WindowLevel;
import eu.eucaim.workstation.viewer.testing.SyntheticStudy;
import eu.eucaim.workstation.viewer.viewport.ViewportViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Viewer's keys in the whole window, tab bar and all (issue 13, item 1): after a click on the image the keys go
 * to the viewer, never to the tab bar, whose arrow keys would switch tabs.
 */
class ViewerKeysInTheWindowUiTest extends RealNodeUiTest {
    @Test
    void afterAClickOnTheImageTheKeysScrollAndSetPresetsAndTheTabBarSeesNone() throws Exception {
        Path dir = home.resolve("keys-study");
        List<Path> files = SyntheticStudy.ctSeries(dir, 1, "Keys", 12, 32, 32, (x, y, z) -> 40 + 10 * z);
        launch(() -> new TestDesktopApp(FormFillingBrowser.signingInAs("researcher", "researcher"), List.of(dir)));
        ViewerViewModel viewer = onFx(() -> ((ViewerView) lookup("#viewer").query()).viewModel());
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> onFx(() -> viewer.active().frameProperty().get() != null
                        && viewer.active().countProperty().get() == files.size()));
        ViewportViewModel active = onFx(viewer::active);
        int start = onFx(() -> active.indexProperty().get());
        TabPane tabs = lookup("#main-tabs").queryAs(TabPane.class);

        clickOn("#viewport-0");
        type(KeyCode.DOWN);
        type(KeyCode.DOWN);
        assertThat(onFx(() -> tabs.getSelectionModel().getSelectedItem().getId()))
                .as("the tab bar did not take the arrow keys")
                .isEqualTo("tab-viewer");
        assertThat(onFx(() -> active.indexProperty().get())).isEqualTo(Math.min(start + 2, files.size() - 1));

        drag("#viewport-0").dropBy(20, 10); // a window/level drag, then keys again
        type(KeyCode.UP);
        assertThat(onFx(() -> tabs.getSelectionModel().getSelectedItem().getId()))
                .isEqualTo("tab-viewer");
        WindowLevel before = onFx(() -> active.windowProperty().get());
        type(KeyCode.DIGIT2);
        assertThat(onFx(() -> active.windowProperty().get())).as("preset key 2").isNotEqualTo(before);
        type(KeyCode.HOME);
        assertThat(onFx(() -> active.indexProperty().get())).isZero();
        type(KeyCode.PAGE_DOWN);
        assertThat(onFx(() -> active.indexProperty().get())).isPositive();
        assertThat(onFx(() -> tabs.getSelectionModel().getSelectedItem().getId()))
                .isEqualTo("tab-viewer");
    }

    @Test
    void escapeClosesTheTagBrowser() throws Exception {
        Path dir = home.resolve("tags-study");
        SyntheticStudy.ctSeries(dir, 1, "Tags", 3, 16, 16, (x, y, z) -> 100);
        launch(() -> new TestDesktopApp(FormFillingBrowser.signingInAs("researcher", "researcher"), List.of(dir)));
        ViewerViewModel viewer = onFx(() -> ((ViewerView) lookup("#viewer").query()).viewModel());
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> onFx(() -> viewer.active().frameProperty().get() != null));
        clickOn("#viewport-0");
        type(KeyCode.T);
        waitUntil(
                "the tag browser is shown",
                () -> tagWindow().map(Window::isShowing).orElse(false));
        type(KeyCode.ESCAPE);
        waitUntil(
                "the tag browser is closed",
                () -> !tagWindow().map(Window::isShowing).orElse(false));
    }

    @Test
    void choosingA2x2LayoutKeepsTheViewportTheUserWorksInActive() throws Exception {
        Path dir = home.resolve("layout-study");
        for (int series = 1; series <= 2; series++) {
            SyntheticStudy.ctSeries(dir.resolve("s" + series), series, "Series " + series, 3, 16, 16, (x, y, z) -> 100);
        }
        launch(() -> new TestDesktopApp(FormFillingBrowser.signingInAs("researcher", "researcher"), List.of(dir)));
        ViewerViewModel viewer = onFx(() -> ((ViewerView) lookup("#viewer").query()).viewModel());
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> onFx(() -> viewer.active().frameProperty().get() != null));
        ViewportViewModel first = onFx(viewer::active);
        clickOn("#layout-2x2");
        assertThat(onFx(viewer::active))
                .as("the Measurements panel follows the first viewport still")
                .isSameAs(first);
    }

    private Optional<Window> tagWindow() throws Exception {
        return onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "DICOM tags".equals(s.getTitle()))
                .findFirst());
    }
}
