package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.api.auth.UserIdentity;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node trusting three external issuers, each a {@link TestIssuer} on loopback (discovery and JWKS, tokens signed
 * by the test), configured as {@code --trust-issuer} takes them: a Keycloak realm ({@code aud} account, header typ
 * JWT, roles in {@code realm_access.roles}), an LS-AAI-like issuer (roles from {@code eduperson_entitlement}
 * values), and one with the defaults (aud eucaim-workstation, typ at+jwt, claim roles).
 */
class ExternalIssuerTokensTest {
    private static final String SEARCH = "/api/federated-search";
    private static final String ENTITLEMENT = "urn:geant:lifescience-ri.eu:group:eucaim";

    @TempDir
    static Path temp;

    static TestIssuer keycloak;
    static TestIssuer lsAai;
    static TestIssuer plain;
    static EucaimNode node;
    static ProviderClient client;

    @BeforeAll
    static void start() {
        keycloak = new TestIssuer("/realms/eucaim");
        lsAai = new TestIssuer("/oidc");
        plain = new TestIssuer("/plain");
        node = EucaimNode.start(NodeConfig.defaults(temp, 31)
                .withDatasetCount(1)
                .withTrustedIssuerSettings(List.of(
                        TrustedIssuerSettings.parse(
                                keycloak.url() + ";audience=account;roles=realm_access.roles;types=JWT"),
                        TrustedIssuerSettings.parse(lsAai.url() + ";roles=eduperson_entitlement;types=at+jwt,JWT"
                                + ";role.researcher=" + ENTITLEMENT + ":researcher"
                                + ";role.data_steward=" + ENTITLEMENT + ":data-stewards"),
                        TrustedIssuer.of(plain.uri()))));
        client = new ProviderClient(node.baseUri());
    }

    @AfterAll
    static void stop() {
        node.close();
        for (TestIssuer i : List.of(keycloak, lsAai, plain)) {
            i.close();
        }
    }

    private static UserIdentity me(String token) {
        ProviderClient.Answer a = client.get("/api/me", token);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json(UserIdentity.class);
    }

    private static void refused(String token, String... reasons) {
        ProviderClient.Answer a = client.get(SEARCH, token);
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.header("WWW-Authenticate")).contains("invalid_token");
        assertThat(a.body()).contains(reasons);
    }

    @Test
    void aKeycloakAccessTokenIsAcceptedWithItsSettingsAndItsRealmRolesAreRead() {
        String token = keycloak.sign(
                JOSEObjectType.JWT,
                keycloak.keycloakAccessToken("u-1", List.of("offline_access", "researcher", "default-roles-eucaim"))
                        .build());
        assertThat(client.get(SEARCH, token).status()).isEqualTo(200);
        UserIdentity me = me(token);
        assertThat(me.subject()).isEqualTo("u-1");
        assertThat(me.username()).isEqualTo("kc-u-1");
        assertThat(me.name()).isEqualTo("Kim Cloak");
        assertThat(me.email()).isEqualTo("u-1@kc.example");
        assertThat(me.roles()).containsExactly(Role.RESEARCHER);
        assertThat(client.get("/oauth2/userinfo", token).json(UserIdentity.class))
                .isEqualTo(me);
    }

    @Test
    void theSameTokenShapeIsRefusedByAnIssuerWithTheDefaultSettingsSayingWhy() {
        JWTClaimsSet keycloakShaped = plain.keycloakAccessToken("u-2", List.of("researcher"))
                .issuer(plain.url())
                .build();
        refused(plain.sign(JOSEObjectType.JWT, keycloakShaped), "typ", "'JWT'", "at+jwt");
        refused(plain.sign(new JOSEObjectType("at+jwt"), keycloakShaped), "aud");
        // The control: the node's own shape from that issuer passes.
        assertThat(client.get(
                                SEARCH,
                                plain.sign(
                                        new JOSEObjectType("at+jwt"),
                                        plain.nodeShapedAccessToken("u-2", List.of("researcher"))
                                                .build()))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void idTokensAreRefusedWhereverTheirHeaderAndAudienceWouldPass() {
        JWTClaimsSet.Builder access = keycloak.keycloakAccessToken("u-3", List.of("researcher"));
        assertThat(client.get(SEARCH, keycloak.sign(JOSEObjectType.JWT, access.build()))
                        .status())
                .isEqualTo(200);
        refused(keycloak.sign(JOSEObjectType.JWT, access.claim("typ", "ID").build()), "ID token", "typ is ID");
        refused(
                keycloak.sign(
                        JOSEObjectType.JWT,
                        access.claim("typ", "Bearer").claim("nonce", "n-1").build()),
                "ID token",
                "nonce");
        refused(
                keycloak.sign(
                        JOSEObjectType.JWT,
                        access.claim("nonce", null).claim("at_hash", "abc").build()),
                "ID token",
                "at_hash");
    }

    @Test
    void lsAaiEntitlementsAreMappedToRolesAndAChangeIsSeenOnTheNextToken() {
        JWTClaimsSet.Builder claims = lsAai.nodeShapedAccessToken("ls-4@lifescience-ri.eu", List.of("admin"))
                .claim("preferred_username", "ls4")
                .claim("name", "Lee Science")
                .claim(
                        "eduperson_entitlement",
                        List.of(
                                ENTITLEMENT + ":researcher#aai.lifescience-ri.eu",
                                ENTITLEMENT + ":data-stewards#aai.lifescience-ri.eu",
                                ENTITLEMENT + ":researcher-like#aai.lifescience-ri.eu",
                                "urn:geant:lifescience-ri.eu:group:other:admin#aai.lifescience-ri.eu"));
        UserIdentity first = me(lsAai.sign(JOSEObjectType.JWT, claims.build()));
        assertThat(first.username()).isEqualTo("ls4");
        assertThat(first.name()).isEqualTo("Lee Science");
        // With a mapping, only mapped values count: the roles claim's "admin" gives nothing here.
        assertThat(first.roles()).containsExactlyInAnyOrder(Role.RESEARCHER, Role.DATA_STEWARD);

        claims.claim("eduperson_entitlement", List.of(ENTITLEMENT + ":researcher#aai.lifescience-ri.eu"));
        assertThat(me(lsAai.sign(new JOSEObjectType("at+jwt"), claims.build())).roles())
                .containsExactly(Role.RESEARCHER);
    }

    @Test
    void anExternalUserNamedLikeOneOfTheNodesOwnIsNotThem() {
        UserIdentity me = me(plain.sign(
                new JOSEObjectType("at+jwt"),
                plain.nodeShapedAccessToken("demo-admin", List.of()).build()));
        assertThat(me.subject()).isEqualTo("demo-admin");
        assertThat(me.roles()).isEmpty();
        assertThat(me.stewardedBiobanks()).isEmpty();
    }

    @Test
    void expiryWithSixtySecondsSkewAndAudienceAreChecked() {
        Instant now = Instant.now();
        JOSEObjectType at = new JOSEObjectType("at+jwt");
        String withinSkew = plain.sign(
                at,
                TestTokens.claims(plain.url(), "s", now.minusSeconds(900), List.of())
                        .expirationTime(Date.from(now.minusSeconds(30)))
                        .build());
        assertThat(client.get(SEARCH, withinSkew).status()).isEqualTo(200);
        refused(
                plain.sign(
                        at,
                        TestTokens.claims(plain.url(), "s", now.minusSeconds(900), List.of())
                                .expirationTime(Date.from(now.minusSeconds(90)))
                                .build()),
                "xpired");
        refused(
                plain.sign(
                        at,
                        TestTokens.claims(plain.url(), "s", now, List.of())
                                .audience("another-client")
                                .build()),
                "aud");
    }
}
