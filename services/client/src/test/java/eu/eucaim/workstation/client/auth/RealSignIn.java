package eu.eucaim.workstation.client.auth;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real sign-in for tests: the workstation's PKCE flow against a real node, with the test browser that posts the
 * demo user's login form and follows the redirect to the loopback callback, all over HTTP.
 */
public final class RealSignIn {
    private RealSignIn() {}

    /** Signs {@code user} (password = user name, as for the demo users) in at {@code issuer}. */
    public static AccessTokenSource as(URI issuer, String user) throws Exception {
        String token = new PkceLoginFlow(
                        OidcDiscovery.fetch(issuer),
                        "eucaim-workstation",
                        FormFillingBrowser.signingInAs(user, user),
                        Duration.ofSeconds(30))
                .start()
                .get(40, TimeUnit.SECONDS)
                .accessToken();
        return AccessTokenSource.fixed(token);
    }
}
