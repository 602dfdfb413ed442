package eu.eucaim.workstation.app.connection;

import eu.eucaim.workstation.api.auth.SessionCookie;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The EUCAIM explorer's web session, as the platform's federated query sends it: oauth2-proxy's cookie, kept in
 * memory only (never written, never logged) from the explorer's sign-in until the app closes or the explorer
 * refuses it. One for the app, so a reconnect (Settings changed) keeps it.
 */
public final class ExplorerSession implements SessionCookie {
    private final AtomicReference<String> cookie = new AtomicReference<>();

    /** Keeps {@code nameValue} ({@code name=value[; name2=value2]}) as the session's cookie. */
    public void keep(String nameValue) {
        if (nameValue == null || nameValue.isBlank()) {
            throw new IllegalArgumentException("no cookie to keep");
        }
        cookie.set(nameValue);
    }

    @Override
    public Optional<String> cookie() {
        return Optional.ofNullable(cookie.get());
    }

    @Override
    public void refused() {
        cookie.set(null);
    }

    public boolean signedIn() {
        return cookie.get() != null;
    }

    @Override
    public String toString() {
        return "ExplorerSession[" + (signedIn() ? "signed in" : "signed out") + "]"; // never the cookie
    }
}
