package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.api.auth.BrowserOpener;
import eu.eucaim.workstation.app.auth.Browsers;
import eu.eucaim.workstation.app.auth.SystemBrowser;
import eu.eucaim.workstation.app.auth.WebViewBrowser;
import eu.eucaim.workstation.app.tab.Dialogs;
import java.util.Objects;
import javafx.stage.Stage;

/**
 * What the app uses of the desktop it runs on: how the sign-in page is shown and how dialogs are opened. The real
 * desktop's are {@link #of(Stage)}; the app is assembled with another only where no person is there to answer
 * (headless tests post the sign-in form over HTTP and answer file choosers themselves).
 */
public record Desktop(BrowserOpener browser, Dialogs dialogs) {
    public Desktop {
        Objects.requireNonNull(browser, "browser");
        Objects.requireNonNull(dialogs, "dialogs");
    }

    /**
     * The system browser, else a WebView window; JavaFX's file choosers and alerts over {@code stage}, starting in
     * {@code folders}.
     */
    public static Desktop of(Stage stage, StartFolder folders) {
        return new Desktop(
                Browsers.firstOf(new SystemBrowser(), new WebViewBrowser(stage)), new FxDialogs(stage, folders));
    }
}
