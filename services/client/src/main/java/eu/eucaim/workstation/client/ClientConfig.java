package eu.eucaim.workstation.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a service lives and how long to wait for it.
 *
 * @param baseUri        the service root, e.g. {@code http://127.0.0.1:8080}; request paths are appended to it,
 *                       so a root below a path prefix ({@code https://host/eucaim/}) works too
 * @param connectTimeout how long to wait for a TCP (and TLS) connection
 * @param callTimeout    the bound on a whole call: connect, send, wait and read the body
 */
public record ClientConfig(URI baseUri, Duration connectTimeout, Duration callTimeout) {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(10);

    public ClientConfig {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        String scheme = baseUri.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("Service address must be http or https: " + baseUri);
        }
        if (connectTimeout.isNegative()
                || connectTimeout.isZero()
                || callTimeout.isNegative()
                || callTimeout.isZero()) {
            throw new IllegalArgumentException("Timeouts must be positive");
        }
    }

    /** The defaults: 3 s to connect, 10 s for a whole call. */
    public static ClientConfig of(URI baseUri) {
        return new ClientConfig(baseUri, DEFAULT_CONNECT_TIMEOUT, DEFAULT_CALL_TIMEOUT);
    }

    /** How services are named in {@link eu.eucaim.workstation.api.error.ServiceException}s: the base URI. */
    public String serviceName() {
        String s = baseUri.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
