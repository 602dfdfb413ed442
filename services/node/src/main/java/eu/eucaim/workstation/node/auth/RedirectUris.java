package eu.eucaim.workstation.node.auth;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Which redirect URIs the workstation client may use: loopback only, any port (RFC 8252 §7.3). {@code localhost} is
 * refused, as RFC 8252 §8.3 advises: a name can resolve elsewhere, the loopback address literals cannot.
 */
final class RedirectUris {
    private RedirectUris() {}

    static boolean isAllowed(String redirectUri) {
        if (redirectUri == null || redirectUri.length() > 2048) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(redirectUri);
        } catch (URISyntaxException e) {
            return false;
        }
        return "http".equals(uri.getScheme())
                && ("127.0.0.1".equals(uri.getHost()) || "[::1]".equals(uri.getHost()))
                && uri.getRawUserInfo() == null
                && uri.getPort() > 0
                && uri.getRawFragment() == null
                && uri.getRawPath() != null
                && uri.getRawPath().startsWith("/");
    }
}
