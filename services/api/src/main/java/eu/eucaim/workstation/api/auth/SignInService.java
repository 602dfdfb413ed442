package eu.eucaim.workstation.api.auth;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Signing in with an OpenID Connect provider (the embedded node's own, LS-AAI, a Keycloak), keeping the sign-in
 * between runs, and handing out the signed-in user's access tokens to the services that need them. One per app:
 * it holds the current sign-in. Every method returns at once; the work runs in the background.
 */
public interface SignInService {
    /**
     * The browser flow (PKCE): opens the provider's page through {@code browser}, waits for the answer, saves the
     * sign-in and makes it current. Cancelling the future stops waiting for the browser. Fails with an
     * {@link AuthException} (refused, timed out) or a service error (provider unreachable).
     */
    CompletableFuture<SignedIn> signIn(URI issuer, String clientId, BrowserOpener browser);

    /** Whether a sign-in was saved by an earlier run (reads local storage only). */
    CompletableFuture<Boolean> hasSavedSignIn();

    /**
     * Brings back the saved sign-in for this provider (renewing it when needed) and makes it current; empty when
     * nothing was saved. Fails with an {@link AuthException} saying why it could not be restored.
     */
    CompletableFuture<Optional<SignedIn>> restore(URI issuer, String clientId);

    /**
     * Forgets the current and the saved sign-in, and tells the provider (revokes the refresh token, ends its session)
     * where it offers that. Fails with an {@link AuthException} saying so in one line when the provider could not be
     * told; the sign-in is forgotten here all the same.
     */
    CompletableFuture<Void> signOut();

    /**
     * The current user's access tokens, renewed before they expire. Calls fail with an {@link AuthException} when
     * nobody is signed in, and with a {@link SignInEndedException} when the provider has ended the sign-in.
     */
    AccessTokenSource tokens();

    /**
     * Told (on any thread) when the provider ends the current sign-in while the app uses it, with a sentence for
     * the user; the sign-in is no longer current then.
     */
    void onSignInEnded(Consumer<String> listener);

    /**
     * Told (on any thread) when a server refuses the current sign-in's token for good (HTTP 401 after any renewal:
     * it does not trust the provider, or no longer knows the user), with a sentence naming the server and its reason.
     * The sign-in stays current: other servers may still accept it.
     */
    void onTokenRefused(Consumer<String> listener);
}
