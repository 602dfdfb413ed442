package eu.eucaim.workstation.client.auth;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.auth.AuthException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A signed-in session: hands out an access token that is valid for at least {@link #DEFAULT_MARGIN}, refreshing
 * it first when needed, and saves every new token set. Thread-safe; refreshes are serialized on purpose, because
 * with rotating refresh tokens two concurrent refreshes would present the same token twice, and the provider
 * treats that as theft and ends the sign-in. Within this object by its monitor, and with every other session over
 * the same saved sign-in (other objects, other processes) by the store's lock ({@link TokenStore#exclusively}),
 * under which the saved tokens are read again before a refresh.
 */
public final class Session implements AccessTokenSource {
    public static final Duration DEFAULT_MARGIN = Duration.ofSeconds(60);

    private final TokenEndpointClient tokenEndpoint;
    private final TokenStore store;
    private final Clock clock;
    private final Duration margin;
    private TokenSet tokens;

    public Session(TokenSet tokens, TokenEndpointClient tokenEndpoint, TokenStore store, Clock clock, Duration margin) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.tokenEndpoint = Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.margin = Objects.requireNonNull(margin, "margin");
    }

    public Session(TokenSet tokens, TokenEndpointClient tokenEndpoint, TokenStore store) {
        this(tokens, tokenEndpoint, store, Clock.systemUTC(), DEFAULT_MARGIN);
    }

    /**
     * A current access token, refreshed first when it expires within the margin.
     *
     * @throws TokenEndpointException with {@code invalid_grant} when the sign-in has ended: sign in again
     * @throws AuthException          when it expires and there is no refresh token
     */
    @Override
    public synchronized String accessToken() {
        if (tokens.expiresWithin(margin, clock)) {
            store.exclusively(() -> {
                adoptNewerSaved();
                if (tokens.expiresWithin(margin, clock)) {
                    if (tokens.refreshToken() == null) {
                        throw new AuthException("The sign-in has expired and cannot be renewed; sign in again");
                    }
                    refresh();
                }
                return null;
            });
        }
        return tokens.accessToken();
    }

    /**
     * Presents the refresh token, holding the store's lock (see {@link TokenStore#exclusively}). A refused one ends
     * the saved sign-in only while it is still the saved one: another process may have saved a newer sign-in (a
     * rotated token, a new {@code eucaim login}) meanwhile, and that one must stay.
     */
    private void refresh() {
        String presented = tokens.refreshToken();
        try {
            tokens = tokenEndpoint.refresh(presented);
        } catch (TokenEndpointException e) {
            if ("invalid_grant".equals(e.error()) && stillSaved(presented)) {
                // The sign-in has ended (expired, revoked, or the token was reused): a saved copy is useless.
                store.clear();
            }
            throw e;
        }
        store.save(tokens);
    }

    private boolean stillSaved(String refreshToken) {
        try {
            return store.load()
                    .map(TokenSet::refreshToken)
                    .filter(refreshToken::equals)
                    .isPresent();
        } catch (AuthException unreadable) {
            return false;
        }
    }

    /**
     * A server refused {@code rejected} with 401 (see {@link AccessTokenSource#renewAfterRejection(String)}): when it
     * is still the token in use, it is refreshed now, whatever its expiry says; when another call (or process) has
     * refreshed it meanwhile, that newer token is the answer. Empty without a refresh token.
     *
     * @throws TokenEndpointException with {@code invalid_grant} when the sign-in has ended
     */
    @Override
    public synchronized Optional<String> renewAfterRejection(String rejected) {
        if (!tokens.accessToken().equals(rejected)) {
            return Optional.of(tokens.accessToken());
        }
        return store.exclusively(() -> {
            adoptNewerSaved();
            if (!tokens.accessToken().equals(rejected)) {
                return Optional.of(tokens.accessToken());
            }
            if (tokens.refreshToken() == null) {
                return Optional.<String>empty();
            }
            refresh();
            return Optional.of(tokens.accessToken());
        });
    }

    /**
     * Another process (the command line, a second window) may have refreshed the same sign-in since: its refresh
     * token rotated ours out, and presenting ours would look like theft and end the sign-in. So a newer saved one
     * is taken over first. Called holding the store's lock, so that what it reads stays the saved one until this
     * session has used it. An unreadable store leaves ours in use.
     */
    private void adoptNewerSaved() {
        try {
            store.load()
                    .filter(saved -> saved.refreshToken() != null
                            && !saved.refreshToken().equals(tokens.refreshToken()))
                    .ifPresent(saved -> tokens = saved);
        } catch (AuthException unreadable) {
            // keep ours
        }
    }

    public synchronized TokenSet tokens() {
        return tokens;
    }

    @Override
    public synchronized String toString() {
        return "Session[" + tokens + "]";
    }
}
