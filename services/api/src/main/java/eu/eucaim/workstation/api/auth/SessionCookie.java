package eu.eucaim.workstation.api.auth;

import java.util.Optional;

/**
 * A web session's cookie, for a service that takes no bearer token but a browser sign-in: the EUCAIM explorer's
 * Spot sits behind oauth2-proxy and admits a request that carries its session cookie. The cookie is a credential:
 * kept in memory, never logged.
 */
public interface SessionCookie {
    /** The {@code name=value} to send as the {@code Cookie} header, or empty while nobody has signed in. */
    Optional<String> cookie();

    /** The service refused the cookie (the session has ended): it is dropped, and the user must sign in again. */
    void refused();
}
