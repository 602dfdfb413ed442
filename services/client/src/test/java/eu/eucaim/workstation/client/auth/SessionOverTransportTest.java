package eu.eucaim.workstation.client.auth;

import static eu.eucaim.workstation.client.Failures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.Expected;
import eu.eucaim.workstation.client.HttpTransport;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@link Session} behind a transport, against a real node: an access token the node refuses although our
 * clock says it is valid is renewed through the node's token endpoint once, and the call goes through.
 */
class SessionOverTransportTest {
    private static final String CLIENT_ID = "eucaim-workstation";
    private static final Expected<JsonNode> ME = Expected.of(JsonNode.class, n -> n.hasNonNull("sub"));

    @TempDir
    static Path temp;

    private static EucaimNode node;
    private static ProviderMetadata provider;

    @BeforeAll
    static void start() {
        System.setProperty("eucaim.auth.pbkdf2.iterations", "10000");
        node = EucaimNode.start(NodeConfig.defaults(temp, 41).withDatasetCount(1));
        provider = OidcDiscovery.fetch(node.baseUri());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static TokenSet signIn() throws Exception {
        return new PkceLoginFlow(
                        provider,
                        CLIENT_ID,
                        FormFillingBrowser.signingInAs("researcher", "researcher"),
                        Duration.ofSeconds(20))
                .start()
                .get(30, TimeUnit.SECONDS);
    }

    /** Our copy of a sign-in whose access token the provider no longer takes, valid for an hour by our clock. */
    private static TokenSet refusedButUnexpired(TokenSet real) {
        return new TokenSet(
                "revoked-early", real.refreshToken(), null, Instant.now().plus(Duration.ofHours(1)), real.scope());
    }

    @Test
    void aRefusedTokenIsRenewedAtTheTokenEndpointOnceAndTheCallSucceeds() throws Exception {
        MemoryStore store = new MemoryStore();
        Session session = new Session(
                refusedButUnexpired(signIn()), new TokenEndpointClient(provider.tokenEndpoint(), CLIENT_ID), store);
        AtomicInteger renewals = new AtomicInteger();
        HttpTransport http =
                new HttpTransport(ClientConfig.of(node.baseUri()), new CountingRenewals(session, renewals));

        JsonNode me = http.get(http.url("api/me").build(), ME).get(20, TimeUnit.SECONDS);

        assertThat(me.get("preferred_username").asText()).isEqualTo("researcher");
        assertThat(renewals).hasValue(1);
        assertThat(session.tokens().accessToken()).isNotEqualTo("revoked-early");
        assertThat(store.saved.get()).isEqualTo(session.tokens());
    }

    @Test
    void aSignInTheProviderHasEndedFailsTheCallWithTheTokenEndpointsRefusal() throws Exception {
        TokenSet real = signIn();
        TokenEndpointClient endpoint = new TokenEndpointClient(provider.tokenEndpoint(), CLIENT_ID);
        endpoint.refresh(real.refreshToken()); // rotates our refresh token out: presenting it again ends the sign-in
        MemoryStore store = new MemoryStore();
        store.saved.set(real);
        HttpTransport http = new HttpTransport(
                ClientConfig.of(node.baseUri()), new Session(refusedButUnexpired(real), endpoint, store));

        TokenEndpointException e = failureOf(http.get(http.url("api/me").build(), ME), TokenEndpointException.class);

        assertThat(e.error()).isEqualTo("invalid_grant");
        assertThat(e.getMessage()).doesNotContain(real.refreshToken());
        assertThat(store.saved.get()).isNull();
    }

    /** The session, counting its renewals. */
    private record CountingRenewals(Session session, AtomicInteger renewals)
            implements eu.eucaim.workstation.api.auth.AccessTokenSource {
        @Override
        public String accessToken() {
            return session.accessToken();
        }

        @Override
        public Optional<String> renewAfterRejection(String rejected) {
            renewals.incrementAndGet();
            return session.renewAfterRejection(rejected);
        }
    }

    private static final class MemoryStore implements TokenStore {
        final AtomicReference<TokenSet> saved = new AtomicReference<>();

        @Override
        public Optional<TokenSet> load() {
            return Optional.ofNullable(saved.get());
        }

        @Override
        public void save(TokenSet tokens) {
            saved.set(tokens);
        }

        @Override
        public void clear() {
            saved.set(null);
        }
    }
}
