package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.auth.BrowserOpener;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Signing in through the app's own sign-in window (when no browser can be opened), in the whole window (issue 13
 * item 12): the header says to finish there, not "in the browser".
 */
class SignInWindowUiTest extends RealNodeUiTest {
    /** The page shown in a window of the app that the test leaves open. */
    static final class InAppWindow implements BrowserOpener {
        @Override
        public void open(URI url) {}

        @Override
        public String place() {
            return "the sign-in window";
        }
    }

    @Test
    void theHeaderSaysToFinishInTheSignInWindow() throws Exception {
        launch(() -> new TestDesktopApp(new InAppWindow()));
        waitUntil("the header offers Sign in", () -> lookup("#sign-in").query().isVisible());
        clickOn("#sign-in");
        waitUntil(
                "the header says where to finish",
                () -> text("#sign-in-waiting").equals("Signing in… finish in the sign-in window"));
        clickOn("#sign-in-cancel");
        waitUntil("signed out again", () -> lookup("#sign-in").query().isVisible());
        assertThat(text("#sign-in-waiting")).doesNotContain("browser");

        // The smallest window the app supports: the header's title, Selection, the message and Cancel stay whole
        // (the tagline gives way).
        javafx.stage.Stage stage = onFx(this::mainStage);
        onFx(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            return null;
        });
        clickOn("#sign-in");
        waitUntil("signing in again", () -> lookup("#sign-in-cancel").query().isVisible());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node header = lookup(".app-header").query();
        assertThat(onFx(() -> Elision.under(header)))
                .as("cut short in the header at 1024 px while signing in")
                .isEmpty();
        clickOn("#sign-in-cancel");
    }
}
