package eu.eucaim.workstation.client.query.spot;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.eucaim.workstation.api.auth.SessionCookie;
import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.ProviderResult;
import eu.eucaim.workstation.api.query.ProviderStatus;
import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.api.query.spot.SpotFixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The explorer's Spot as deployed (EUCAIM/k8s-deployments {@code federated-search/eucaim/}): nginx asks oauth2-proxy
 * about every request to {@code /backend/}; a request without the session cookie {@code _eucaim_explorer_oauth2} is
 * redirected to {@code /oauth2/start?rd=…}, one with it reaches Spot. Here a real loopback server plays both, and
 * the client signs in by cookie only.
 */
class SpotSessionCookieTest {
    static final String COOKIE = "_eucaim_explorer_oauth2";

    HttpServer server;
    /** The cookie value the proxy accepts now; null = every session has ended. */
    final AtomicReference<String> valid = new AtomicReference<>("s3ss10n");

    final List<Map<String, List<String>>> seenHeaders = new CopyOnWriteArrayList<>();
    final AtomicInteger reachedSpot = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/backend/", this::proxy);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void proxy(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            seenHeaders.add(Map.copyOf(exchange.getRequestHeaders()));
            String cookie = exchange.getRequestHeaders().getFirst("Cookie");
            if (valid.get() == null || cookie == null || !cookie.equals(COOKIE + "=" + valid.get())) {
                exchange.getResponseHeaders()
                        .set(
                                "Location",
                                "/oauth2/start?rd=" + exchange.getRequestURI().getRawPath());
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            reachedSpot.incrementAndGet();
            if (exchange.getRequestMethod().equals("POST")) {
                exchange.sendResponseHeaders(201, -1);
                return;
            }
            String body = Base64.getEncoder()
                    .encodeToString(SpotFixtures.read("eucaim-frontend-chaimeleon-site.json")
                            .getBytes(StandardCharsets.UTF_8));
            byte[] stream = ("event: new_result\ndata: {\"from\":\"focus.chaimeleon.broker.eucaim.cancerimage.eu\","
                            + "\"to\":[\"spot\"],\"task\":\"t\",\"status\":\"succeeded\",\"body\":\"" + body
                            + "\",\"metadata\":null}\n\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, stream.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(stream);
            }
        }
    }

    /** An in-memory cookie, as the app keeps the explorer's. */
    static final class Kept implements SessionCookie {
        final AtomicReference<String> value = new AtomicReference<>();
        final AtomicInteger refusals = new AtomicInteger();

        Kept(String v) {
            value.set(v);
        }

        @Override
        public Optional<String> cookie() {
            return Optional.ofNullable(value.get());
        }

        @Override
        public void refused() {
            refusals.incrementAndGet();
            value.set(null);
        }
    }

    private ProviderResult ask(SessionCookie cookie) throws Exception {
        URI spot = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/backend/");
        SpotFederatedSearch search = SpotFederatedSearch.withSessionCookie(
                spot, cookie, Duration.ofSeconds(5), "test", SpotFederatedSearchTest.FIXED_AST, QueryProvider::name);
        QueryProvider chaimeleon = new QueryProvider("chaimeleon", URI.create("https://chaimeleon.example"));
        Map<String, ProviderResult> results = new ConcurrentHashMap<>();
        search.start(List.of(chaimeleon), CohortQuery.any(), r -> results.put(r.provider(), r))
                .report()
                .get(10, TimeUnit.SECONDS);
        return results.get(chaimeleon.endpoint().toString());
    }

    @Test
    void withTheSessionCookieTheQueryReachesSpotAndNoBearerIsSent() throws Exception {
        Kept cookie = new Kept(COOKIE + "=s3ss10n");
        ProviderResult r = ask(cookie);
        assertThat(r.status()).as(r.error()).isEqualTo(ProviderStatus.ANSWERED);
        assertThat(r.result().collections()).hasSize(2);
        assertThat(reachedSpot.get()).as("the POST and the stream").isEqualTo(2);
        assertThat(seenHeaders).allSatisfy(h -> {
            assertThat(h.get("Cookie")).containsExactly(COOKIE + "=s3ss10n");
            assertThat(h).doesNotContainKey("Authorization");
        });
        assertThat(cookie.refusals).hasValue(0);
    }

    @Test
    void withoutACookieNothingIsSentAndTheUserIsToldToSignIn() throws Exception {
        ProviderResult r = ask(new Kept(null));
        assertThat(r.status()).isEqualTo(ProviderStatus.FAILED);
        assertThat(r.error()).contains("Sign in to 127.0.0.1 first").contains("Sign in to the explorer");
        assertThat(seenHeaders).as("nothing reached the server").isEmpty();
    }

    @Test
    void anEndedSessionDropsTheCookieAndSaysSoWithoutQuotingIt() throws Exception {
        valid.set(null);
        Kept cookie = new Kept(COOKIE + "=0ld-s3ss10n");
        ProviderResult r = ask(cookie);
        assertThat(r.status()).isEqualTo(ProviderStatus.FAILED);
        assertThat(r.error()).contains("has ended").doesNotContain("0ld-s3ss10n");
        assertThat(cookie.refusals).hasValue(1);
        assertThat(cookie.cookie()).isEmpty();
        assertThat(reachedSpot.get())
                .as("the redirect is not followed to a sign-in page")
                .isZero();
    }
}
