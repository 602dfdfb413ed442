package eu.eucaim.workstation.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which cookies of the explorer's site make its session, and that an HttpOnly one is read from the store. */
class ExplorerSignInWindowTest {
    @Test
    void onlyTheProxysSessionCookiesAreKeptSplitOnesJoined() {
        assertThat(ExplorerSignInWindow.sessionCookie(
                        Map.of("Cookie", List.of("_ga=1; _eucaim_explorer_oauth2=abc; other=x"))))
                .isEqualTo("_eucaim_explorer_oauth2=abc");
        assertThat(ExplorerSignInWindow.sessionCookie(
                        Map.of("Cookie", List.of("_eucaim_explorer_oauth2_0=part1; _eucaim_explorer_oauth2_1=part2"))))
                .isEqualTo("_eucaim_explorer_oauth2_0=part1; _eucaim_explorer_oauth2_1=part2");
        assertThat(ExplorerSignInWindow.sessionCookie(Map.of("Cookie", List.of("_eucaim_explorer_oauth2_csrf=c"))))
                .as("oauth2-proxy's CSRF cookie during sign-in is not the session")
                .isNull();
        assertThat(ExplorerSignInWindow.sessionCookie(Map.of())).isNull();
    }

    @Test
    void anHttpOnlySecureCookieIsHandedOutForTheExplorersHttpsAddress() throws Exception {
        CookieHandler before = CookieHandler.getDefault();
        CookieManager store = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        URI explorer = URI.create("https://explorer.eucaim.cancerimage.eu/");
        HttpCookie session = new HttpCookie(ExplorerSignInWindow.COOKIE, "s3ss10n");
        session.setVersion(0); // as a Set-Cookie header makes it (version 1 would be quoted)
        session.setHttpOnly(true);
        session.setSecure(true);
        session.setPath("/");
        store.getCookieStore().add(explorer, session);
        CookieHandler.setDefault(store);
        try {
            assertThat(ExplorerSignInWindow.sessionCookie(explorer)).isEqualTo("_eucaim_explorer_oauth2=s3ss10n");
            assertThat(ExplorerSignInWindow.sessionCookie(URI.create("https://elsewhere.example.org/")))
                    .isNull();
        } finally {
            CookieHandler.setDefault(before);
        }
    }
}
