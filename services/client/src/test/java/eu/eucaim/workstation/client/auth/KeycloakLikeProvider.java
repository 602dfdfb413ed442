package eu.eucaim.workstation.client.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.TokenRequest;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.auth.BrowserOpener;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponseKt;
import no.nav.security.mock.oauth2.http.OAuth2HttpRouterKt;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import okhttp3.Headers;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A real OpenID provider (mock-oauth2-server) set up the way a Keycloak 26 realm answers a public client: issuer
 * {@code …/realms/eucaim}, access tokens with {@code typ} {@code JWT} and audience {@code account}, the user's roles
 * only in {@code realm_access.roles} and {@code resource_access.<client>.roles} of the access token (Keycloak's
 * default userinfo answer carries no roles), rotating refresh tokens (a used one is refused), a revocation endpoint
 * (RFC 7009) and an end-session endpoint. It signs the user in without a login form, as Keycloak does for a browser
 * that already has a session there. Shared with the app's tests through this module's test jar.
 */
public final class KeycloakLikeProvider implements AutoCloseable {
    public static final String REALM = "realms/eucaim";

    private final MockOAuth2Server server;
    private final OAuth2TokenProvider keys = new OAuth2TokenProvider();

    /**
     * @param realmRoles  the user's realm roles (Keycloak adds {@code offline_access} and
     *                    {@code default-roles-eucaim} itself)
     * @param clientRoles the user's roles of the client {@code eucaim-workstation}
     */
    public KeycloakLikeProvider(String username, List<String> realmRoles, List<String> clientRoles) {
        List<String> realm = new ArrayList<>(realmRoles);
        realm.addAll(List.of("offline_access", "default-roles-eucaim"));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("preferred_username", username);
        claims.put("name", "Demo " + username);
        claims.put("email", username + "@example.org");
        claims.put("realm_access", Map.of("roles", realm));
        claims.put(
                "resource_access",
                Map.of(
                        "eucaim-workstation", Map.of("roles", clientRoles),
                        "account", Map.of("roles", List.of("manage-account", "view-profile"))));
        claims.put("scope", "openid profile email offline_access");
        RolesInTheAccessTokenOnly user = new RolesInTheAccessTokenOnly("f3a1c2d4-" + username, claims);
        server = new MockOAuth2Server(
                new OAuth2Config(false, null, null, true, keys, Set.of(user), new MockWebServerWrapper()),
                keycloakUserInfo());
        server.start();
    }

    /**
     * Keycloak's default "realm roles" and "client roles" mappers add their claims to the access token only, not to
     * the ID token. mock-oauth2-server asks one callback for the claims of both tokens of a token request, the ID
     * token's first; so the first answer per request leaves the role claims out ({@code KeycloakSignInTest} checks
     * the tokens it gets).
     */
    private static final class RolesInTheAccessTokenOnly extends DefaultOAuth2TokenCallback {
        private final Map<TokenRequest, Boolean> idTokenMade = Collections.synchronizedMap(new IdentityHashMap<>());

        RolesInTheAccessTokenOnly(String subject, Map<String, Object> claims) {
            super(REALM, subject, "JWT", List.of("account"), claims, 300);
        }

        @Override
        public Map<String, Object> addClaims(TokenRequest request) {
            Map<String, Object> claims = new LinkedHashMap<>(super.addClaims(request));
            if (idTokenMade.put(request, Boolean.TRUE) == null) {
                claims.remove("realm_access");
                claims.remove("resource_access");
            } else {
                idTokenMade.remove(request);
            }
            return claims;
        }
    }

    public URI issuer() {
        return server.issuerUrl(REALM).uri();
    }

    /**
     * Keycloak's default userinfo answer: who the user is, without the role claims (its "realm roles" and "client
     * roles" mappers put them in the access token only). A token that does not verify gets 401.
     */
    private Route keycloakUserInfo() {
        return OAuth2HttpRouterKt.route("/userinfo", "GET", this::userInfo);
    }

    private OAuth2HttpResponse userInfo(OAuth2HttpRequest request) {
        String authorization = request.getHeaders().get("Authorization");
        JWTClaimsSet claims;
        try {
            claims = keys.verify(
                    request.getUrl().newBuilder().encodedPath("/" + REALM).build(),
                    authorization == null ? "" : authorization.replaceFirst("^Bearer ", ""));
        } catch (Exception e) {
            return new OAuth2HttpResponse(
                    Headers.of("WWW-Authenticate", "Bearer error=\"invalid_token\""), 401, null, null);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        for (String claim : List.of("sub", "preferred_username", "name", "email")) {
            answer.put(claim, claims.getClaim(claim));
        }
        try {
            return OAuth2HttpResponseKt.json(Json.mapper().writeValueAsString(answer));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The user's browser, already signed in at the provider: loads the authorization URL and follows the redirect to
     * the loopback callback.
     */
    public static BrowserOpener browser() {
        return url -> CompletableFuture.runAsync(() -> {
            HttpResponse<String> answer = FormFillingBrowser.follow(url);
            answer.headers()
                    .firstValue("Location")
                    .ifPresent(location -> FormFillingBrowser.follow(URI.create(location)));
        });
    }

    /** The requests the provider has received since the last call, in order. */
    public List<RecordedRequest> requests() throws InterruptedException {
        List<RecordedRequest> all = new ArrayList<>();
        MockWebServerWrapper http = (MockWebServerWrapper) server.getConfig().getHttpServer();
        RecordedRequest r;
        while ((r = http.getMockWebServer().takeRequest(200, TimeUnit.MILLISECONDS)) != null) {
            all.add(r);
        }
        return all;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
