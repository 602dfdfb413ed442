package eu.eucaim.workstation.node.auth;

import java.net.URI;
import java.util.Objects;

/**
 * The node's issuer identifier: its base URI, known only once the server has bound its port (port 0 picks one),
 * which is after the routes are built. Set once, before the first request can arrive.
 */
public final class Issuer {
    private volatile String value;

    public void set(URI baseUri) {
        String s = baseUri.toString();
        this.value = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** e.g. {@code http://127.0.0.1:43121}, without a trailing slash. */
    public String value() {
        return Objects.requireNonNull(value, "the issuer is set when the server has started");
    }

    public String endpoint(String path) {
        return value() + path;
    }
}
