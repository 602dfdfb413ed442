package eu.eucaim.workstation.client;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import java.io.IOException;
import java.util.Objects;
import okhttp3.Authenticator;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * On a 401 to a call that carried a bearer token, asks the source once for a renewed token
 * ({@link AccessTokenSource#renewAfterRejection(String)}) and sends the call again with it. A second 401, a source that
 * cannot renew, or one that offers the same token again, ends there: the 401 goes to the caller as the typed error,
 * and the source is told that the server refused its token for good ({@link AccessTokenSource#refused}). Runs on
 * OkHttp's thread, so a refresh never blocks the caller.
 */
final class BearerRenewal implements Authenticator {
    private static final long MAX_REASON_BYTES = 8 * 1024;
    private final AccessTokenSource tokens;

    BearerRenewal(AccessTokenSource tokens) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    @Override
    public Request authenticate(Route route, Response response) throws IOException {
        String rejected = BearerToken.of(response.request());
        if (response.code() != 401 || rejected == null) {
            return null;
        }
        if (rejectedBefore(response)) {
            return refusedForGood(rejected, response);
        }
        try {
            // The request keeps its other headers, so a create's Idempotency-Key goes with the retry.
            Request renewed = tokens.renewAfterRejection(rejected)
                    .filter(token -> !token.equals(rejected))
                    .map(token -> BearerToken.with(response.request(), token))
                    .orElse(null);
            return renewed != null ? renewed : refusedForGood(rejected, response);
        } catch (RuntimeException e) {
            throw new CarriedFailure(e);
        }
    }

    private Request refusedForGood(String token, Response response) throws IOException {
        String server =
                response.request().url().host() + ":" + response.request().url().port();
        String why = ErrorBodies.parse(
                        server,
                        401,
                        response.message(),
                        response.header("Content-Type"),
                        response.peekBody(MAX_REASON_BYTES).string())
                .message();
        tokens.refused(token, server + " did not accept your sign-in" + (why == null ? "" : ": " + why));
        return null;
    }

    /** Whether this call was refused with 401 already: one renewal per call, never a loop. */
    private static boolean rejectedBefore(Response response) {
        for (Response prior = response.priorResponse(); prior != null; prior = prior.priorResponse()) {
            if (prior.code() == 401) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "BearerRenewal[" + tokens + "]";
    }
}
