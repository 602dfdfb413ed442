package eu.eucaim.workstation.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.auth.BrowserOpener;
import eu.eucaim.workstation.api.auth.UserIdentity;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Signing in, restoring and signing out, the same for the desktop app and {@code eucaim login}: any OpenID
 * provider, given by its issuer URL and the client id registered there.
 */
public final class SignInClient {
    /** Who is signed in, where, and the session that hands out their access tokens. */
    public record SignedIn(URI issuer, String clientId, Session session, UserIdentity identity) {
        /** The same without the session: what the app shows. */
        public eu.eucaim.workstation.api.auth.SignedIn user() {
            return new eu.eucaim.workstation.api.auth.SignedIn(issuer, clientId, identity);
        }

        /** The name to show: the user name, else the display name, else the subject. */
        public String displayName() {
            return user().displayName();
        }
    }

    private final SignInStorage storage;
    private final Duration timeout;
    private final UserInfoClient userInfo = new UserInfoClient();

    /** @param timeout how long to wait for the browser to come back before giving up */
    public SignInClient(SignInStorage storage, Duration timeout) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    public SignInStorage storage() {
        return storage;
    }

    /**
     * Discovers the provider, runs the PKCE flow through {@code browser}, saves the sign-in and asks who it is.
     * All of it runs in the background. The future fails with the flow's exceptions ({@link LoginTimeoutException},
     * {@link LoginDeniedException}, ...); cancelling it stops waiting for the browser and frees the port.
     */
    public CompletableFuture<SignedIn> signIn(URI issuer, String clientId, BrowserOpener browser) {
        CompletableFuture<SignedIn> result = new CompletableFuture<>();
        AtomicReference<CompletableFuture<TokenSet>> flow = new AtomicReference<>();
        CompletableFuture.supplyAsync(() -> OidcDiscovery.fetch(issuer), PkceLoginFlow.daemon())
                .thenCompose(provider -> {
                    CompletableFuture<TokenSet> started =
                            new PkceLoginFlow(provider, clientId, browser, timeout).start();
                    flow.set(started);
                    if (result.isDone()) {
                        started.cancel(true);
                    }
                    return started.thenApply(tokens -> {
                        if (result.isDone()) {
                            throw new AuthException("Sign-in was cancelled");
                        }
                        TokenStore store = storage.create(issuer, clientId, tokens.scope());
                        store.save(tokens);
                        Session session =
                                new Session(tokens, new TokenEndpointClient(provider.tokenEndpoint(), clientId), store);
                        return new SignedIn(issuer, clientId, session, who(provider, session));
                    });
                })
                .whenComplete((signedIn, failure) -> {
                    if (failure != null) {
                        result.completeExceptionally(
                                failure instanceof CompletionException && failure.getCause() != null
                                        ? failure.getCause()
                                        : failure);
                    } else {
                        result.complete(signedIn);
                    }
                });
        result.whenComplete((v, e) -> {
            CompletableFuture<TokenSet> started = flow.get();
            if (result.isCancelled() && started != null) {
                started.cancel(true);
            }
        });
        return result;
    }

    /**
     * The saved session without any network call beyond discovery; the first {@link Session#accessToken()}
     * refreshes it when needed. Empty when nobody is signed in.
     */
    public Optional<Session> savedSession() {
        return storage.load().map(saved -> {
            ProviderMetadata provider = OidcDiscovery.fetch(saved.issuer());
            return new Session(
                    saved.tokens(), new TokenEndpointClient(provider.tokenEndpoint(), saved.clientId()), saved.store());
        });
    }

    /**
     * Restores the saved sign-in for this provider, blocking: discovery, a refresh when the access token is not
     * fresh, and who it is. Empty when nobody is signed in. An {@link AuthException} when the saved sign-in is for
     * another provider or client id (it is left alone: the command line may use it), when the provider cannot be
     * reached, or when it has ended the sign-in (the saved copy is then forgotten).
     *
     * <p>A sign-in at a provider on this computer's loopback address is carried over to the same provider on
     * another port: the embedded node listens on a new free port each run. Its access token names the old
     * address, so it is refreshed at once; the token never leaves this computer.
     */
    public Optional<SignedIn> restore(URI issuer, String clientId) {
        Optional<SignInStorage.Restorable> found = storage.load();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SignInStorage.Restorable saved = found.get();
        boolean same = trimSlash(saved.issuer()).equals(trimSlash(issuer));
        if (!saved.clientId().equals(clientId)
                || !(same || (AuthHttp.loopbackHttp(saved.issuer()) && AuthHttp.loopbackHttp(issuer)))) {
            throw new AuthException("The saved sign-in is for " + saved.issuer() + " (client " + saved.clientId()
                    + "), not for " + issuer + "; sign in again");
        }
        TokenSet tokens = saved.tokens();
        if (!same) {
            storage.retarget(issuer);
            tokens = new TokenSet("", tokens.refreshToken(), null, java.time.Instant.EPOCH, tokens.scope());
        }
        ProviderMetadata provider = OidcDiscovery.fetch(issuer);
        Session session =
                new Session(tokens, new TokenEndpointClient(provider.tokenEndpoint(), clientId), saved.store());
        return Optional.of(new SignedIn(issuer, clientId, session, who(provider, session)));
    }

    private static String trimSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** Forgets the saved sign-in (the provider's own browser session is not touched). */
    public void signOut() {
        storage.clear();
    }

    private UserIdentity who(ProviderMetadata provider, Session session) {
        if (provider.userinfoEndpoint() != null) {
            return userInfo.fetch(provider.userinfoEndpoint(), session.accessToken());
        }
        // No userinfo endpoint: the ID token came straight from the token endpoint over TLS, so its claims may be
        // read without checking the signature (OpenID Connect Core §3.1.3.7, item 6).
        String idToken = session.tokens().idToken();
        if (idToken == null) {
            throw new AuthException("The sign-in provider has no userinfo endpoint and issued no ID token");
        }
        return UserInfoClient.identity(claims(idToken));
    }

    private static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        try {
            JsonNode claims = parts.length < 2
                    ? null
                    : Json.mapper()
                            .readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            if (claims == null || !claims.hasNonNull("sub")) {
                throw new AuthException("The ID token has no subject");
            }
            return claims;
        } catch (IOException | IllegalArgumentException e) {
            throw new AuthException("The ID token cannot be read", e);
        }
    }
}
