package eu.eucaim.workstation.api.auth;

import java.io.IOException;
import java.net.URI;

/**
 * Shows the provider's sign-in page to the user: the system browser, a WebView window, or, in tests, an HTTP client
 * that fills in the form. Kept free of AWT and JavaFX so that this library runs headless.
 */
@FunctionalInterface
public interface BrowserOpener {
    void open(URI authorizationUrl) throws IOException;

    /** Where the page is shown, for "finish in …": "the browser", or "the sign-in window" for one of the app's own. */
    default String place() {
        return "the browser";
    }
}
