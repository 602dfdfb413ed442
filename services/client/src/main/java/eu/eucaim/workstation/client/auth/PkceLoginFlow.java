package eu.eucaim.workstation.client.auth;

import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.auth.BrowserOpener;
import eu.eucaim.workstation.common.NamedThreads;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * The OAuth 2.0 authorization code flow with PKCE for a native app (RFC 8252): loopback redirect, random
 * {@code state}, S256 challenge. Works with any OpenID provider given its metadata and the client id.
 * <pre>{@code
 * PkceLoginFlow flow = new PkceLoginFlow(OidcDiscovery.fetch(issuer), "eucaim-workstation", opener, Duration.ofMinutes(3));
 * CompletableFuture<TokenSet> tokens = flow.start(); // cancel() stops waiting and closes the listener
 * }</pre>
 */
public final class PkceLoginFlow {
    public static final String DEFAULT_SCOPE = "openid profile email offline_access";

    private final ProviderMetadata provider;
    private final String clientId;
    private final String scope;
    private final BrowserOpener browser;
    private final Duration timeout;
    private final TokenEndpointClient tokens;

    public PkceLoginFlow(ProviderMetadata provider, String clientId, BrowserOpener browser, Duration timeout) {
        this(
                provider,
                clientId,
                DEFAULT_SCOPE,
                browser,
                timeout,
                new TokenEndpointClient(provider.tokenEndpoint(), clientId));
    }

    public PkceLoginFlow(
            ProviderMetadata provider,
            String clientId,
            String scope,
            BrowserOpener browser,
            Duration timeout,
            TokenEndpointClient tokens) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.browser = Objects.requireNonNull(browser, "browser");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    /**
     * Starts listening, opens the browser and returns at once. The future completes with the tokens, or with a
     * {@link LoginDeniedException}, {@link LoginTimeoutException}, {@link TokenEndpointException} or
     * {@link AuthException}; cancelling it stops the listener.
     */
    public CompletableFuture<TokenSet> start() {
        Pkce pkce = Pkce.generate();
        String state = Pkce.randomToken(32);
        LoopbackCallback callback = LoopbackCallback.start();
        String redirectUri = callback.redirectUri();
        CompletableFuture<TokenSet> result = callback.parameters()
                .orTimeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .thenApplyAsync(params -> codeFrom(params, state), daemon())
                .thenApply(code -> tokens.exchangeCode(code, pkce.verifier(), redirectUri))
                .handle((tokenSet, failure) -> {
                    if (failure != null) {
                        throw new CompletionException(translate(failure));
                    }
                    return tokenSet;
                });
        CompletableFuture<TokenSet> exposed = new CompletableFuture<>();
        result.whenComplete((t, e) -> {
            callback.close();
            if (e != null) {
                exposed.completeExceptionally(
                        e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
            } else {
                exposed.complete(t);
            }
        });
        // Cancelling what the caller holds must free the port, even while nothing has arrived.
        exposed.whenComplete((t, e) -> callback.close());
        try {
            browser.open(authorizationUrl(pkce, state, redirectUri));
        } catch (IOException | RuntimeException e) {
            exposed.completeExceptionally(new AuthException("Cannot open the sign-in page: " + e.getMessage(), e));
        }
        return exposed;
    }

    URI authorizationUrl(Pkce pkce, String state, String redirectUri) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("response_type", "code");
        p.put("client_id", clientId);
        p.put("redirect_uri", redirectUri);
        p.put("scope", scope);
        p.put("state", state);
        p.put("code_challenge", pkce.challenge());
        p.put("code_challenge_method", "S256");
        String query = p.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String base = provider.authorizationEndpoint().toString();
        return URI.create(base + (base.contains("?") ? "&" : "?") + query);
    }

    private static String codeFrom(Map<String, String> params, String expectedState) {
        // The state check comes first: an answer to someone else's request must not even report its error.
        String state = params.get("state");
        if (state == null
                || !MessageDigest.isEqual(
                        state.getBytes(StandardCharsets.UTF_8), expectedState.getBytes(StandardCharsets.UTF_8))) {
            throw new AuthException("The browser returned an answer that does not belong to this sign-in (state"
                    + " mismatch); sign in again");
        }
        String error = params.get("error");
        if ("access_denied".equals(error)) {
            throw new LoginDeniedException(
                    "Sign-in was cancelled or refused" + describe(params.get("error_description")));
        }
        if (error != null) {
            throw new AuthException(
                    "The sign-in provider reported " + error + describe(params.get("error_description")));
        }
        String code = params.get("code");
        if (code == null || code.isBlank()) {
            throw new AuthException("The browser returned without an authorization code");
        }
        return code;
    }

    private static String describe(String description) {
        return description == null ? "" : ": " + description;
    }

    private Throwable translate(Throwable failure) {
        Throwable t =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (t instanceof TimeoutException) {
            return new LoginTimeoutException("No answer from the browser within " + timeout.toSeconds()
                    + " s; the sign-in was abandoned. Try again.");
        }
        return t;
    }

    /** A new daemon thread per task: sign-in work is rare and must never keep the JVM alive. */
    static Executor daemon() {
        return task -> NamedThreads.start("eucaim-sign-in", task);
    }
}
