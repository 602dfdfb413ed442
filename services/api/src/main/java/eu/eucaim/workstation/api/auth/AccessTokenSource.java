package eu.eucaim.workstation.api.auth;

import java.util.Optional;

/**
 * Where a client gets the bearer token for a protected call: the signed-in session, a token given on the
 * command line, or nothing. Clients of protected APIs take one of these and ask it on every call, so a refreshed
 * token is picked up without rebuilding the client.
 */
@FunctionalInterface
public interface AccessTokenSource {
    /**
     * A current access token.
     *
     * @throws AuthException when nobody is signed in or the sign-in has ended; its message says what to do
     */
    String accessToken();

    /**
     * A server refused {@code rejected} with 401 although it had not expired by our clock (revoked early, the
     * server's clock ahead): a newly renewed token to retry once with, or empty when nothing newer can be had (a
     * fixed token, no refresh token). Sources that cannot renew keep this default.
     */
    default Optional<String> renewAfterRejection(String rejected) {
        return Optional.empty();
    }

    /**
     * A server refused {@code token} with 401 for good (after any renewal): it does not accept this sign-in, e.g.
     * because it does not trust the provider that issued it. {@code reason} names the server and says why, in its
     * words. A sign-in uses this to offer signing in again; sources without one keep this default.
     */
    default void refused(String token, String reason) {}

    /** A fixed token (from {@code --token} or {@code EUCAIM_TOKEN}); it is never refreshed. */
    static AccessTokenSource fixed(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("empty token");
        }
        String value = token.strip();
        return new AccessTokenSource() {
            @Override
            public String accessToken() {
                return value;
            }

            @Override
            public String toString() {
                return "AccessTokenSource[fixed, ***]";
            }
        };
    }

    /** Nobody is signed in: every call fails with the given advice. */
    static AccessTokenSource none(String advice) {
        return () -> {
            throw new AuthException(advice);
        };
    }
}
