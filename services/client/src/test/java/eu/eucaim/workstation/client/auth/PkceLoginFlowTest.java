package eu.eucaim.workstation.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.auth.BrowserOpener;
import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.api.auth.UserIdentity;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole sign-in against an embedded node's provider, over real loopback HTTP, with a form-filling "browser". */
class PkceLoginFlowTest {
    private static final String CLIENT_ID = "eucaim-workstation";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path temp;

    private static EucaimNode node;
    private static ProviderMetadata provider;

    @BeforeAll
    static void start() {
        // Test nodes hash demo passwords with a lower work factor (the node module sets this in its surefire config).
        System.setProperty("eucaim.auth.pbkdf2.iterations", "10000");
        node = EucaimNode.start(NodeConfig.defaults(temp.resolve("node"), 5).withDatasetCount(3));
        provider = OidcDiscovery.fetch(node.baseUri());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static PkceLoginFlow flow(BrowserOpener browser, Duration timeout) {
        return new PkceLoginFlow(provider, CLIENT_ID, browser, timeout);
    }

    private static HttpResponse<String> get(String path, String accessToken) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(node.baseUri().resolve(path))
                        .header("Authorization", "Bearer " + accessToken)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Throwable failureOf(CompletableFuture<?> future) {
        assertThatThrownBy(() -> future.get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        return future.handle((v, e) -> e).join();
    }

    @Test
    void discoveryReadsTheNodesEndpoints() {
        assertThat(provider.issuer()).isEqualTo(node.baseUri());
        assertThat(provider.tokenEndpoint()).isEqualTo(node.baseUri().resolve("/oauth2/token"));
        assertThat(provider.authorizationEndpoint()).isEqualTo(node.baseUri().resolve("/oauth2/authorize"));
    }

    @Test
    void signInCallsAProtectedEndpointAndRefreshes(@TempDir Path home) throws Exception {
        FormFillingBrowser browser = FormFillingBrowser.signingInAs("researcher", "researcher");
        TokenSet tokens = flow(browser, Duration.ofSeconds(20)).start().get(30, TimeUnit.SECONDS);
        assertThat(browser.openedUrl.getQuery())
                .contains("code_challenge_method=S256")
                .contains("state=")
                .contains("redirect_uri=http://127.0.0.1:");
        assertThat(tokens.toString()).doesNotContain(tokens.accessToken()).doesNotContain(tokens.refreshToken());

        HttpResponse<String> me = get("/api/me", tokens.accessToken());
        assertThat(me.statusCode()).isEqualTo(200);
        UserIdentity identity = Json.mapper().readValue(me.body(), UserIdentity.class);
        assertThat(identity.username()).isEqualTo("researcher");
        assertThat(identity.roles()).containsExactly(Role.RESEARCHER);

        // A session whose clock says the token is about to expire refreshes it, and saves the new set.
        FileTokenStore store = new FileTokenStore(home.resolve("eucaim/session.json"));
        TokenEndpointClient endpoint = new TokenEndpointClient(provider.tokenEndpoint(), CLIENT_ID);
        Clock late = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10));
        Session session = new Session(tokens, endpoint, store, late, Session.DEFAULT_MARGIN);
        String refreshed = session.accessToken();
        assertThat(refreshed).isNotEqualTo(tokens.accessToken());
        assertThat(session.tokens().refreshToken()).isNotEqualTo(tokens.refreshToken());
        assertThat(get("/api/me", refreshed).statusCode()).isEqualTo(200);
        assertThat(store.load()).contains(session.tokens());

        TokenEndpointException reused =
                (TokenEndpointException) catchThrowable(() -> endpoint.refresh(tokens.refreshToken()));
        assertThat(reused.error()).isEqualTo("invalid_grant");
        assertThat(reused.getMessage()).doesNotContain(tokens.refreshToken());
        // Reuse ended the whole sign-in: the session's newest tokens die too, and the saved copy is removed.
        Session later = new Session(
                session.tokens(),
                endpoint,
                store,
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(20)),
                Session.DEFAULT_MARGIN);
        assertThat(catchThrowable(later::accessToken))
                .isInstanceOf(TokenEndpointException.class)
                .hasMessageContaining("invalid_grant");
        assertThat(store.load()).isEmpty();
    }

    @Test
    void aFreshTokenIsNotRefreshed() {
        TokenSet tokens = flow(FormFillingBrowser.signingInAs("agent", "agent"), Duration.ofSeconds(20))
                .start()
                .join();
        Session session = new Session(
                tokens,
                new TokenEndpointClient(provider.tokenEndpoint(), CLIENT_ID),
                new FileTokenStore(temp.resolve("unused.json")));
        assertThat(session.accessToken()).isEqualTo(tokens.accessToken());
        assertThat(temp.resolve("unused.json")).doesNotExist();
    }

    @Test
    void aWrongPasswordKeepsTheUserOnTheFormAndTheFlowTimesOut() throws Exception {
        FormFillingBrowser browser = FormFillingBrowser.signingInAs("researcher", "wrong");
        CompletableFuture<TokenSet> login = flow(browser, Duration.ofSeconds(2)).start();
        HttpResponse<String> page = browser.formAnswer.get(20, TimeUnit.SECONDS);
        assertThat(page.body()).contains("Wrong username or password");
        assertThat(page.headers().firstValue("Location")).isEmpty();
        assertThat(failureOf(login)).isInstanceOf(LoginTimeoutException.class).hasMessageContaining("2 s");
    }

    @Test
    void anAbandonedSignInTimesOutAndFreesTheCallbackPort() {
        CompletableFuture<URI> opened = new CompletableFuture<>();
        long started = System.nanoTime();
        CompletableFuture<TokenSet> login =
                flow(opened::complete, Duration.ofMillis(800)).start();
        assertThat(failureOf(login)).isInstanceOf(LoginTimeoutException.class).hasMessageContaining("abandoned");
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isGreaterThanOrEqualTo(Duration.ofMillis(800))
                .isLessThan(Duration.ofSeconds(10));
        assertCallbackClosed(opened.join());
    }

    @Test
    void cancellingStopsTheListener() {
        CompletableFuture<URI> opened = new CompletableFuture<>();
        CompletableFuture<TokenSet> login =
                flow(opened::complete, Duration.ofMinutes(5)).start();
        login.cancel(true);
        assertThatThrownBy(login::join).isInstanceOf(CancellationException.class);
        assertCallbackClosed(opened.join());
    }

    @Test
    void aCancelledSignInIsAccessDenied() {
        FormFillingBrowser browser = new FormFillingBrowser(Map.of("cancel", "1"));
        assertThat(failureOf(flow(browser, Duration.ofSeconds(20)).start()))
                .isInstanceOf(LoginDeniedException.class)
                .hasMessageContaining("cancelled");
    }

    @Test
    void anAnswerWithAnotherStateIsRejected() {
        BrowserOpener attacker = url -> CompletableFuture.runAsync(
                () -> FormFillingBrowser.follow(URI.create(callbackOf(url) + "?code=stolen&state=not-yours")));
        assertThat(failureOf(flow(attacker, Duration.ofSeconds(20)).start()))
                .isInstanceOf(AuthException.class)
                .hasMessageContaining("state");
    }

    @Test
    void aBrowserThatCannotOpenFailsTheFlowAtOnce() {
        BrowserOpener broken = url -> {
            throw new java.io.IOException("no browser installed");
        };
        assertThat(failureOf(flow(broken, Duration.ofMinutes(5)).start()))
                .isInstanceOf(AuthException.class)
                .hasMessageContaining("no browser installed");
    }

    @Test
    void discoveryRefusesPlainHttpToAnotherHost() {
        assertThatThrownBy(() -> OidcDiscovery.fetch(URI.create("http://login.example.org")))
                .isInstanceOf(AuthException.class)
                .hasMessageContaining("https");
    }

    private static String callbackOf(URI authorizationUrl) {
        for (String pair : authorizationUrl.getRawQuery().split("&")) {
            if (pair.startsWith("redirect_uri=")) {
                return java.net.URLDecoder.decode(pair.substring(13), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no redirect_uri in " + authorizationUrl);
    }

    private static void assertCallbackClosed(URI authorizationUrl) {
        URI callback = URI.create(callbackOf(authorizationUrl) + "?code=late&state=x");
        assertThatThrownBy(() -> HTTP.send(
                        HttpRequest.newBuilder(callback)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
    }
}
