package eu.eucaim.workstation.client;

import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.auth.SessionCookie;
import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Adds {@code Cookie} with a web session's cookie to every call, for a service behind oauth2-proxy (the EUCAIM
 * explorer's Spot), which admits a browser session and no bearer token. Without a cookie the call fails at once
 * with an {@link AuthException} saying to sign in. A proxy refuses an ended session with 401, or with a redirect to
 * its sign-in page ({@code /oauth2/start}); redirects are not followed on such a transport, so either is seen here:
 * the cookie is dropped ({@link SessionCookie#refused()}) and the call fails saying the sign-in has ended. The
 * cookie never appears in a message.
 */
final class SessionCookieHeader implements Interceptor {
    private final SessionCookie cookie;

    SessionCookieHeader(SessionCookie cookie) {
        this.cookie = Objects.requireNonNull(cookie, "cookie");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String host = chain.request().url().host();
        String value = cookie.cookie().filter(c -> !c.isBlank()).orElse(null);
        if (value == null) {
            throw new CarriedFailure(new AuthException("Sign in to " + host + " first: it admits only a signed-in"
                    + " web session (Settings → EUCAIM platform → Sign in to the explorer)."));
        }
        Response response = chain.proceed(
                chain.request().newBuilder().header("Cookie", value).build());
        if (response.code() == 401 || response.isRedirect() && signInPage(response.header("Location"))) {
            response.close();
            cookie.refused();
            throw new CarriedFailure(new AuthException("The sign-in to " + host
                    + " has ended: sign in to the explorer again (Settings → EUCAIM platform)."));
        }
        return response;
    }

    /** Whether a redirect goes to oauth2-proxy's sign-in ({@code /oauth2/start} or {@code /oauth2/sign_in}). */
    private static boolean signInPage(String location) {
        return location != null && location.contains("/oauth2/");
    }

    @Override
    public String toString() {
        return "SessionCookieHeader"; // never the cookie
    }
}
