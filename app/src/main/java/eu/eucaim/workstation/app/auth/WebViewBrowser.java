package eu.eucaim.workstation.app.auth;

import eu.eucaim.workstation.api.auth.BrowserOpener;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The sign-in page in a window of the app, for when no browser can be opened. It closes itself once the provider
 * has sent it back to the loopback callback (the app has its answer then).
 */
public final class WebViewBrowser implements BrowserOpener {
    private final Window owner;

    public WebViewBrowser(Window owner) {
        this.owner = owner;
    }

    @Override
    public String place() {
        return "the sign-in window";
    }

    @Override
    public void open(URI authorizationUrl) {
        String callback = redirectUri(authorizationUrl);
        Platform.runLater(() -> {
            WebView web = new WebView();
            Stage stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Sign in — " + authorizationUrl.getHost());
            stage.setScene(new Scene(web, 520, 640));
            web.getEngine().getLoadWorker().stateProperty().addListener((obs, old, state) -> {
                String location = web.getEngine().getLocation();
                if (state == Worker.State.SUCCEEDED
                        && callback != null
                        && location != null
                        && location.startsWith(callback)) {
                    stage.close();
                }
            });
            web.getEngine().load(authorizationUrl.toString());
            stage.show();
        });
    }

    /** The {@code redirect_uri} of the request: where the provider sends the browser at the end. */
    static String redirectUri(URI authorizationUrl) {
        String query = authorizationUrl.getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("redirect_uri=")) {
                return URLDecoder.decode(pair.substring("redirect_uri=".length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
