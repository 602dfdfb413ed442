package eu.eucaim.workstation.app.auth;

import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.auth.BrowserOpener;
import eu.eucaim.workstation.api.auth.SignInService;
import eu.eucaim.workstation.api.auth.SignedIn;
import eu.eucaim.workstation.app.fx.Errors;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The app's sign-in: status, who is signed in, and the commands Sign in, Cancel, Retry, Sign out. The work (the
 * browser flow, refreshing, the keyring) runs in the {@link SignInService}; results come back through {@code ui}. One
 * instance for the whole app: tabs watch {@link #signedInProperty()}; protected services take their tokens from the
 * sign-in service itself.
 */
public final class SignInViewModel {
    private final SignInService service;
    private final Supplier<CompletableFuture<Provider>> provider;
    private final BrowserOpener browser;
    private final Executor ui;

    private final ReadOnlyObjectWrapper<SignInStatus> status =
            new ReadOnlyObjectWrapper<>(this, "status", SignInStatus.SIGNED_OUT);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyStringWrapper waiting = new ReadOnlyStringWrapper(this, "waiting", WAITING_FOR_THE_PAGE);
    private final ReadOnlyStringWrapper userName = new ReadOnlyStringWrapper(this, "userName");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal");
    private final ObservableList<String> roles = FXCollections.observableArrayList();
    private final ObservableList<String> rolesView = FXCollections.unmodifiableObservableList(roles);
    private final BooleanBinding signedIn = Bindings.equal(status, SignInStatus.SIGNED_IN);
    private final BooleanBinding busy = Bindings.equal(status, SignInStatus.SIGNING_IN);
    private final BooleanBinding restoring = Bindings.equal(status, SignInStatus.RESTORING);

    private CompletableFuture<SignedIn> attempt;
    /** The sign-in shown, with its provider; null when signed out. */
    private SignedIn current;

    static final String WAITING_FOR_THE_PAGE = "Signing in…";

    /** Which provider to sign in with and the client id registered there. */
    public record Provider(URI issuer, String clientId) {}

    /**
     * @param provider the provider from the settings; a future because the default, the node's own provider, is
     *                 known only once the node has started
     */
    public SignInViewModel(
            SignInService service, Supplier<CompletableFuture<Provider>> provider, BrowserOpener browser, Executor ui) {
        this.service = Objects.requireNonNull(service, "service");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.browser = Objects.requireNonNull(browser, "browser");
        this.ui = Objects.requireNonNull(ui, "ui");
        service.onSignInEnded(reason -> ui.execute(() -> {
            if (status.get() == SignInStatus.SIGNED_IN) {
                showSignedOut(reason);
            }
        }));
        service.onTokenRefused(reason -> ui.execute(() -> {
            if (status.get() == SignInStatus.SIGNED_IN) {
                refusal.set(reason);
            }
        }));
    }

    public ReadOnlyObjectProperty<SignInStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last attempt failed or why a saved sign-in was not restored; null when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userNameProperty() {
        return userName.getReadOnlyProperty();
    }

    /** The signed-in user's roles for people, e.g. "Researcher", "Data steward", sorted. */
    public ObservableList<String> roles() {
        return rolesView;
    }

    /** The app-wide signed-in state. */
    /** Whether the user signed in holds {@code role} (false when nobody is signed in). */
    public boolean hasRole(eu.eucaim.workstation.api.auth.Role role) {
        SignedIn now = current;
        return now != null && now.identity().roles().contains(role);
    }

    public BooleanBinding signedInProperty() {
        return signedIn;
    }

    /** Waiting for the browser (Cancel applies). */
    public BooleanBinding busyProperty() {
        return busy;
    }

    /** Renewing the saved sign-in at start-up. */
    public BooleanBinding restoringProperty() {
        return restoring;
    }

    /** Starts the browser flow; only from signed out or failed (not while one runs or a restore is under way). */
    public void signIn() {
        if (status.get() != SignInStatus.SIGNED_OUT && status.get() != SignInStatus.FAILED) {
            return;
        }
        status.set(SignInStatus.SIGNING_IN);
        waiting.set(WAITING_FOR_THE_PAGE);
        message.set(null);
        CompletableFuture<SignedIn> started = new CompletableFuture<>();
        attempt = started;
        // Not thenCompose: cancelling must also reach the flow, even one that starts after the node is up.
        provider.get().whenComplete((p, noProvider) -> {
            if (started.isDone()) {
                return;
            }
            if (noProvider != null) {
                started.completeExceptionally(noProvider);
                return;
            }
            CompletableFuture<SignedIn> flow = service.signIn(p.issuer(), p.clientId(), this::showPage);
            started.whenComplete((v, e) -> {
                if (started.isCancelled()) {
                    flow.cancel(true);
                }
            });
            flow.whenComplete((signedIn, failure) -> {
                if (failure != null) {
                    started.completeExceptionally(failure);
                } else {
                    started.complete(signedIn);
                }
            });
        });
        started.whenComplete((signedIn, failure) -> ui.execute(() -> {
            if (attempt != started) {
                return;
            }
            attempt = null;
            if (failure == null) {
                show(signedIn);
            } else if (!started.isCancelled()) {
                status.set(SignInStatus.FAILED);
                message.set(Errors.describe(failure));
            }
        }));
    }

    /** Opens the sign-in page, then says where it is: the system browser, or the app's own sign-in window. */
    private void showPage(java.net.URI url) throws java.io.IOException {
        browser.open(url);
        String place = browser.place();
        ui.execute(() -> waiting.set("Signing in… finish in " + place));
    }

    /** "Signing in… finish in the browser" (or "…in the sign-in window") while the sign-in page is open. */
    public ReadOnlyStringProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    /**
     * Why a server did not accept the sign-in in use (HTTP 401 for good, e.g. it does not trust the provider), to
     * offer {@link #signInAgain()}; null while nothing was refused.
     */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** After a refusal: forgets the sign-in (telling its provider) and signs in with the provider in use now. */
    public void signInAgain() {
        if (status.get() != SignInStatus.SIGNED_IN) {
            signIn();
            return;
        }
        signOut();
        signIn();
    }

    /**
     * The connection changed (another node, or the embedded node started again): a sign-in belongs to its provider,
     * so one at another provider than the connection's is not used there. It is restored for the new provider where
     * it can be (the embedded node on a new port is the same provider), else the user is shown signed out with why.
     */
    public CompletableFuture<Void> followConnection() {
        SignedIn was = current;
        if (status.get() != SignInStatus.SIGNED_IN || was == null) {
            return CompletableFuture.completedFuture(null);
        }
        return provider.get()
                .<Void>thenCompose(p -> {
                    if (sameIssuer(was.issuer(), p.issuer()) && was.clientId().equals(p.clientId())) {
                        return CompletableFuture.completedFuture(null);
                    }
                    ui.execute(() -> {
                        if (current == was) {
                            refusal.set(null);
                            status.set(SignInStatus.RESTORING);
                        }
                    });
                    return service.restore(p.issuer(), p.clientId()).handle((restored, failure) -> {
                        ui.execute(() -> {
                            if (current != was || status.get() != SignInStatus.RESTORING) {
                                return;
                            }
                            if (failure == null && restored.isPresent()) {
                                show(restored.get());
                            } else {
                                showSignedOut(notCarriedOver(was.issuer(), p.issuer(), failure));
                            }
                        });
                        return null;
                    });
                })
                .exceptionally(noProvider -> null);
    }

    /** Why the user is signed out after the connection changed; a provider's own refusal is not worth repeating. */
    private static String notCarriedOver(URI was, URI now, Throwable failure) {
        String line = "Signed out: you were signed in at " + was + ", and the connection now signs in at " + now;
        Throwable cause = failure instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                ? c.getCause()
                : failure;
        return cause == null || cause instanceof AuthException ? line + "." : line + ": " + Errors.describe(cause);
    }

    private static boolean sameIssuer(URI a, URI b) {
        return trimSlash(a).equals(trimSlash(b));
    }

    private static String trimSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** Stops waiting for the browser (the flow's port is freed). */
    public void cancel() {
        CompletableFuture<SignedIn> running = attempt;
        if (running == null) {
            return;
        }
        attempt = null;
        running.cancel(true);
        status.set(SignInStatus.SIGNED_OUT);
        message.set("Sign-in cancelled.");
    }

    public void retry() {
        signIn();
    }

    /**
     * Forgets the sign-in here and in the keyring or file, and has the service tell the provider; when it could not be
     * told, the message says so in one line (signed out all the same).
     */
    public CompletableFuture<Void> signOut() {
        showSignedOut(null);
        return service.signOut().exceptionally(failure -> {
            ui.execute(() -> message.set(Errors.describe(failure)));
            return null;
        });
    }

    /**
     * At start-up: brings back a saved sign-in (refreshing it), showing {@link SignInStatus#RESTORING} meanwhile;
     * says in one line why when that fails. Nothing changes when there is no saved sign-in.
     */
    public CompletableFuture<Void> restore() {
        return service.hasSavedSignIn()
                .thenCompose(saved -> {
                    if (!saved) {
                        return CompletableFuture.completedFuture(Optional.<SignedIn>empty());
                    }
                    ui.execute(() -> {
                        if (status.get() == SignInStatus.SIGNED_OUT) {
                            status.set(SignInStatus.RESTORING);
                        }
                    });
                    return provider.get().thenCompose(p -> service.restore(p.issuer(), p.clientId()));
                })
                .handle((restored, failure) -> {
                    ui.execute(() -> {
                        if (status.get() != SignInStatus.RESTORING) {
                            return;
                        }
                        if (failure != null) {
                            showSignedOut("Your saved sign-in could not be restored: " + Errors.describe(failure));
                        } else if (restored.isPresent()) {
                            show(restored.get());
                        } else {
                            showSignedOut(null);
                        }
                    });
                    return null;
                });
    }

    private void show(SignedIn signedIn) {
        current = signedIn;
        refusal.set(null);
        userName.set(signedIn.displayName());
        roles.setAll(signedIn.identity().roles().stream()
                .map(r -> label(r.claim()))
                .sorted()
                .toList());
        message.set(null);
        status.set(SignInStatus.SIGNED_IN);
    }

    /** {@code data_steward} → "Data steward": works for any provider's role names, not only the node's. */
    static String label(String claim) {
        String words = claim.replace('_', ' ').strip();
        return words.isEmpty() ? claim : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private void showSignedOut(String reason) {
        current = null;
        refusal.set(null);
        userName.set(null);
        roles.setAll(List.of());
        message.set(reason);
        status.set(SignInStatus.SIGNED_OUT);
    }
}
