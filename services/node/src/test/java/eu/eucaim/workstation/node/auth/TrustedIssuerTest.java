package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.api.auth.TokenResponse;
import eu.eucaim.workstation.api.auth.UserIdentity;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real nodes on loopback: B trusts A's issuer ({@code --trust-issuer}), C does not. A's access tokens open B's
 * signed-in routes and not C's, and B answers {@code /api/me} for A's users; A's ID tokens open nothing; a token
 * claiming to be A's but signed with another key is refused by B. Other issuers' token shapes (Keycloak, LS-AAI),
 * expiry and audience: {@link ExternalIssuerTokensTest}.
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

    @Test
    void anIdTokenOfTheTrustedNodeIsNotAnAccessToken() {
        TokenResponse fromA = new ProviderClient(a.baseUri()).login("researcher");
        for (EucaimNode node : List.of(a, b)) {
            ProviderClient.Answer refused = new ProviderClient(node.baseUri()).get(PATH, fromA.idToken());
            assertThat(refused.status()).as("at " + node.baseUri()).isEqualTo(401);
            assertThat(refused.body()).contains("typ").contains("at+jwt");
        }
    }

    @Test
    void aTrustedNodesUserTheNodeNeverSawIsProvisionedAndAnsweredByApiMe() {
        ProviderClient atB = new ProviderClient(b.baseUri());
        String fromA = new ProviderClient(a.baseUri()).login("steward").accessToken();
        ProviderClient.Answer me = atB.get("/api/me", fromA);
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        UserIdentity identity = me.json(UserIdentity.class);
        assertThat(identity.subject()).isEqualTo("demo-steward");
        assertThat(identity.username()).isEqualTo("steward");
        assertThat(identity.roles()).containsExactly(Role.DATA_STEWARD);
        // B's own steward represents B's biobanks; A's steward represents none of them.
        assertThat(identity.stewardedBiobanks()).isEmpty();
        assertThat(atB.get("/oauth2/userinfo", fromA).json(UserIdentity.class)).isEqualTo(identity);
        assertThat(atB.get(PATH, fromA).status()).isEqualTo(200);
    }

    @Test
    void aTrustedIssuerMustBeAnAbsoluteHttpUrl() {
        assertThatThrownBy(() -> NodeConfig.defaults(temp, 1).withTrustedIssuers(List.of(URI.create("login.example"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute http(s) URL");
    }
}
