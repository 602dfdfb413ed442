package eu.eucaim.workstation.client.query.spot;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.FederatedSearchService;
import eu.eucaim.workstation.api.query.ProviderProgress;
import eu.eucaim.workstation.api.query.ProviderResult;
import eu.eucaim.workstation.api.query.ProviderStatus;
import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.api.query.QueryReport;
import eu.eucaim.workstation.api.query.ast.FocusAst;
import eu.eucaim.workstation.api.query.spot.TestProvider;
import eu.eucaim.workstation.client.auth.RealSignIn;
import eu.eucaim.workstation.client.query.FederatedQuery;
import eu.eucaim.workstation.client.query.RoutedFederatedSearch;
import eu.eucaim.workstation.node.CohortOracle;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import eu.eucaim.workstation.node.spot.FederationSite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real nodes behind the first one's Spot, asked as the Query tab asks them (the AST of Lens: AND across
 * categories, OR within one, age and year ranges): every site's counts through Spot equal a brute-force count over
 * that node's cohort; a slow site is claimed until it answers and a failing one fails, while the nodes' results
 * come in; a provider the Spot does not federate is asked directly in the same query.
 */
class SpotCountsTest {
    static final int QUERIES = 25;

    @TempDir
    static Path temp;

    static final List<EucaimNode> NODES = new ArrayList<>();
    static TestProvider slow;
    static TestProvider broken;
    static AccessTokenSource tokens;
    static final Map<String, String> SITES = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        System.setProperty("eucaim.auth.pbkdf2.iterations", "10000");
        for (long seed = 31; seed <= 33; seed++) {
            NodeConfig c = NodeConfig.defaults(temp, seed).withDatasetCount(8).withDemoImageDatasets(0);
            NODES.add(EucaimNode.start(
                    seed == 31 ? c : c.withTrustedIssuers(List.of(NODES.get(0).baseUri()))));
        }
        slow = TestProvider.answering(1500, 200, "{\"collections\":[]}");
        broken = TestProvider.answering(0, 503, "{\"error\":\"busy\",\"message\":\"try later\"}");
        List<FederationSite> sites = new ArrayList<>();
        for (EucaimNode n : NODES) {
            sites.add(new FederationSite("node-" + n.config().seed(), n.baseUri()));
        }
        sites.add(new FederationSite("slow", slow.base()));
        sites.add(new FederationSite("broken", broken.base()));
        NODES.get(0).spot().federate(sites);
        sites.forEach(s -> SITES.put(s.endpoint().toString(), s.name()));
        tokens = RealSignIn.as(NODES.get(0).baseUri(), "researcher");
        for (EucaimNode n : NODES) {
            n.demoDataComplete().get(90, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        NODES.forEach(EucaimNode::close);
        slow.close();
        broken.close();
    }

    private static FederatedSearchService search() {
        return new RoutedFederatedSearch(
                new SpotFederatedSearch(
                        NODES.get(0).baseUri(),
                        tokens,
                        Duration.ofSeconds(30),
                        "test",
                        FocusAst::json,
                        p -> SITES.get(p.endpoint().toString())),
                p -> SITES.containsKey(p.endpoint().toString()),
                new FederatedQuery(tokens, Duration.ofSeconds(30), "test"),
                "test");
    }

    private static List<QueryProvider> nodes() {
        return NODES.stream()
                .map(n -> new QueryProvider("Node " + n.config().seed(), n.baseUri()))
                .toList();
    }

    @Test
    void everySitesCountsThroughSpotEqualABruteForceCount() throws Exception {
        List<CohortOracle> oracles = new ArrayList<>();
        for (EucaimNode n : NODES) {
            oracles.add(CohortOracle.of(n));
        }
        Random random = new Random(20261205);
        int nonEmpty = 0;
        for (int i = 0; i < QUERIES; i++) {
            CohortQuery q = i == 0 ? CohortQuery.any() : CohortOracle.randomQuery(random);
            QueryReport report = search().start(nodes(), q, r -> {}).report().get(60, TimeUnit.SECONDS);
            assertThat(report.providers()).hasSize(NODES.size());
            for (int k = 0; k < NODES.size(); k++) {
                ProviderResult r = report.providers().get(k);
                assertThat(r.status()).as("%s: %s", r.provider(), r.error()).isEqualTo(ProviderStatus.ANSWERED);
                assertThat(r.result())
                        .as("node %d, %s", k, q)
                        .isEqualTo(oracles.get(k).expected(q));
                if (r.result().total().subjectsCount() > 0) {
                    nonEmpty++;
                }
            }
        }
        assertThat(nonEmpty).as("queries that match something").isGreaterThan(QUERIES);
    }

    @Test
    void aSlowSiteIsClaimedUntilItAnswersAFailingOneFailsAndAnotherProviderIsAskedDirectly() throws Exception {
        List<QueryProvider> providers = new ArrayList<>(nodes());
        QueryProvider slowSite = new QueryProvider("Slow", slow.base());
        QueryProvider brokenSite = new QueryProvider("Broken", broken.base());
        // Not federated by the Spot: asked directly (by POST) in the same query.
        EucaimNode lastNode = NODES.get(2);
        SITES.remove(QueryProvider.endpoint(lastNode.baseUri()).toString());
        try {
            providers.add(slowSite);
            providers.add(brokenSite);
            Map<String, Long> claimedAt = new ConcurrentHashMap<>();
            Map<String, Long> answeredAt = new ConcurrentHashMap<>();
            List<String> order = new CopyOnWriteArrayList<>();
            long t0 = System.nanoTime();
            QueryReport report = search().start(
                            providers,
                            new CohortQuery(null, null, List.of("MR", "CT"), null, null, 30, 80, null, null),
                            r -> {
                                answeredAt.put(r.provider(), (System.nanoTime() - t0) / 1_000_000);
                                order.add(r.provider());
                            },
                            (ProviderProgress p) ->
                                    claimedAt.putIfAbsent(p.provider(), (System.nanoTime() - t0) / 1_000_000))
                    .report()
                    .get(60, TimeUnit.SECONDS);
            String slowKey = slowSite.endpoint().toString();
            assertThat(claimedAt).containsKey(slowKey);
            assertThat(claimedAt.get(slowKey)).isLessThan(answeredAt.get(slowKey) - 1000);
            assertThat(order.get(order.size() - 1))
                    .as("the slow site answers last")
                    .isEqualTo(slowKey);
            assertThat(claimedAt)
                    .as("the directly asked provider has no Spot news")
                    .doesNotContainKey(
                            QueryProvider.endpoint(lastNode.baseUri()).toString());
            assertThat(report.providers())
                    .extracting(ProviderResult::status)
                    .containsExactly(
                            ProviderStatus.ANSWERED,
                            ProviderStatus.ANSWERED,
                            ProviderStatus.ANSWERED,
                            ProviderStatus.ANSWERED,
                            ProviderStatus.FAILED);
            assertThat(report.providers().get(4).error()).contains("503");
        } finally {
            SITES.put(QueryProvider.endpoint(lastNode.baseUri()).toString(), "node-33");
        }
    }
}
