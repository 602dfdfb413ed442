package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.app.auth.WebViewBrowser;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.web.WebView;
import org.junit.jupiter.api.Test;

/**
 * Signing in through the app's own sign-in window: a real browser engine (WebKit) loads the node's login page, the
 * user types into it and presses Enter. The other sign-in tests post the form with an HTTP client, which sends no
 * {@code Origin}; a browser does, and with the page's old {@code Referrer-Policy: no-referrer} it sent
 * "Origin: null", which the node refuses as a cross-site post, so nobody could sign in from a browser.
 */
class WebViewSignInUiTest extends RealNodeUiTest {
    @Test
    void aUserSignsInByTypingIntoTheLoginPage() throws Exception {
        launch(() -> new TestDesktopApp(new WebViewBrowser(null)));
        waitUntil("the header offers Sign in", () -> shown("#sign-in"));
        clickOn("#sign-in");
        waitUntil(
                "the sign-in window shows the login page",
                () -> lookup(".web-view")
                        .tryQuery()
                        .map(w -> ((WebView) w).getEngine().getTitle())
                        .filter(title -> title != null && title.startsWith("Sign in"))
                        .isPresent());
        WebView web = lookup(".web-view").queryAs(WebView.class);
        clickOn(point(web).atPosition(Pos.TOP_LEFT).atOffset(inPage(web, "#username")));
        write("researcher");
        clickOn(point(web).atPosition(Pos.TOP_LEFT).atOffset(inPage(web, "#password")));
        write("researcher");
        clickOn(point(web).atPosition(Pos.TOP_LEFT).atOffset(inPage(web, "button.primary")));
        waitUntil("the header shows the user", () -> shown("#user-menu"));
        assertThat(text("#user-menu")).isEqualTo("researcher");
    }

    /** Where the page's element {@code selector} finds is, as a position in the web view (for clicking into it). */
    private Point2D inPage(WebView web, String selector) throws Exception {
        return onFx(() -> {
            Object x = web.getEngine()
                    .executeScript("(function(r){return r.left + r.width / 2;})(document.querySelector('" + selector
                            + "').getBoundingClientRect())");
            Object y = web.getEngine()
                    .executeScript("(function(r){return r.top + r.height / 2;})(document.querySelector('" + selector
                            + "').getBoundingClientRect())");
            return new Point2D(((Number) x).doubleValue(), ((Number) y).doubleValue());
        });
    }
}
