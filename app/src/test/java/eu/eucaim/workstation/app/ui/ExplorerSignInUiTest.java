package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.eucaim.workstation.app.auth.ExplorerSignInWindow;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explorer's sign-in in a real browser engine (WebKit) against a loopback stand-in for its oauth2-proxy and
 * LS-AAI, as EUCAIM/k8s-deployments configures the proxy: {@code /oauth2/start?rd=/} sets a CSRF cookie and sends
 * the page to the provider's login form; posting it reaches {@code /oauth2/callback}, which sets the HttpOnly session
 * cookie and sends the page back to {@code rd}. The window must answer with the session cookie only, and close.
 */
class ExplorerSignInUiTest extends FxRobot {
    static final String SESSION = "_eucaim_explorer_oauth2";

    HttpServer proxy;
    final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws IOException {
        proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        proxy.createContext("/", this::serve);
        proxy.start();
    }

    @AfterEach
    void stop() throws Exception {
        proxy.stop(0);
        FxToolkit.cleanupStages();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            seen.add(exchange.getRequestMethod() + " " + path);
            switch (path) {
                case "/oauth2/start" -> {
                    exchange.getResponseHeaders().add("Set-Cookie", SESSION + "_csrf=c5rf; Path=/; HttpOnly");
                    redirect(exchange, "/login");
                }
                case "/login" ->
                    page(
                            exchange,
                            "<html><head><title>LS Login</title></head><body><form method='post'"
                                    + " action='/oauth2/callback'><input name='user' value='researcher'>"
                                    + "<button id='go'>Sign in</button></form></body></html>");
                case "/oauth2/callback" -> {
                    exchange.getResponseHeaders().add("Set-Cookie", SESSION + "=s3ss10n; Path=/; HttpOnly");
                    redirect(exchange, "/");
                }
                default -> page(exchange, "<html><head><title>EUCAIM explorer</title></head><body>Lens</body></html>");
            }
        }
    }

    private static void redirect(HttpExchange exchange, String to) throws IOException {
        exchange.getResponseHeaders().set("Location", to);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void page(HttpExchange exchange, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void theSessionCookieIsCapturedWhenThePageLandsBackOnTheExplorer() throws Exception {
        URI explorer = URI.create("http://127.0.0.1:" + proxy.getAddress().getPort() + "/backend/");
        CompletableFuture<String> cookie = WaitForAsyncUtils.asyncFx(() -> ExplorerSignInWindow.open(null, explorer))
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "LS Login".equals(title()));
        assertThat(cookie).as("at the provider: not yet").isNotDone();
        WaitForAsyncUtils.asyncFx(() -> engine().executeScript("document.forms[0].submit()"))
                .get(10, TimeUnit.SECONDS);
        assertThat(cookie.get(20, TimeUnit.SECONDS)).isEqualTo(SESSION + "=s3ss10n");
        assertThat(seen).containsSubsequence("GET /oauth2/start", "GET /login", "POST /oauth2/callback", "GET /");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                                .noneMatch(w ->
                                        w.getScene() != null && w.getScene().getRoot() instanceof WebView))
                        .get());
    }

    @Test
    void closingTheWindowFirstSaysSo() throws Exception {
        URI explorer = URI.create("http://127.0.0.1:" + proxy.getAddress().getPort() + "/backend/");
        CompletableFuture<String> cookie = WaitForAsyncUtils.asyncFx(() -> ExplorerSignInWindow.open(null, explorer))
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "LS Login".equals(title()));
        WaitForAsyncUtils.asyncFx(() ->
                        ((Stage) lookup("#explorer-sign-in").query().getScene().getWindow()).close())
                .get(10, TimeUnit.SECONDS);
        assertThat(cookie)
                .failsWithin(5, TimeUnit.SECONDS)
                .withThrowableThat()
                .withMessageContaining("the sign-in window was closed before the explorer let you in");
    }

    private javafx.scene.web.WebEngine engine() {
        return ((WebView) lookup("#explorer-sign-in").query()).getEngine();
    }

    private String title() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> lookup("#explorer-sign-in")
                        .tryQuery()
                        .map(w -> ((WebView) w).getEngine().getTitle())
                        .orElse(null))
                .get(5, TimeUnit.SECONDS);
    }
}
