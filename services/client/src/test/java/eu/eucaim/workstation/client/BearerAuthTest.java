package eu.eucaim.workstation.client;

import static eu.eucaim.workstation.client.Failures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.auth.SignInEndedException;
import eu.eucaim.workstation.api.error.ServiceErrorException;
import eu.eucaim.workstation.api.node.NodeInfo;
import eu.eucaim.workstation.client.LoopbackServer.Answer;
import eu.eucaim.workstation.client.LoopbackServer.Received;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bearer tokens from a source, and one renewal after a 401, against a real HTTP server on loopback that accepts only
 * the tokens it is told to (so it refuses a token our side still thinks valid, on demand).
 */
class BearerAuthTest {
    private static final Expected<NodeInfo> INFO = Expected.of(NodeInfo.class, i -> i.status() != null);
    private static final String REFUSED = "{\"error\":\"unauthorized\",\"message\":\"The token is not valid\"}";

    private LoopbackServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A server that answers 200 to a request carrying one of {@code accepted}, 401 to any other. */
    private HttpTransport accepting(Set<String> accepted, AccessTokenSource tokens) {
        server = LoopbackServer.start(
                r -> r.header("Authorization") != null && accepted.contains(r.header("Authorization"))
                        ? Answer.json(200, "{\"status\":\"UP\"}")
                        : Answer.json(401, REFUSED).withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\""));
        return new HttpTransport(ClientConfig.of(server.uri()), tokens);
    }

    private List<String> authorizations() {
        return server.drain().stream().map(r -> r.header("Authorization")).toList();
    }

    @Test
    void theTokenIsAskedForEveryCallOnAnHttpThread() throws Exception {
        CountingTokens tokens = new CountingTokens("t-1");
        HttpTransport http = accepting(Set.of("Bearer t-1"), tokens);
        http.get(http.url("api/health").build(), INFO).get(10, TimeUnit.SECONDS);
        http.delete(http.url("api/drafts/1").build()).send().get(10, TimeUnit.SECONDS);

        assertThat(authorizations()).containsExactly("Bearer t-1", "Bearer t-1");
        // OkHttp names its threads after the call while they run one.
        assertThat(tokens.askedOn)
                .hasSize(2)
                .doesNotContain(Thread.currentThread().getName())
                .allSatisfy(t -> assertThat(t).startsWith("OkHttp http://127.0.0.1"));
        assertThat(tokens.renewals).hasValue(0);
    }

    @Test
    void aRefusedTokenIsRenewedOnceAndTheCallSucceeds() throws Exception {
        CountingTokens tokens = new CountingTokens("revoked", "renewed");
        HttpTransport http = accepting(Set.of("Bearer renewed"), tokens);
        assertThat(http.get(http.url("api/health").build(), INFO)
                        .get(10, TimeUnit.SECONDS)
                        .status())
                .isEqualTo("UP");

        assertThat(tokens.renewals).hasValue(1);
        assertThat(tokens.rejected).containsExactly("revoked");
        assertThat(authorizations()).containsExactly("Bearer revoked", "Bearer renewed");
        assertThat(tokens.refusals).as("a renewal that works is no refusal").isEmpty();
    }

    @Test
    void aWriteSentAgainAfterRenewalKeepsItsBodyAndKey() throws Exception {
        CountingTokens tokens = new CountingTokens("revoked", "renewed");
        HttpTransport http = accepting(Set.of("Bearer renewed"), tokens);
        IdempotencyKey key = IdempotencyKey.random();
        http.post(http.url("api/tickets").build())
                .json(Map.of("title", "Access to dataset"))
                .idempotencyKey(key)
                .send(INFO)
                .get(10, TimeUnit.SECONDS);

        List<Received> sent = server.drain();
        assertThat(sent).hasSize(2);
        assertThat(sent).extracting(Received::bodyText).containsOnly("{\"title\":\"Access to dataset\"}");
        assertThat(sent).extracting(r -> r.header("Idempotency-Key")).containsOnly("\"" + key.value() + "\"");
        assertThat(tokens.renewals).hasValue(1);
    }

    @Test
    void aSecondRefusalIsTheTyped401AfterExactlyOneRenewal() {
        CountingTokens tokens = new CountingTokens("revoked", "also-refused", "never-asked-for");
        HttpTransport http = accepting(Set.of(), tokens);
        ServiceErrorException e =
                failureOf(http.get(http.url("api/health").build(), INFO), ServiceErrorException.class);

        assertThat(e.status()).isEqualTo(401);
        assertThat(e.body().error()).isEqualTo("unauthorized");
        assertThat(e.getMessage()).isEqualTo("The token is not valid").doesNotContain("revoked", "also-refused");
        assertThat(tokens.renewals).hasValue(1);
        assertThat(authorizations()).containsExactly("Bearer revoked", "Bearer also-refused");
        // The source hears that the server refused the renewed token for good, from whom and why.
        assertThat(tokens.refusals)
                .containsExactly("also-refused → 127.0.0.1:" + server.uri().getPort()
                        + " did not accept your sign-in: The token is not valid");
    }

    @Test
    void aFixedTokenThatCannotBeRenewedGivesThe401AtOnce() {
        HttpTransport http = accepting(Set.of(), AccessTokenSource.fixed("fixed-token"));
        ServiceErrorException e =
                failureOf(http.get(http.url("api/health").build(), INFO), ServiceErrorException.class);

        assertThat(e.status()).isEqualTo(401);
        assertThat(authorizations()).containsExactly("Bearer fixed-token");
    }

    @Test
    void aSourceThatOffersTheSameTokenAgainIsNotAskedToRetry() {
        AccessTokenSource same = source("same", Optional::of);
        HttpTransport http = accepting(Set.of(), same);
        assertThat(failureOf(http.get(http.url("api/health").build(), INFO), ServiceErrorException.class)
                        .status())
                .isEqualTo(401);
        assertThat(authorizations()).containsExactly("Bearer same");
    }

    @Test
    void nobodySignedInFailsWithTheSourcesAuthExceptionAndSendsNothing() {
        HttpTransport http = accepting(Set.of(), AccessTokenSource.none("Sign in to see your requests"));
        AuthException e = failureOf(http.get(http.url("api/health").build(), INFO), AuthException.class);
        assertThat(e).hasMessage("Sign in to see your requests");
        AuthException write = failureOf(
                http.post(http.url("api/tickets").build()).json(Map.of()).send(), AuthException.class);
        assertThat(write).hasMessage("Sign in to see your requests");
        assertThat(server.drain()).isEmpty();
    }

    @Test
    void aSignInThatEndsWhileRenewingFailsWithThatException() {
        SignInEndedException ended = new SignInEndedException("Your sign-in has ended; sign in again.", null);
        AccessTokenSource ending = source("revoked", rejected -> {
            throw ended;
        });
        HttpTransport http = accepting(Set.of(), ending);
        assertThat(failureOf(http.get(http.url("api/health").build(), INFO), SignInEndedException.class))
                .isSameAs(ended);
        assertThat(authorizations()).containsExactly("Bearer revoked");
    }

    @Test
    void aTransportWithoutSourceSendsNoCredentials() throws Exception {
        server = LoopbackServer.start(r -> Answer.json(200, "{\"status\":\"UP\"}"));
        HttpTransport http = new HttpTransport(ClientConfig.of(server.uri()));
        http.get(http.url("api/health").build(), INFO).get(10, TimeUnit.SECONDS);
        assertThat(server.take().header("Authorization")).isNull();
    }

    /** A source that hands out {@code token} and renews as {@code renewal} says. */
    private static AccessTokenSource source(String token, Function<String, Optional<String>> renewal) {
        return new AccessTokenSource() {
            @Override
            public String accessToken() {
                return token;
            }

            @Override
            public Optional<String> renewAfterRejection(String rejected) {
                return renewal.apply(rejected);
            }
        };
    }
}
