package eu.eucaim.workstation.node.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Which redirect URIs the workstation client may use: loopback only, any port (RFC 8252 §7.3). {@code localhost} is
 * refused, as RFC 8252 §8.3 advises: a name can resolve elsewhere, the loopback address literals cannot.
 */
final class RedirectUris {
    static final int MAX_LENGTH = 2048;
    private static final String EXPECTED = "expected http://127.0.0.1:<port>/… or http://[::1]:<port>/…";

    private RedirectUris() {}

    static boolean isAllowed(String redirectUri) {
        return problem(redirectUri).isEmpty();
    }

    /** Why {@code redirectUri} is refused, as a sentence naming the field and what was expected; empty if allowed. */
    static Optional<String> problem(String redirectUri) {
        if (redirectUri == null || redirectUri.isEmpty()) {
            return Optional.of("redirect_uri is missing; " + EXPECTED);
        }
        if (redirectUri.length() > MAX_LENGTH) {
            return Optional.of("redirect_uri is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(redirectUri);
        } catch (URISyntaxException e) {
            return Optional.of("redirect_uri is not a valid URI; " + EXPECTED);
        }
        if (!"http".equals(uri.getScheme())) {
            return Optional.of("redirect_uri must use http on the loopback address (RFC 8252 §7.3); " + EXPECTED);
        }
        if ("localhost".equalsIgnoreCase(uri.getHost())) {
            return Optional.of("redirect_uri must name the loopback address literally, not localhost"
                    + " (RFC 8252 §8.3); " + EXPECTED);
        }
        if (!("127.0.0.1".equals(uri.getHost()) || "[::1]".equals(uri.getHost()))) {
            return Optional.of("redirect_uri must be a loopback address; " + EXPECTED);
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("redirect_uri must not carry user information (user@); " + EXPECTED);
        }
        if (uri.getPort() == -1) {
            return Optional.of("redirect_uri must name a port; " + EXPECTED);
        }
        if (uri.getPort() < 1 || uri.getPort() > 65_535) {
            return Optional.of("redirect_uri has port " + uri.getPort() + ", outside the TCP port range 1..65535");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("redirect_uri must not have a fragment (#…) (RFC 6749 §3.1.2)");
        }
        if (uri.getRawPath() == null || !uri.getRawPath().startsWith("/")) {
            return Optional.of("redirect_uri must have a path starting with /; " + EXPECTED);
        }
        return Optional.empty();
    }
}
