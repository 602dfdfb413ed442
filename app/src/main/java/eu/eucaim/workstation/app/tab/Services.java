package eu.eucaim.workstation.app.tab;

import eu.eucaim.workstation.api.auth.SignInService;
import eu.eucaim.workstation.api.connection.Backend;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the tabs may ask of the backend: {@code services/api} interfaces only, each following the connection the user
 * chose, so that a switch of node in Settings reaches every tab without rebuilding it. A feature that adds a service
 * adds it to {@link Backend}; its tab asks for it here, and the shell needs no change.
 *
 * <pre>{@code
 * CatalogueService catalogue = context.services().of(CatalogueService.class, Backend::catalogue);
 * }</pre>
 */
public final class Services {
    /** Makes a {@code type} that reaches {@code pick} of whichever backend is current when it is called. */
    @FunctionalInterface
    public interface Follower {
        <S> S follow(Class<S> type, Function<Backend, S> pick);
    }

    private final Follower follower;
    private final Supplier<CompletableFuture<Backend>> backend;
    private final SignInService signIn;

    public Services(Follower follower, Supplier<CompletableFuture<Backend>> backend, SignInService signIn) {
        this.follower = Objects.requireNonNull(follower, "follower");
        this.backend = Objects.requireNonNull(backend, "backend");
        this.signIn = Objects.requireNonNull(signIn, "signIn");
    }

    /** The service {@code pick} chooses, of the current backend at the time of each call. */
    public <S> S of(Class<S> type, Function<Backend, S> pick) {
        return follower.follow(type, pick);
    }

    /** The current backend itself (its kind and address); completes once it is connected. */
    public CompletableFuture<Backend> backend() {
        return backend.get();
    }

    /** The app's sign-in: who is signed in, and the tokens protected services use. */
    public SignInService signIn() {
        return signIn;
    }
}
