package eu.eucaim.workstation.app.auth;

import eu.eucaim.workstation.app.fx.UserMessageException;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The EUCAIM explorer's own sign-in in a window of the app: its oauth2-proxy sends the page on to LS-AAI and, once
 * the user has signed in there, back to the explorer with a session cookie ({@code _eucaim_explorer_oauth2}, split
 * into {@code _0}, {@code _1}, … when large). That cookie is HttpOnly: no page script can read it, but the WebView's
 * cookie store, the JVM's {@link CookieHandler}, hands it out for the explorer's address like for any request. When
 * a page of the explorer (not of its {@code /oauth2/} steps) has loaded with the cookie, the window closes and the
 * cookie is the answer. Closing the window first fails the answer; nothing is logged.
 */
public final class ExplorerSignInWindow {
    /** oauth2-proxy's session cookie on the explorer (EUCAIM/k8s-deployments federated-search/eucaim/oauth2-proxy.yml). */
    public static final String COOKIE = "_eucaim_explorer_oauth2";

    private ExplorerSignInWindow() {}

    /** Opens the sign-in for {@code explorer} (Spot's root); on the FX thread, which also completes the answer. */
    public static CompletableFuture<String> open(Window owner, URI explorer) {
        URI origin = URI.create(explorer.getScheme() + "://" + explorer.getRawAuthority() + "/");
        CompletableFuture<String> answer = new CompletableFuture<>();
        WebView web = new WebView();
        web.setId("explorer-sign-in");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Sign in to the explorer — " + explorer.getHost());
        stage.setScene(new Scene(web, 560, 680));
        web.getEngine().getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state != Worker.State.SUCCEEDED || answer.isDone()) {
                return;
            }
            URI at = location(web.getEngine().getLocation());
            if (at == null
                    || !origin.getHost().equalsIgnoreCase(at.getHost())
                    || at.getPath().startsWith("/oauth2/")) {
                return; // still at LS-AAI or a step of the proxy
            }
            String cookie = sessionCookie(origin);
            if (cookie != null) {
                answer.complete(cookie);
                stage.close();
            }
        });
        stage.setOnHidden(e -> answer.completeExceptionally(
                new UserMessageException("the sign-in window was closed before the explorer let you in", null)));
        web.getEngine().load(origin.resolve("oauth2/start?rd=%2F").toString());
        stage.show();
        return answer;
    }

    private static URI location(String text) {
        try {
            return text == null ? null : URI.create(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The explorer's session cookie(s) from the JVM's cookie store, as the {@code Cookie} header sends them
     * ({@code name=value; …}), or null when there is none yet.
     */
    static String sessionCookie(URI origin) {
        CookieHandler handler = CookieHandler.getDefault();
        if (handler == null) {
            return null;
        }
        try {
            return sessionCookie(handler.get(origin, Map.of()));
        } catch (IOException e) {
            return null;
        }
    }

    /** The session's cookies among a {@code Cookie} header's values (others of the site are left out). */
    static String sessionCookie(Map<String, List<String>> headers) {
        List<String> kept = new ArrayList<>();
        for (String header : headers.getOrDefault("Cookie", List.of())) {
            for (String pair : header.split(";")) {
                String p = pair.strip();
                if (p.startsWith(COOKIE + "=") || p.matches("\\Q" + COOKIE + "\\E_\\d+=.*")) {
                    kept.add(p);
                }
            }
        }
        return kept.isEmpty() ? null : String.join("; ", kept);
    }
}
