package eu.eucaim.workstation.client.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.FederatedSearchResponse;
import eu.eucaim.workstation.api.query.ProviderResult;
import eu.eucaim.workstation.api.query.ProviderStatus;
import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.api.query.QueryReport;
import eu.eucaim.workstation.api.query.QueryReportFile;
import eu.eucaim.workstation.client.auth.FormFillingBrowser;
import eu.eucaim.workstation.client.auth.OidcDiscovery;
import eu.eucaim.workstation.client.auth.PkceLoginFlow;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fan-out against two real nodes on loopback (the second trusts the first's issuer, as in the demo federation),
 * signed in with a real PKCE flow, plus MockWebServers for what a real node never does: answer 500, never answer.
 */
class FederatedQueryTest {
    private static final Duration TIMEOUT = Duration.ofMillis(1500);

    @TempDir
    static Path temp;

    static EucaimNode first;
    static EucaimNode second;
    static AccessTokenSource tokens;
    static MockWebServer broken;
    static MockWebServer silent;

    @BeforeAll
    static void start() throws Exception {
        System.setProperty("eucaim.auth.pbkdf2.iterations", "10000");
        first = EucaimNode.start(NodeConfig.defaults(temp, 31).withDatasetCount(4));
        second = EucaimNode.start(
                NodeConfig.defaults(temp, 32).withDatasetCount(4).withTrustedIssuers(List.of(first.baseUri())));
        String token = new PkceLoginFlow(
                        OidcDiscovery.fetch(first.baseUri()),
                        "eucaim-workstation",
                        FormFillingBrowser.signingInAs("researcher", "researcher"),
                        Duration.ofSeconds(20))
                .start()
                .get(30, TimeUnit.SECONDS)
                .accessToken();
        tokens = AccessTokenSource.fixed(token);
        broken = new MockWebServer();
        broken.start(InetAddress.getLoopbackAddress(), 0);
        silent = new MockWebServer();
        silent.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterAll
    static void stop() throws Exception {
        broken.close();
        silent.close();
        second.close();
        first.close();
    }

    static URI endpoint(EucaimNode node) {
        return URI.create(node.baseUri() + "/api/federated-search");
    }

    @Test
    void aFailingAndASilentProviderAreFlaggedAndNeverHoldTheOthersBack() {
        broken.enqueue(
                new MockResponse.Builder().code(500).body("upstream exploded").build());
        silent.enqueue(new MockResponse.Builder()
                .code(200)
                .body("{}")
                .headersDelay(30, TimeUnit.SECONDS)
                .build());
        List<URI> providers = List.of(
                endpoint(first),
                broken.url("/api/federated-search").uri(),
                silent.url("/api/federated-search").uri(),
                endpoint(second));
        CohortQuery query =
                new CohortQuery(List.of("male", "female"), null, List.of("MR", "CT"), null, null, 30, 80, null, null);
        Map<String, Long> arrivedMs = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        FederatedQuery.Running running = new FederatedQuery(tokens, TIMEOUT, "test")
                .startAt(providers, query, r -> arrivedMs.put(r.provider(), (System.nanoTime() - started) / 1_000_000));
        QueryReport report = running.report().join();
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(tookMs).isLessThanOrEqualTo(TIMEOUT.toMillis() + 1000); // not the silent one's 30 s
        assertThat(report.providers())
                .extracting(ProviderResult::status)
                .containsExactly(
                        ProviderStatus.ANSWERED,
                        ProviderStatus.FAILED,
                        ProviderStatus.TIMED_OUT,
                        ProviderStatus.ANSWERED);
        assertThat(report.providers().get(1).error()).contains("500");
        assertThat(report.providers().get(2).error()).contains("1500 ms");
        assertThat(report.providers().get(2).latencyMs()).isBetween(TIMEOUT.toMillis() - 50, TIMEOUT.toMillis() + 1000);
        // The real nodes' answers arrived long before the silent provider gave up, and are what the nodes say.
        assertThat(arrivedMs.get(endpoint(first).toString())).isLessThan(TIMEOUT.toMillis());
        assertThat(arrivedMs.get(endpoint(second).toString())).isLessThan(TIMEOUT.toMillis());
        assertThat(arrivedMs).hasSize(4);
        FederatedSearchResponse direct = new FederatedSearchClient(
                        eu.eucaim.workstation.client.ClientConfig.of(endpoint(second)), tokens)
                .search(query)
                .join();
        assertThat(report.providers().get(3).result()).isEqualTo(direct);
        assertThat(direct.total().subjectsCount()).isPositive();
        assertThat(report.total().subjectsCount())
                .isEqualTo(report.providers().get(0).result().total().subjectsCount()
                        + direct.total().subjectsCount());
        // Our nodes get the AST by POST: the URL asked is the endpoint, the query is in the body.
        assertThat(report.providers().get(0).requestUrl())
                .isEqualTo(endpoint(first).toString());
    }

    @Test
    void thePostedAstAndTheQueryStringGetTheSameAnswerFromANode() {
        // Several values per criterion and both ranges: what the AST carries and focus's eucaim_api GET cannot.
        CohortQuery query = new CohortQuery(
                List.of("male", "female"), null, List.of("MR", "CT", "PET"), null, null, 35, null, null, 2022);
        URI get = URI.create(endpoint(first) + "#" + QueryProvider.EUCAIM_API);
        QueryReport report = new FederatedQuery(tokens, Duration.ofSeconds(20), "test")
                .startAt(List.of(endpoint(first), get), query, r -> {})
                .report()
                .join();
        ProviderResult posted = report.providers().get(0);
        ProviderResult got = report.providers().get(1);
        assertThat(List.of(posted.status(), got.status())).containsOnly(ProviderStatus.ANSWERED);
        assertThat(posted.result()).isEqualTo(got.result());
        assertThat(posted.result().total().subjectsCount()).isPositive();
        assertThat(posted.result().total().subjectsCount())
                .isLessThan(
                        new FederatedSearchClient(eu.eucaim.workstation.client.ClientConfig.of(endpoint(first)), tokens)
                                .search(CohortQuery.any())
                                .join()
                                .total()
                                .subjectsCount());
        assertThat(got.requestUrl())
                .isEqualTo(endpoint(first) + "?gender=male&gender=female&modality=MR&modality=CT&modality=PET"
                        + "&ageMin=35&yearMax=2022");
        assertThat(posted.requestUrl()).isEqualTo(endpoint(first).toString());
    }

    @Test
    void cancelStopsWhatIsOutstandingAndKeepsWhatArrived() throws Exception {
        silent.enqueue(new MockResponse.Builder()
                .code(200)
                .body("{}")
                .headersDelay(30, TimeUnit.SECONDS)
                .build());
        List<ProviderResult> seen = new CopyOnWriteArrayList<>();
        FederatedQuery.Running running = new FederatedQuery(tokens, Duration.ofSeconds(20), "test")
                .startAt(List.of(endpoint(first), silent.url("/x").uri()), CohortQuery.any(), seen::add);
        long deadline = System.currentTimeMillis() + 10_000;
        while (seen.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        long cancelled = System.nanoTime();
        running.cancel();
        QueryReport report = running.report().get(2, TimeUnit.SECONDS);
        assertThat((System.nanoTime() - cancelled) / 1_000_000).isLessThan(1000);
        assertThat(report.providers())
                .extracting(ProviderResult::status)
                .containsExactly(ProviderStatus.ANSWERED, ProviderStatus.CANCELLED);
    }

    @Test
    void noSignInFailsEveryProviderWithTheAdvice() {
        QueryReport report = new FederatedQuery(AccessTokenSource.none("Sign in to run a query"), TIMEOUT, "test")
                .startAt(List.of(endpoint(first)), CohortQuery.any(), r -> {})
                .report()
                .join();
        assertThat(report.providers().get(0).status()).isEqualTo(ProviderStatus.FAILED);
        assertThat(report.providers().get(0).error()).isEqualTo("Sign in to run a query");
        assertThat(report.answeredCount()).isZero();
    }

    @Test
    void aTokenTheProviderDoesNotTrustIsAFailureNamingIt() throws Exception {
        try (EucaimNode stranger =
                EucaimNode.start(NodeConfig.defaults(temp, 33).withDatasetCount(1))) {
            ProviderResult r = new FederatedQuery(tokens, TIMEOUT, "test")
                    .startAt(List.of(endpoint(stranger)), CohortQuery.any(), x -> {})
                    .report()
                    .join()
                    .providers()
                    .get(0);
            assertThat(r.status()).isEqualTo(ProviderStatus.FAILED);
            assertThat(r.error()).contains("not trusted");
        }
    }

    @Test
    void aReportIsWrittenReadBackAndRunsAgain() throws Exception {
        CohortQuery query = new CohortQuery(
                null, List.of("SNOMEDCT399068003"), null, List.of("prostate"), null, null, null, 2010, 2024);
        QueryReport report = new FederatedQuery(tokens, TIMEOUT, "test")
                .startAt(List.of(endpoint(first), endpoint(second)), query, r -> {})
                .report()
                .join();
        Path file = temp.resolve("report.json");
        QueryReportFile.write(file, report);
        QueryReport read = QueryReportFile.read(file);
        assertThat(read).isEqualTo(report);
        assertThat(read.query().description())
                .isEqualTo("Diagnosis: Prostate cancer · Body part: prostate" + " · Year of diagnosis: 2010–2024");
        assertThat(read.query().parameters())
                .isEqualTo("diagnosis=SNOMEDCT399068003&bodyPart=prostate" + "&yearMin=2010&yearMax=2024");
        QueryReport again = new FederatedQuery(tokens, TIMEOUT, "test")
                .startAt(
                        read.providers().stream()
                                .map(p -> URI.create(p.provider()))
                                .toList(),
                        read.query().filters(),
                        r -> {})
                .report()
                .join();
        assertThat(again.total()).isEqualTo(report.total());
    }

    @Test
    void aFileThatIsNotAReportIsAClearError() throws Exception {
        Path notJson = Files.writeString(temp.resolve("x.json"), "hello");
        assertThatThrownBy(() -> QueryReportFile.read(notJson))
                .hasMessageContaining("x.json")
                .hasMessageContaining("not a query report");
        Path future = Files.writeString(temp.resolve("y.json"), "{\"schema\":9,\"query\":{\"filters\":{}}}");
        assertThatThrownBy(() -> QueryReportFile.read(future)).hasMessageContaining("schema 9");
        Path noQuery = Files.writeString(temp.resolve("z.json"), "{\"schema\":1,\"query\":{}}");
        assertThatThrownBy(() -> QueryReportFile.read(noQuery)).hasMessageContaining("query.filters");
    }
}
