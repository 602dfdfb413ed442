package eu.eucaim.workstation.client.auth;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.auth.BrowserOpener;
import eu.eucaim.workstation.api.auth.SignInEndedException;
import eu.eucaim.workstation.api.auth.SignInService;
import eu.eucaim.workstation.api.auth.SignedIn;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The app's {@link SignInService}: {@link SignInClient} for the flows and the saved sign-in, plus the sign-in in use
 * now, whose session hands out the tokens that every protected service asks for.
 */
public final class CurrentSignIn implements SignInService {
    static final String NOT_SIGNED_IN = "Not signed in: sign in first";
    static final String ENDED = "Your sign-in has ended; sign in again.";

    private final SignInClient client;
    private final Executor io;
    private final List<Consumer<String>> endedListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> refusedListeners = new CopyOnWriteArrayList<>();
    private final AccessTokenSource tokens = new Tokens();
    private volatile SignInClient.SignedIn current;

    /** @param io for the blocking parts: the keyring, the files, a restore's refresh */
    public CurrentSignIn(SignInClient client, Executor io) {
        this.client = Objects.requireNonNull(client, "client");
        this.io = Objects.requireNonNull(io, "io");
    }

    @Override
    public CompletableFuture<SignedIn> signIn(URI issuer, String clientId, BrowserOpener browser) {
        CompletableFuture<SignInClient.SignedIn> flow = client.signIn(issuer, clientId, browser);
        CompletableFuture<SignedIn> result = flow.thenApply(this::use);
        result.whenComplete((v, failure) -> {
            if (result.isCancelled()) {
                flow.cancel(true);
            }
        });
        return result;
    }

    @Override
    public CompletableFuture<Boolean> hasSavedSignIn() {
        return CompletableFuture.supplyAsync(() -> client.storage().issuer().isPresent(), io);
    }

    /** A restore replaces the sign-in in use: until it succeeds, protected calls fail as not signed in. */
    @Override
    public CompletableFuture<Optional<SignedIn>> restore(URI issuer, String clientId) {
        current = null;
        return CompletableFuture.supplyAsync(
                () -> client.restore(issuer, clientId).map(this::use), io);
    }

    /**
     * Forgets the sign-in here and in storage, and tells the provider (see {@link SignInClient#signOut(
     * SignInClient.SignedIn)}). When the provider could not be told, the future fails with an {@link AuthException}
     * saying so in one line; the sign-in is forgotten here all the same.
     */
    @Override
    public CompletableFuture<Void> signOut() {
        SignInClient.SignedIn was = current;
        current = null;
        return CompletableFuture.runAsync(
                () -> client.signOut(was).providerNotTold().ifPresent(line -> {
                    throw new AuthException(line);
                }),
                io);
    }

    @Override
    public AccessTokenSource tokens() {
        return tokens;
    }

    @Override
    public void onSignInEnded(Consumer<String> listener) {
        endedListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void onTokenRefused(Consumer<String> listener) {
        refusedListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    private SignedIn use(SignInClient.SignedIn signedIn) {
        current = signedIn;
        return signedIn.user();
    }

    /** The current session's tokens; a refresh the provider refuses ends the sign-in here and tells the listeners. */
    private final class Tokens implements AccessTokenSource {
        @Override
        public String accessToken() {
            SignInClient.SignedIn s = signedIn();
            try {
                return s.session().accessToken();
            } catch (TokenEndpointException e) {
                throw ended(s, e);
            }
        }

        @Override
        public Optional<String> renewAfterRejection(String rejected) {
            SignInClient.SignedIn s = signedIn();
            try {
                return s.session().renewAfterRejection(rejected);
            } catch (TokenEndpointException e) {
                throw ended(s, e);
            }
        }

        /** Only a refusal of the sign-in in use counts: a call that outlived a sign-out or a new sign-in does not. */
        @Override
        public void refused(String token, String reason) {
            SignInClient.SignedIn s = current;
            if (s != null && token.equals(s.session().tokens().accessToken())) {
                refusedListeners.forEach(l -> l.accept(reason));
            }
        }

        private SignInClient.SignedIn signedIn() {
            SignInClient.SignedIn s = current;
            if (s == null) {
                throw new AuthException(NOT_SIGNED_IN);
            }
            return s;
        }

        private RuntimeException ended(SignInClient.SignedIn s, TokenEndpointException e) {
            if (!"invalid_grant".equals(e.error())) {
                return e;
            }
            boolean wasCurrent;
            synchronized (CurrentSignIn.this) {
                wasCurrent = current == s;
                if (wasCurrent) {
                    current = null;
                }
            }
            if (wasCurrent) {
                endedListeners.forEach(l -> l.accept(ENDED));
            }
            return new SignInEndedException(ENDED, e);
        }

        @Override
        public String toString() {
            return "AccessTokenSource[current sign-in]";
        }
    }
}
