package eu.eucaim.workstation.app.testing;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.auth.BrowserOpener;
import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.api.auth.SignInService;
import eu.eucaim.workstation.api.auth.SignedIn;
import eu.eucaim.workstation.api.auth.UserIdentity;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A {@link SignInService} whose answers the test gives: every call returns a future the test completes, and what
 * was asked is recorded. No provider, no browser, no HTTP.
 */
public final class ScriptedSignIn implements SignInService {
    /** One call of {@link #signIn}: what was asked, and the answer the test completes. */
    public record Attempt(URI issuer, String clientId, BrowserOpener browser, CompletableFuture<SignedIn> answer) {}

    public final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    public final CompletableFuture<Boolean> saved = new CompletableFuture<>();
    public final List<CompletableFuture<Optional<SignedIn>>> restores = new ArrayList<>();
    public int signOuts;
    private final List<Consumer<String>> endedListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> refusedListeners = new CopyOnWriteArrayList<>();

    public static SignedIn user(String username, Role... roles) {
        return new SignedIn(
                URI.create("http://127.0.0.1:1/"),
                "eucaim-workstation",
                new UserIdentity("sub-" + username, username, "Demo " + username, null, Set.of(roles), List.of()));
    }

    @Override
    public CompletableFuture<SignedIn> signIn(URI issuer, String clientId, BrowserOpener browser) {
        CompletableFuture<SignedIn> answer = new CompletableFuture<>();
        attempts.add(new Attempt(issuer, clientId, browser, answer));
        return answer;
    }

    /** The latest sign-in attempt. */
    public Attempt last() {
        if (attempts.isEmpty()) {
            throw new AssertionError("nobody asked to sign in");
        }
        return attempts.get(attempts.size() - 1);
    }

    @Override
    public CompletableFuture<Boolean> hasSavedSignIn() {
        return saved;
    }

    @Override
    public CompletableFuture<Optional<SignedIn>> restore(URI issuer, String clientId) {
        CompletableFuture<Optional<SignedIn>> answer = new CompletableFuture<>();
        restores.add(answer);
        return answer;
    }

    @Override
    public CompletableFuture<Void> signOut() {
        signOuts++;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public AccessTokenSource tokens() {
        return AccessTokenSource.none("scripted: no tokens");
    }

    @Override
    public void onSignInEnded(Consumer<String> listener) {
        endedListeners.add(listener);
    }

    /** The provider ends the sign-in, as a refused refresh would. */
    public void end(String reason) {
        endedListeners.forEach(l -> l.accept(reason));
    }

    /** A failure as the real service gives it. */
    public static AuthException failure(String message) {
        return new AuthException(message);
    }

    @Override
    public void onTokenRefused(Consumer<String> listener) {
        refusedListeners.add(listener);
    }

    /** A server refused the current sign-in's token, as the HTTP client reports it. */
    public void refuse(String reason) {
        refusedListeners.forEach(l -> l.accept(reason));
    }
}
