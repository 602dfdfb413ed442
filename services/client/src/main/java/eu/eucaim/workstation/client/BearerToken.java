package eu.eucaim.workstation.client;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Bearer} with the source's current token to every call. The source is asked here, on
 * OkHttp's thread and never the caller's, because a token about to expire is refreshed over HTTP first. A failure of
 * the source ({@link eu.eucaim.workstation.api.auth.AuthException}: nobody signed in, sign-in ended) fails the call
 * with that exception.
 */
final class BearerToken implements Interceptor {
    static final String HEADER = "Authorization";
    private static final String SCHEME = "Bearer ";

    private final AccessTokenSource tokens;

    BearerToken(AccessTokenSource tokens) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request;
        try {
            request = with(chain.request(), tokens.accessToken());
        } catch (RuntimeException e) {
            throw new CarriedFailure(e);
        }
        return chain.proceed(request);
    }

    /**
     * {@code request} carrying {@code token}. OkHttp refuses a value with control characters without quoting it
     * (Authorization is one of its sensitive headers), so a broken token cannot end up in a message.
     */
    static Request with(Request request, String token) {
        return request.newBuilder()
                .header(HEADER, SCHEME + Objects.requireNonNull(token, "the token source gave no token"))
                .build();
    }

    /** The bearer token {@code request} carried, or null. */
    static String of(Request request) {
        String value = request.header(HEADER);
        return value != null && value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                ? value.substring(SCHEME.length())
                : null;
    }

    @Override
    public String toString() {
        return "BearerToken[" + tokens + "]";
    }
}
