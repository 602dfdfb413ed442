package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.node.http.Access;
import eu.eucaim.workstation.node.http.ApiRoute;
import eu.eucaim.workstation.node.http.ApiServer;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Role routes (none of the node's own yet): a route per role × a token per role → 200 on the diagonal, 403 off it. */
class BearerAccessGuardTest {
    private static final String ISS = "http://127.0.0.1:4711";
    private static final RSAKey KEY = SigningKey.generate();
    private ApiServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aRoleRouteAdmitsThatRoleOnlyAndSaysWhichRoleIsMissing() {
        List<ApiRoute> routes = new ArrayList<>();
        for (Role r : Role.values()) {
            routes.add(ApiRoute.get("/only/" + r.claim(), Access.role(r.claim()), (ctx, caller) -> ctx.result("ok")));
        }
        server = ApiServer.start(
                "127.0.0.1",
                0,
                routes,
                new BearerAccessGuard(
                        new NodeTokenVerifier(new JWKSet(KEY.toPublicJWK()), () -> ISS, sid -> false),
                        () -> ISS,
                        userId -> Set.of()));
        ProviderClient client = new ProviderClient(URI.create("http://127.0.0.1:" + server.port()));
        for (Role holder : Role.values()) {
            String token = TestTokens.sign(
                    KEY,
                    TestTokens.claims(ISS, "g", Instant.now(), List.of(holder.claim()))
                            .build());
            for (Role needed : Role.values()) {
                ProviderClient.Answer a = client.get("/only/" + needed.claim(), token);
                assertThat(a.status()).as(holder + " on " + needed).isEqualTo(holder == needed ? 200 : 403);
                if (holder != needed) {
                    assertThat(a.body()).contains("forbidden").contains("'" + needed.claim() + "'");
                }
            }
        }
        assertThat(client.get("/only/admin", null).status()).isEqualTo(401);
    }

    @Test
    void membershipsAreTheNodesOwnUsersOnlyWhateverAForeignTokensSubjectSays() {
        TokenVerifier verifier = token -> new VerifiedCaller(
                token.equals("foreign") ? "https://other.example.org" : ISS,
                "demo-steward",
                "steward",
                Set.of(Role.DATA_STEWARD));
        server = ApiServer.start(
                "127.0.0.1",
                0,
                List.of(ApiRoute.get(
                        "/represented", Access.SIGNED_IN, (ctx, caller) -> ctx.json(caller.representedBiobanks()))),
                new BearerAccessGuard(
                        verifier, () -> ISS, userId -> userId.equals("demo-steward") ? Set.of("bb-1") : Set.of()));
        ProviderClient client = new ProviderClient(URI.create("http://127.0.0.1:" + server.port()));
        assertThat(client.get("/represented", "own").body()).isEqualTo("[\"bb-1\"]");
        assertThat(client.get("/represented", "foreign").body()).isEqualTo("[]");
    }

    @Test
    void anOwnUsersAccountIsTheUserIdWhateverTheNodesAddressAndAForeignOneIsIssuerAndSubject() {
        TokenVerifier verifier = token -> new VerifiedCaller(
                token.equals("foreign") ? "https://other.example.org" : ISS, "demo-researcher", "researcher", Set.of());
        server = ApiServer.start(
                "127.0.0.1",
                0,
                List.of(ApiRoute.get("/account", Access.SIGNED_IN, (ctx, caller) -> ctx.result(caller.account()))),
                new BearerAccessGuard(verifier, () -> ISS, userId -> Set.of()));
        ProviderClient client = new ProviderClient(URI.create("http://127.0.0.1:" + server.port()));
        // The embedded node's issuer is its address, new at every start: what a user created yesterday is still theirs.
        assertThat(client.get("/account", "own").body()).isEqualTo("demo-researcher");
        assertThat(client.get("/account", "foreign").body()).isEqualTo("https://other.example.org#demo-researcher");
    }
}
