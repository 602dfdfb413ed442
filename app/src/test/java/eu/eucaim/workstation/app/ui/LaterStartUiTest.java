package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.platform.UserDirectories;
import eu.eucaim.workstation.app.instance.SingleInstance;
import eu.eucaim.workstation.client.auth.FormFillingBrowser;
import eu.eucaim.workstation.viewer.ViewerView;
import eu.eucaim.workstation.viewer.ViewerViewModel;
import eu.eucaim.workstation.viewer.testing.SyntheticStudy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13 item 2 in the whole window: while the app runs, a later start ({@code eucaim view PATH}) hands its
 * paths over and ends; the running app switches to the Viewer and opens them.
 */
class LaterStartUiTest extends RealNodeUiTest {
    @Test
    void theRunningAppOpensWhatALaterStartHandsOver() throws Exception {
        Path dir = home.resolve("handed-study");
        SyntheticStudy.ctSeries(dir, 1, "Handed", 4, 32, 32, (x, y, z) -> 100 + z);
        launch(() -> new TestDesktopApp(FormFillingBrowser.signingInAs("researcher", "researcher")));
        TabPane tabs = lookup("#main-tabs").queryAs(TabPane.class);
        assertThat(onFx(() -> tabs.getSelectionModel().getSelectedItem().getId()))
                .isEqualTo("tab-dashboard");

        SingleInstance.Claim later =
                SingleInstance.claim(UserDirectories.detect().data(), List.of(dir));

        assertThat(later).isInstanceOf(SingleInstance.Claim.HandedOver.class);
        // The handover reaches the window a moment later; the Viewer's content joins the scene graph once its tab
        // is shown, so ask for it inside the wait.
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> onFx(
                        () -> tabs.getSelectionModel().getSelectedItem().getId().equals("tab-viewer")
                                && lookup("#viewer").tryQuery().isPresent()
                                && viewerOf().series().size() == 1));
        ViewerViewModel viewer = onFx(this::viewerOf);
        assertThat(onFx(() -> viewer.series().get(0).title())).isEqualTo("1 · CT · Handed");
    }

    private ViewerViewModel viewerOf() {
        return ((ViewerView) lookup("#viewer").query()).viewModel();
    }
}
