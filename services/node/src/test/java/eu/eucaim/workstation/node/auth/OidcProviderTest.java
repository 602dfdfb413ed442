package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.auth.OAuthError;
import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.api.auth.TokenResponse;
import eu.eucaim.workstation.api.auth.UserIdentity;
import eu.eucaim.workstation.api.error.ErrorBody;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import eu.eucaim.workstation.node.storage.Database;
import eu.eucaim.workstation.node.storage.JdbcTarget;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The node's OpenID Connect provider and guard over real HTTP. */
class OidcProviderTest {
    @TempDir
    static Path temp;

    private static EucaimNode node;
    private static ProviderClient client;
    private static String issuer;

    @BeforeAll
    static void start() {
        node = EucaimNode.start(NodeConfig.defaults(temp, 7).withDatasetCount(3));
        client = new ProviderClient(node.baseUri());
        issuer = node.baseUri().toString();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void discoveryNamesTheEndpointsUnderTheNodesBaseUri() {
        Map<?, ?> d = client.get("/.well-known/openid-configuration", null).json(Map.class);
        assertThat(d.get("issuer")).isEqualTo(issuer);
        assertThat(d.get("authorization_endpoint")).isEqualTo(issuer + "/oauth2/authorize");
        assertThat(d.get("token_endpoint")).isEqualTo(issuer + "/oauth2/token");
        assertThat(d.get("jwks_uri")).isEqualTo(issuer + "/oauth2/jwks");
        assertThat(d.get("userinfo_endpoint")).isEqualTo(issuer + "/oauth2/userinfo");
        assertThat(d.get("code_challenge_methods_supported")).isEqualTo(List.of("S256"));
        assertThat(d.get("token_endpoint_auth_methods_supported")).isEqualTo(List.of("none"));
        assertThat(d.get("grant_types_supported")).isEqualTo(List.of("authorization_code", "refresh_token"));
    }

    @Test
    void theJwksPublishesThePublicKeyOnly() {
        ProviderClient.Answer a = client.get("/oauth2/jwks", null);
        assertThat(a.status()).isEqualTo(200);
        Map<?, ?> key = (Map<?, ?>) ((List<?>) a.json(Map.class).get("keys")).get(0);
        assertThat(key.get("kty")).isEqualTo("RSA");
        assertThat(key.keySet().stream().map(String::valueOf).toList())
                .contains("n", "e", "kid")
                .doesNotContain("d", "p", "q", "dp", "dq", "qi");
    }

    @Test
    void theFullCodeFlowGivesTokensThatOpenApiMe() throws Exception {
        TokenResponse tokens = client.login("steward");
        assertThat(tokens.tokenType()).isEqualTo("Bearer");
        assertThat(tokens.expiresIn()).isEqualTo(600);
        assertThat(tokens.refreshToken()).isNotBlank();
        assertThat(tokens.toString()).doesNotContain(tokens.accessToken()).doesNotContain(tokens.refreshToken());
        JWTClaimsSet claims = SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(issuer);
        assertThat(claims.getAudience()).containsExactly(AuthPolicy.CLIENT_ID);
        assertThat(claims.getStringListClaim("roles")).containsExactly("data_steward");
        assertThat(SignedJWT.parse(tokens.idToken()).getJWTClaimsSet().getStringClaim("preferred_username"))
                .isEqualTo("steward");

        ProviderClient.Answer me = client.get("/api/me", tokens.accessToken());
        assertThat(me.status()).isEqualTo(200);
        UserIdentity identity = me.json(UserIdentity.class);
        assertThat(identity.username()).isEqualTo("steward");
        assertThat(identity.roles()).containsExactly(Role.DATA_STEWARD);
        assertThat(identity.stewardedBiobanks()).hasSize(2);
        assertThat(client.get("/oauth2/userinfo", tokens.accessToken()).json(UserIdentity.class))
                .isEqualTo(identity);
    }

    @Test
    void refreshRotatesTheRefreshToken() {
        TokenResponse first = client.login("researcher");
        ProviderClient.Answer refreshed = client.refresh(first.refreshToken());
        assertThat(refreshed.status()).isEqualTo(200);
        TokenResponse second = refreshed.json(TokenResponse.class);
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(client.get("/api/me", second.accessToken()).status()).isEqualTo(200);

        ProviderClient.Answer reused = client.refresh(first.refreshToken());
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.json(OAuthError.class).error()).isEqualTo("invalid_grant");
        // Reuse means the token may be stolen: the whole sign-in ends, the newest tokens too.
        assertThat(client.refresh(second.refreshToken()).status()).isEqualTo(400);
        assertThat(client.get("/api/me", second.accessToken()).status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWithoutSayingWhichPartWasWrong() {
        String formId = ProviderClient.requestId(client.authorize(ProviderClient.authorizeParams(
                ProviderClient.REDIRECT, ProviderClient.challenge(ProviderClient.VERIFIER))));
        ProviderClient.Answer wrongPassword = client.submitLogin(formId, "researcher", "nope");
        ProviderClient.Answer unknownUser = client.submitLogin(formId, "nobody<script>", "researcher");
        for (ProviderClient.Answer a : List.of(wrongPassword, unknownUser)) {
            assertThat(a.status()).isEqualTo(401);
            assertThat(a.header("Location")).isNull();
            assertThat(a.body())
                    .contains(AuthorizeEndpoint.WRONG_CREDENTIALS)
                    .contains("name=\"password\"")
                    .doesNotContainIgnoringCase("unknown user")
                    .doesNotContainIgnoringCase("password is");
        }
        assertThat(unknownUser.body()).contains("nobody&lt;script&gt;").doesNotContain("nobody<script>");
        // The same form still works with the right password.
        assertThat(client.submitLogin(formId, "researcher", "researcher").status())
                .isEqualTo(302);
    }

    @Test
    void cancellingTheFormRedirectsWithAccessDenied() {
        String formId = ProviderClient.requestId(client.authorize(ProviderClient.authorizeParams(
                ProviderClient.REDIRECT, ProviderClient.challenge(ProviderClient.VERIFIER))));
        ProviderClient.Answer a = client.post("/oauth2/authorize", Map.of("request_id", formId, "cancel", "1"));
        assertThat(a.status()).isEqualTo(302);
        assertThat(a.header("Location")).startsWith(ProviderClient.REDIRECT + "?");
        assertThat(a.locationParam("error")).isEqualTo("access_denied");
        assertThat(a.locationParam("state")).isEqualTo("st-123");
    }

    @Test
    void aFormNotIssuedByTheNodeIsRefused() {
        ProviderClient.Answer a = client.submitLogin("forged-id", "researcher", "researcher");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.header("Location")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example/cb", "https://127.0.0.1.evil.example/", "http://localhost:1234/cb"})
    void aNonLoopbackRedirectUriGetsAnErrorPageNotARedirect(String redirect) {
        ProviderClient.Answer a = client.authorize(
                ProviderClient.authorizeParams(redirect, ProviderClient.challenge(ProviderClient.VERIFIER)));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.header("Location")).isNull();
        assertThat(a.header("Content-Type")).startsWith("text/html");
        assertThat(a.body()).contains("loopback").doesNotContain("request_id");
    }

    @Test
    void aRedirectUriWithAnImpossiblePortGetsAnErrorPageSayingWhy() {
        ProviderClient.Answer a = client.authorize(ProviderClient.authorizeParams(
                "http://127.0.0.1:99999/callback", ProviderClient.challenge(ProviderClient.VERIFIER)));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.header("Location")).isNull();
        assertThat(a.body()).contains("redirect_uri has port 99999, outside the TCP port range 1..65535");
    }

    @Test
    void anOverlongStateOrNonceIsInvalidRequest() {
        Map<String, String> p = ProviderClient.authorizeParams(
                ProviderClient.REDIRECT, ProviderClient.challenge(ProviderClient.VERIFIER));
        p.put("nonce", "n".repeat(AuthPolicy.MAX_NONCE_LENGTH + 1));
        ProviderClient.Answer a = client.authorize(p);
        assertThat(a.status()).isEqualTo(302);
        assertThat(a.locationParam("error")).isEqualTo("invalid_request");
        assertThat(a.locationParam("error_description")).contains("nonce at most 512");
        p.put("nonce", "n".repeat(AuthPolicy.MAX_NONCE_LENGTH));
        assertThat(client.authorize(p).status()).isEqualTo(200);
    }

    @Test
    void anUnknownClientGetsAnErrorPageNotARedirect() {
        Map<String, String> p = ProviderClient.authorizeParams(
                ProviderClient.REDIRECT, ProviderClient.challenge(ProviderClient.VERIFIER));
        p.put("client_id", "<evil>");
        ProviderClient.Answer a = client.authorize(p);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.header("Location")).isNull();
        assertThat(a.body()).doesNotContain("<evil>");
    }

    @Test
    void withoutPkceTheClientIsSentBackWithInvalidRequest() {
        Map<String, String> p = ProviderClient.authorizeParams(
                ProviderClient.REDIRECT, ProviderClient.challenge(ProviderClient.VERIFIER));
        p.put("code_challenge_method", "plain");
        ProviderClient.Answer a = client.authorize(p);
        assertThat(a.status()).isEqualTo(302);
        assertThat(a.locationParam("error")).isEqualTo("invalid_request");
        assertThat(a.locationParam("state")).isEqualTo("st-123");
    }

    @Test
    void aReplayedCodeFailsAndRevokesTheTokensIssuedFromIt() {
        String code = client.code("admin", "admin", ProviderClient.VERIFIER);
        TokenResponse first = client.exchange(code, ProviderClient.VERIFIER, ProviderClient.REDIRECT)
                .json(TokenResponse.class);
        assertThat(client.get("/api/me", first.accessToken()).status()).isEqualTo(200);

        ProviderClient.Answer replay = client.exchange(code, ProviderClient.VERIFIER, ProviderClient.REDIRECT);
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.json(OAuthError.class).error()).isEqualTo("invalid_grant");
        assertThat(client.get("/api/me", first.accessToken()).status()).isEqualTo(401);
        assertThat(client.refresh(first.refreshToken()).status()).isEqualTo(400);
    }

    @Test
    void aWrongCodeVerifierIsInvalidGrant() {
        String code = client.code("researcher", "researcher", ProviderClient.VERIFIER);
        ProviderClient.Answer a =
                client.exchange(code, ProviderClient.VERIFIER.replace('a', 'b'), ProviderClient.REDIRECT);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json(OAuthError.class))
                .isEqualTo(new OAuthError("invalid_grant", "code_verifier does not match the code_challenge"));
        assertThat(a.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void aDifferentRedirectUriAtTheTokenEndpointIsInvalidGrant() {
        String code = client.code("researcher", "researcher", ProviderClient.VERIFIER);
        ProviderClient.Answer a = client.exchange(code, ProviderClient.VERIFIER, "http://127.0.0.1:10/callback");
        assertThat(a.json(OAuthError.class).error()).isEqualTo("invalid_grant");
    }

    @Test
    void anUnknownClientAtTheTokenEndpointIsInvalidClient() {
        ProviderClient.Answer a = client.post(
                "/oauth2/token", Map.of("grant_type", "refresh_token", "refresh_token", "x", "client_id", "other"));
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.json(OAuthError.class).error()).isEqualTo("invalid_client");
    }

    @Test
    void withoutATokenProtectedRoutesAre401WithABearerChallenge() {
        ProviderClient.Answer a = client.get("/api/me", null);
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.header("WWW-Authenticate")).startsWith("Bearer realm=");
        assertThat(a.json(ErrorBody.class).error()).isEqualTo("unauthorized");
    }

    @Test
    void expiredForgedUnsignedAndMisaddressedTokensAre401InvalidToken() {
        RSAKey nodeKey = nodeSigningKey();
        String sid = sidOf(client.login("researcher").accessToken());
        Instant now = Instant.now();
        List<String> roles = List.of("researcher");
        List<String> bad = List.of(
                TestTokens.sign(
                        nodeKey,
                        TestTokens.claims(issuer, sid, now.minusSeconds(900), roles)
                                .expirationTime(Date.from(now.minusSeconds(120)))
                                .build()),
                TestTokens.sign(
                        SigningKey.generate(),
                        TestTokens.claims(issuer, sid, now, roles).build()),
                TestTokens.unsigned(TestTokens.claims(issuer, sid, now, roles).build()),
                TestTokens.sign(
                        nodeKey,
                        TestTokens.claims(issuer, sid, now, roles)
                                .audience("another-app")
                                .build()),
                TestTokens.sign(
                        nodeKey,
                        TestTokens.claims("http://127.0.0.1:1", sid, now, roles).build()),
                "garbage");
        for (String token : bad) {
            ProviderClient.Answer a = client.get("/api/me", token);
            assertThat(a.status()).as(token).isEqualTo(401);
            assertThat(a.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
            assertThat(a.json(ErrorBody.class).error()).isEqualTo("invalid_token");
            assertThat(a.body()).doesNotContain(token);
        }
        // The control: the same key and claims, in date, pass.
        assertThat(client.get(
                                "/api/me",
                                TestTokens.sign(
                                        nodeKey,
                                        TestTokens.claims(issuer, sid, now, roles)
                                                .build()))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void publicRoutesStayPublic() {
        assertThat(client.get("/api/health", null).status()).isEqualTo(200);
        assertThat(client.get("/api/catalogue/summary", null).status()).isEqualTo(200);
        assertThat(client.get("/api/catalogue/datasets", "garbage").status()).isEqualTo(200);
    }

    private static String sidOf(String accessToken) {
        try {
            return SignedJWT.parse(accessToken).getJWTClaimsSet().getStringClaim("sid");
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }

    /** The node's own key, read from its database as a second in-process pool would: to sign test tokens. */
    private static RSAKey nodeSigningKey() {
        try (Database db = Database.open(JdbcTarget.h2File(node.config().h2DatabaseFile()))) {
            return SigningKey.loadOrCreate(db.dataSource()).privateKey();
        }
    }

    static String json(Object o) throws Exception {
        return Json.mapper().writeValueAsString(o);
    }
}
