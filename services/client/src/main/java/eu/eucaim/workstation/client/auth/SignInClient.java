package eu.eucaim.workstation.client.auth;

import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.auth.BrowserOpener;
import eu.eucaim.workstation.api.auth.UserIdentity;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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

    /**
     * What signing out did: the local copy is always forgotten.
     *
     * @param wasSignedIn     whether there was a sign-in to forget
     * @param providerNotTold one line for the user when the provider could not be told, else empty
     */
    public record SignedOut(boolean wasSignedIn, Optional<String> providerNotTold) {}

    private final SignInStorage storage;
    private final Duration timeout;
    private final SignedInUser who = new SignedInUser(new UserInfoClient());

    /** @param timeout how long to wait for the browser to come back before giving up */
    public SignInClient(SignInStorage storage, Duration timeout) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    public SignInStorage storage() {
        return storage;
    }

    /**
     * Discovers the provider, runs the PKCE flow through {@code browser}, saves the sign-in (with the identity of the
     * provider's signing keys) and asks who it is. All of it runs in the background. The future fails with the
     * flow's exceptions ({@link LoginTimeoutException}, {@link LoginDeniedException}, ...); cancelling it stops
     * waiting for the browser and frees the port.
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
                        TokenStore store = storage.keep(issuer, clientId, tokens, keysOf(provider));
                        Session session =
                                new Session(tokens, new TokenEndpointClient(provider.tokenEndpoint(), clientId), store);
                        return new SignedIn(issuer, clientId, session, who.of(provider, clientId, session));
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

    /** The provider's key identity; none when it cannot be read (the sign-in then is never carried over). */
    private static Set<String> keysOf(ProviderMetadata provider) {
        try {
            return ProviderKeys.of(AuthHttp.DEFAULT, provider);
        } catch (AuthException unreadable) {
            return Set.of();
        }
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
     * <p>The embedded node listens on a new free port each run, so its issuer changes; it is recognised by what it
     * is, not by its address: a sign-in at a provider on this computer's loopback address is carried over to another
     * loopback address only when the provider there serves a signing key the saved sign-in recorded (see
     * {@link ProviderKeys}). A local Keycloak, or any other provider, never gets the node's refresh token nor the node
     * Keycloak's. The carried-over access token names the old address, so it is refreshed at once.
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
            throw notThisProvider(saved, issuer, "");
        }
        ProviderMetadata provider = OidcDiscovery.fetch(issuer);
        TokenSet tokens = saved.tokens();
        if (!same) {
            if (!sameKeys(saved, provider)) {
                throw notThisProvider(saved, issuer, " (another provider on this computer)");
            }
            if (!storage.retarget(saved.issuer(), issuer)) {
                throw new AuthException("The saved sign-in changed while it was being restored; try again");
            }
            tokens = new TokenSet("", tokens.refreshToken(), null, Instant.EPOCH, tokens.scope());
        }
        Session session =
                new Session(tokens, new TokenEndpointClient(provider.tokenEndpoint(), clientId), saved.store());
        return Optional.of(new SignedIn(issuer, clientId, session, who.of(provider, clientId, session)));
    }

    private static boolean sameKeys(SignInStorage.Restorable saved, ProviderMetadata provider) {
        if (saved.providerKeys().isEmpty()) {
            return false;
        }
        try {
            return ProviderKeys.of(AuthHttp.DEFAULT, provider).stream().anyMatch(saved.providerKeys()::contains);
        } catch (AuthException unreadable) {
            return false;
        }
    }

    private static AuthException notThisProvider(SignInStorage.Restorable saved, URI issuer, String why) {
        return new AuthException("The saved sign-in is for " + saved.issuer() + " (client " + saved.clientId()
                + "), not for " + issuer + why + "; sign in again");
    }

    private static String trimSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** Signs out of the saved sign-in (see {@link #signOut(SignedIn)}), from a process that holds none in use. */
    public SignedOut signOut() {
        return signOut(null);
    }

    /**
     * Forgets the saved sign-in, always, then tells its provider ({@link ProviderSignOut}): the refresh token is
     * revoked and the provider's session ended where the provider offers that. A provider that cannot be told does
     * not keep anything here: the result says so in one line.
     *
     * @param current the sign-in in use in this process, or null: its ID token (a keyring keeps none) lets the
     *                provider end its session
     */
    public SignedOut signOut(SignedIn current) {
        boolean recorded = storage.issuer().isPresent();
        Optional<SignInStorage.Restorable> saved = storage.forget();
        URI issuer;
        String clientId;
        TokenSet tokens;
        if (saved.isPresent()) {
            issuer = saved.get().issuer();
            clientId = saved.get().clientId();
            tokens = withIdToken(saved.get().tokens(), current, issuer);
        } else if (current != null) {
            issuer = current.issuer();
            clientId = current.clientId();
            tokens = current.session().tokens();
        } else {
            return new SignedOut(recorded, Optional.empty());
        }
        return new SignedOut(true, new ProviderSignOut(AuthHttp.DEFAULT).tell(issuer, clientId, tokens));
    }

    private static TokenSet withIdToken(TokenSet saved, SignedIn current, URI issuer) {
        if (saved.idToken() != null || current == null || !current.issuer().equals(issuer)) {
            return saved;
        }
        String idToken = current.session().tokens().idToken();
        return new TokenSet(saved.accessToken(), saved.refreshToken(), idToken, saved.expiresAt(), saved.scope());
    }
}
