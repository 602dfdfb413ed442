package eu.eucaim.workstation.client.query.spot;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.FederatedSearchResponse;
import eu.eucaim.workstation.api.query.FederatedSearchService;
import eu.eucaim.workstation.api.query.ProviderProgress;
import eu.eucaim.workstation.api.query.ProviderResult;
import eu.eucaim.workstation.api.query.ProviderStatus;
import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.api.query.QueryReport;
import eu.eucaim.workstation.api.query.spot.SpotFixtures;
import eu.eucaim.workstation.api.query.spot.TestProvider;
import eu.eucaim.workstation.client.auth.RealSignIn;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import eu.eucaim.workstation.node.spot.Federation;
import eu.eucaim.workstation.node.spot.FederationSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client against a real node's Spot over real loopback providers (fast, slow, failing) and two real nodes (the
 * Spot node itself and a peer trusting its issuer, as in the demo federation), signed in with a real PKCE flow; and
 * against a fake Spot for streams a real one never sends, built from Beam's and the explorer's own examples.
 */
class SpotFederatedSearchTest {
    static final String ANSWER = "{\"collections\":[{\"id\":\"ds-9\",\"name\":\"Nine\",\"studies_count\":7,"
            + "\"subjects_count\":5,\"modalities\":[\"MR\"]}],\"total\":{\"studies_count\":7,\"subjects_count\":5}}";
    static final String AST = SpotFixtures.read("focus-ast-just-right.json");
    /** The seam FocusAst::json plugs into: here, Focus's own test AST with our id. */
    static final BiFunction<CohortQuery, String, String> FIXED_AST = (q, id) ->
            AST.replace("66b8bbf4-ded2-4f94-87ab-3a3ca2f4edc0__search__66b8bbf4-ded2-4f94-87ab-3a3ca2f4edc0", id);

    @TempDir
    static Path temp;

    static EucaimNode spot;
    static EucaimNode peer;
    static TestProvider fast;
    static TestProvider slow;
    static TestProvider broken;
    static AccessTokenSource tokens;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        System.setProperty("eucaim.auth.pbkdf2.iterations", "10000");
        fast = TestProvider.answering(0, 200, ANSWER);
        slow = TestProvider.answering(1200, 200, ANSWER);
        broken = TestProvider.answering(0, 503, "{\"error\":\"busy\",\"message\":\"try later\"}");
        spot = EucaimNode.start(NodeConfig.defaults(temp, 51)
                .withDatasetCount(3)
                .withDemoImageDatasets(0)
                .withFederation(new Federation(List.of(), Duration.ofSeconds(5), Duration.ofSeconds(30))));
        peer = EucaimNode.start(NodeConfig.defaults(temp, 52)
                .withDatasetCount(3)
                .withDemoImageDatasets(0)
                .withTrustedIssuers(List.of(spot.baseUri())));
        // The peer's port is known only now: the sites are set while the node runs, as the app will.
        spot.spot()
                .federate(List.of(
                        new FederationSite("fast", fast.base()),
                        new FederationSite("slow", slow.base()),
                        new FederationSite("broken", broken.base()),
                        new FederationSite("self", spot.baseUri()),
                        new FederationSite("peer", peer.baseUri())));
        tokens = RealSignIn.as(spot.baseUri(), "researcher");
        token = tokens.accessToken();
        spot.demoDataComplete().get(60, TimeUnit.SECONDS);
        peer.demoDataComplete().get(60, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {peer, spot, fast, slow, broken}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // the others still close
            }
        }
    }

    static QueryProvider site(String name, URI url) {
        return new QueryProvider(name, url);
    }

    /** What one query brought, in order of arrival. */
    static final class Seen {
        final Map<String, ProviderResult> results = new ConcurrentHashMap<>();
        final Map<String, Long> resultAt = new ConcurrentHashMap<>();
        final List<ProviderProgress> progress = new CopyOnWriteArrayList<>();
        final Map<String, Long> claimedAt = new ConcurrentHashMap<>();
        final long started = System.nanoTime();
        FederatedSearchService.Running running;

        FederatedSearchService.Running start(SpotFederatedSearch search, List<QueryProvider> providers) {
            running = search.start(
                    providers,
                    CohortQuery.any(),
                    r -> {
                        assertThat(results.put(r.provider(), r))
                                .as("one result per provider")
                                .isNull();
                        resultAt.put(r.provider(), (System.nanoTime() - started) / 1_000_000);
                    },
                    p -> {
                        assertThat(results).as("progress before the result").doesNotContainKey(p.provider());
                        progress.add(p);
                        claimedAt.putIfAbsent(p.provider(), (System.nanoTime() - started) / 1_000_000);
                    });
            return running;
        }

        QueryReport report() throws Exception {
            return running.report().get(30, TimeUnit.SECONDS);
        }

        ProviderResult of(QueryProvider p) {
            return results.get(p.endpoint().toString());
        }
    }

    static SpotFederatedSearch search(URI base, Duration timeout) {
        return new SpotFederatedSearch(base, tokens, timeout, "test", FIXED_AST);
    }

    @Test
    void resultsStreamInPerSiteAndASlowSiteIsClaimedUntilItAnswers() throws Exception {
        QueryProvider f = site("fast", fast.base());
        QueryProvider s = site("slow", slow.base());
        QueryProvider b = site("broken", broken.base());
        Seen seen = new Seen();
        seen.start(search(spot.baseUri(), Duration.ofSeconds(20)), List.of(f, s, b));
        QueryReport report = seen.report();
        assertThat(report.providers()).hasSize(3);

        ProviderResult fastResult = seen.of(f);
        assertThat(fastResult.status()).isEqualTo(ProviderStatus.ANSWERED);
        assertThat(fastResult.result().collections())
                .extracting(FederatedSearchResponse.Collection::id)
                .containsExactly("ds-9");
        assertThat(fastResult.result().total()).isEqualTo(new FederatedSearchResponse.Total(7, 5));
        assertThat(fastResult.requestUrl())
                .startsWith(spot.baseUri() + "/beam/")
                .endsWith("?wait_count=3");

        // Claimed first, answered about 1.2 s later; the fast site's answer came in between.
        String slowKey = s.endpoint().toString();
        assertThat(seen.of(s).status()).isEqualTo(ProviderStatus.ANSWERED);
        assertThat(seen.claimedAt).containsKey(slowKey);
        assertThat(seen.resultAt.get(slowKey) - seen.claimedAt.get(slowKey)).isGreaterThan(900);
        assertThat(seen.resultAt.get(f.endpoint().toString())).isLessThan(seen.resultAt.get(slowKey));

        assertThat(seen.of(b).status()).isEqualTo(ProviderStatus.FAILED);
        assertThat(seen.of(b).error())
                .startsWith("broken: ")
                .contains("HTTP 503")
                .contains("try later");
        assertThat(seen.progress).extracting(ProviderProgress::stage).containsOnly(ProviderProgress.Stage.CLAIMED);
    }

    @Test
    void realNodesAnswerThroughSpotAsTheyAnswerDirectly() throws Exception {
        QueryProvider self = site("self", spot.baseUri());
        QueryProvider other = site("peer", peer.baseUri());
        Seen seen = new Seen();
        seen.start(search(spot.baseUri(), Duration.ofSeconds(20)), List.of(self, other));
        seen.report();
        for (QueryProvider p : List.of(self, other)) {
            HttpResponse<String> direct = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(p.endpoint())
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(FIXED_AST.apply(null, "x")))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            ProviderResult viaSpot = seen.of(p);
            assertThat(direct.statusCode()).as(direct.body()).isEqualTo(200);
            assertThat(viaSpot.status()).as(viaSpot.error()).isEqualTo(ProviderStatus.ANSWERED);
            assertThat(viaSpot.result().collections())
                    .isEqualTo(Json.mapper()
                            .readValue(direct.body(), FederatedSearchResponse.class)
                            .collections());
        }
    }

    @Test
    void cancelStopsTheStreamAndTheRestAreCancelled() throws Exception {
        QueryProvider f = site("fast", fast.base());
        QueryProvider s = site("slow", slow.base());
        Seen seen = new Seen();
        seen.start(search(spot.baseUri(), Duration.ofSeconds(20)), List.of(f, s));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(seen.claimedAt.containsKey(s.endpoint().toString()) && seen.of(f) != null)
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        seen.running.cancel();
        QueryReport report = seen.report();
        assertThat(seen.of(f).status()).isEqualTo(ProviderStatus.ANSWERED);
        assertThat(seen.of(s).status()).isEqualTo(ProviderStatus.CANCELLED);
        assertThat(report.providers()).hasSize(2);
        Thread.sleep(1500); // past the slow site's answer: nothing more arrives
        assertThat(seen.of(s).status()).isEqualTo(ProviderStatus.CANCELLED);
    }

    @Test
    void aSiteWithoutAResultWithinTheTimeoutTimesOut() throws Exception {
        QueryProvider s = site("slow", slow.base());
        Seen seen = new Seen();
        seen.start(search(spot.baseUri(), Duration.ofMillis(500)), List.of(s));
        seen.report();
        assertThat(seen.of(s).status()).isEqualTo(ProviderStatus.TIMED_OUT);
        assertThat(seen.of(s).error()).isEqualTo("No result within 500 ms");
    }

    @Test
    void aQuerySpotRefusesFailsEveryProviderWithItsReason() throws Exception {
        QueryProvider f = site("fast", fast.base());
        Seen seen = new Seen();
        seen.start(
                new SpotFederatedSearch(spot.baseUri(), tokens, Duration.ofSeconds(5), "test", (q, id) -> "{"),
                List.of(f));
        seen.report();
        assertThat(seen.of(f).status()).isEqualTo(ProviderStatus.FAILED);
        assertThat(seen.of(f).error()).startsWith("Spot did not take the query").contains("not valid JSON");
    }

    @Test
    void beamsOwnExampleAndTheExplorersSiteAnswerAreRead() throws Exception {
        // Beam's README stream: a permfailed result from site proxy1 (app2.proxy1.broker).
        String permfailed =
                SpotFixtures.read("beam-readme-sse.txt").lines().limit(3).reduce("", (a, l) -> a + l + "\n");
        // The explorer's CHAIMELEON answer, as a succeeded result from site chaimeleon.
        String body = Base64.getEncoder()
                .encodeToString(SpotFixtures.read("eucaim-frontend-chaimeleon-site.json")
                        .getBytes(StandardCharsets.UTF_8));
        String succeeded = "event: new_result\ndata: {\"from\":\"focus.chaimeleon.broker.eucaim\",\"to\":[\"spot\"],"
                + "\"task\":\"t\",\"status\":\"succeeded\",\"body\":\"" + body + "\",\"metadata\":null}\n\n";
        try (FakeSpot fake = FakeSpot.streaming(200, "text/event-stream", permfailed + succeeded)) {
            QueryProvider proxy1 = site("proxy1", URI.create("http://proxy1.example"));
            QueryProvider chaimeleon = site("chaimeleon", URI.create("http://chaimeleon.example"));
            Seen seen = new Seen();
            seen.start(search(fake.base(), Duration.ofSeconds(5)), List.of(proxy1, chaimeleon));
            seen.report();
            assertThat(seen.of(proxy1).status()).isEqualTo(ProviderStatus.FAILED);
            assertThat(seen.of(proxy1).error()).isEqualTo("proxy1: Unable to decrypt quantum state");
            ProviderResult c = seen.of(chaimeleon);
            assertThat(c.status()).isEqualTo(ProviderStatus.ANSWERED);
            assertThat(c.result().collections()).hasSize(2);
            assertThat(c.result().collections().get(1).modalities()).containsExactly("MR", "DX");
            assertThat(c.result().total()).isEqualTo(new FederatedSearchResponse.Total(1149 + 288, 1149 + 288));
        }
    }

    @Test
    void badStreamsFailTheSitesSayingWhatWasWrong() throws Exception {
        QueryProvider a = site("a", URI.create("http://a.example"));
        QueryProvider b = site("b", URI.create("http://b.example"));
        String stream = "event: new_result\ndata: {not json\n\n"
                + "event: new_result\ndata: {\"from\":\"focus.b.broker.x\",\"to\":[],\"task\":\"t\","
                + "\"status\":\"succeeded\",\"body\":\"%%%\",\"metadata\":null}\n\n"
                + "event: error\ndata: \"Internal server error\"\n\n";
        try (FakeSpot fake = FakeSpot.streaming(200, "text/event-stream", stream)) {
            Seen seen = new Seen();
            seen.start(search(fake.base(), Duration.ofSeconds(5)), List.of(a, b));
            seen.report();
            assertThat(seen.of(b).status()).isEqualTo(ProviderStatus.FAILED);
            assertThat(seen.of(b).error()).startsWith("Spot's answer from b is unreadable");
            assertThat(seen.of(a).status()).isEqualTo(ProviderStatus.FAILED);
            assertThat(seen.of(a).error())
                    .startsWith("Spot ended the result stream without this site's result")
                    .contains("unreadable result: {not json")
                    .contains("Spot reported an error: \"Internal server error\"");
        }
        try (FakeSpot html = FakeSpot.streaming(200, "text/html", "<html>sign in</html>")) {
            Seen seen = new Seen();
            seen.start(search(html.base(), Duration.ofSeconds(5)), List.of(a));
            seen.report();
            assertThat(seen.of(a).status()).isEqualTo(ProviderStatus.FAILED);
            assertThat(seen.of(a).error()).contains("not an event stream (text/html)");
        }
        try (FakeSpot missing = FakeSpot.streaming(404, "text/plain", "Task not found")) {
            Seen seen = new Seen();
            seen.start(search(missing.base(), Duration.ofSeconds(5)), List.of(a));
            seen.report();
            assertThat(seen.of(a).error())
                    .contains("The result stream from Spot failed")
                    .contains("404");
        }
    }

    @Test
    void waitExpiredTimesTheRestOut() throws Exception {
        QueryProvider a = site("a", URI.create("http://a.example"));
        try (FakeSpot fake =
                FakeSpot.streaming(200, "text/event-stream", "event: wait_expired\ndata: \"Task expired\"\n\n")) {
            Seen seen = new Seen();
            seen.start(search(fake.base(), Duration.ofSeconds(5)), List.of(a));
            seen.report();
            assertThat(seen.of(a).status()).isEqualTo(ProviderStatus.TIMED_OUT);
            assertThat(seen.of(a).error()).contains("Task expired");
        }
    }
}
