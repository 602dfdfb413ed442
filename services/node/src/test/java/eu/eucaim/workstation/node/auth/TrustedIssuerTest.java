package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real nodes on loopback: B trusts A's issuer ({@code --trust-issuer}), C does not. A's tokens open B's signed-in
 * routes and not C's; a token claiming to be A's but signed with another key, or expired, is refused by B.
 */
class TrustedIssuerTest {
    private static final String PATH = "/api/federated-search";

    @TempDir
    static Path temp;

    static EucaimNode a;
    static EucaimNode b;
    static EucaimNode c;

    @BeforeAll
    static void start() {
        a = EucaimNode.start(NodeConfig.defaults(temp.resolve("a"), 21).withDatasetCount(2));
        b = EucaimNode.start(NodeConfig.defaults(temp.resolve("b"), 22)
                .withDatasetCount(2)
                .withTrustedIssuers(List.of(URI.create(a.baseUri() + "/"))));
        c = EucaimNode.start(NodeConfig.defaults(temp.resolve("c"), 23).withDatasetCount(2));
    }

    @AfterAll
    static void stop() {
        for (EucaimNode n : new EucaimNode[] {a, b, c}) {
            if (n != null) {
                n.close();
            }
        }
    }

    @Test
    void aTokenOfTheTrustedIssuerIsAcceptedAndElsewhereRefused() {
        String fromA = new ProviderClient(a.baseUri()).login("researcher").accessToken();
        assertThat(new ProviderClient(a.baseUri()).get(PATH, fromA).status()).isEqualTo(200);
        assertThat(new ProviderClient(b.baseUri()).get(PATH, fromA).status()).isEqualTo(200);
        ProviderClient.Answer refused = new ProviderClient(c.baseUri()).get(PATH, fromA);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).contains("not trusted");
    }

    @Test
    void theTrustingNodeStillAcceptsItsOwnTokens() {
        ProviderClient own = new ProviderClient(b.baseUri());
        assertThat(own.get(PATH, own.login("steward").accessToken()).status()).isEqualTo(200);
    }

    @Test
    void aTokenSignedWithAnotherKeyInTheTrustedIssuersNameIsRefused() throws Exception {
        RSAKey other = new RSAKeyGenerator(2048).keyID("k1").generate();
        String forged = TestTokens.sign(
                other,
                TestTokens.claims(a.baseUri().toString(), "sid-x", Instant.now(), List.of("researcher"))
                        .build());
        ProviderClient.Answer refused = new ProviderClient(b.baseUri()).get(PATH, forged);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).contains("rejected");
    }

    /**
     * Expiry, skew and audience need tokens signed by the trusted issuer's key, which a real node never hands out:
     * a minimal issuer (discovery + JWKS on loopback, key held by the test) signs them.
     */
    @Test
    void expiryWithSixtySecondsSkewAndAudienceAreChecked() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("ext-1").generate();
        HttpServer issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String url = "http://127.0.0.1:" + issuer.getAddress().getPort() + "/realm";
        serve(
                issuer,
                "/realm/.well-known/openid-configuration",
                "{\"issuer\":\"" + url + "\",\"jwks_uri\":\"" + url + "/jwks\"}");
        serve(issuer, "/realm/jwks", new JWKSet(key.toPublicJWK()).toString());
        issuer.start();
        try (EucaimNode trusting = EucaimNode.start(NodeConfig.defaults(temp.resolve("d"), 24)
                .withDatasetCount(1)
                .withTrustedIssuers(List.of(URI.create(url))))) {
            ProviderClient client = new ProviderClient(trusting.baseUri());
            Instant now = Instant.now();
            assertThat(client.get(
                                    PATH,
                                    TestTokens.sign(
                                            key,
                                            TestTokens.claims(url, "s", now, List.of())
                                                    .build()))
                            .status())
                    .isEqualTo(200);
            String withinSkew = TestTokens.sign(
                    key,
                    TestTokens.claims(url, "s", now.minusSeconds(900), List.of())
                            .expirationTime(Date.from(now.minusSeconds(30)))
                            .build());
            assertThat(client.get(PATH, withinSkew).status()).isEqualTo(200);
            String expired = TestTokens.sign(
                    key,
                    TestTokens.claims(url, "s", now.minusSeconds(900), List.of())
                            .expirationTime(Date.from(now.minusSeconds(90)))
                            .build());
            ProviderClient.Answer e = client.get(PATH, expired);
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.body()).containsIgnoringCase("expired");
            String otherAudience = TestTokens.sign(
                    key,
                    TestTokens.claims(url, "s", now, List.of())
                            .audience("another-client")
                            .build());
            assertThat(client.get(PATH, otherAudience).status()).isEqualTo(401);
        } finally {
            issuer.stop(0);
        }
    }

    private static void serve(HttpServer server, String path, String json) {
        server.createContext(path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    @Test
    void aTrustedIssuerMustBeAnAbsoluteHttpUrl() {
        assertThatThrownBy(() -> NodeConfig.defaults(temp, 1).withTrustedIssuers(List.of(URI.create("login.example"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute http(s) URL");
    }
}
