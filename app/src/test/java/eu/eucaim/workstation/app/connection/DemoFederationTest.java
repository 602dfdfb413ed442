package eu.eucaim.workstation.app.connection;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.connection.BackendKind;
import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.ProviderResult;
import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.api.query.QueryReport;
import eu.eucaim.workstation.app.query.QueryProviders;
import eu.eucaim.workstation.app.settings.NodeMode;
import eu.eucaim.workstation.app.settings.Settings;
import eu.eucaim.workstation.client.auth.RealSignIn;
import eu.eucaim.workstation.client.connection.NodeBackend;
import eu.eucaim.workstation.client.query.FederatedQuery;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo federation as the app runs it: node 1 (here started by the test, as the app's connection does), then
 * nodes 2 and 3 from {@link DemoFederation} trusting it; one sign-in at node 1 answers on all three, and the
 * provider list follows the settings.
 */
class DemoFederationTest {
    @TempDir
    Path data;

    @Test
    void oneSignInAtNodeOneReachesAllThreeNodes() throws Exception {
        List<String> warnings = new CopyOnWriteArrayList<>();
        try (EucaimNode first = EucaimNode.start(NodeConfig.defaults(data, 1).withDatasetCount(3));
                DemoFederation federation =
                        new DemoFederation(data, 3, warnings::add, CompletableFuture.completedFuture(null))) {
            Settings settings = Settings.defaults().withQueryProviders(true, List.of("http://127.0.0.1:9/x"));
            // The embedded node's backend as NodeConnector makes it: node 1, then the federation's other nodes.
            NodeBackend backend = NodeBackend.builder(
                            BackendKind.EMBEDDED_NODE,
                            first.baseUri(),
                            data.resolve("library"),
                            AccessTokenSource.none("not needed"),
                            "test")
                    .providerName("Node 1 (embedded)")
                    .alsoAsking(federation::members)
                    .build();
            QueryProviders providers = new QueryProviders(() -> settings, backend::queryProviders);
            CompletableFuture<List<QueryProvider>> pending = providers.get();
            federation.follow(first.baseUri());
            List<QueryProvider> list = pending.get(120, TimeUnit.SECONDS);
            assertThat(list)
                    .extracting(QueryProvider::name)
                    .containsExactly("Node 1 (embedded)", "Node 2 (seed 2)", "Node 3 (seed 3)", "127.0.0.1:9");
            assertThat(warnings).isEmpty();
            assertThat(data.resolve("node-2.mv.db")).exists();
            assertThat(data.resolve("node-3.mv.db")).exists();

            QueryReport report = new FederatedQuery(
                            RealSignIn.as(first.baseUri(), "researcher"), Duration.ofSeconds(20), "test")
                    .start(list, CohortQuery.any(), r -> {})
                    .report()
                    .get(60, TimeUnit.SECONDS);
            assertThat(report.providers().subList(0, 3)).allMatch(ProviderResult::answered);
            assertThat(report.providers().get(3).answered()).isFalse();
            // Different seeds: different catalogues and cohorts.
            assertThat(report.providers().get(1).result().collections().get(0).id())
                    .startsWith("ds-s2-");
            assertThat(report.providers().get(2).result().collections().get(0).id())
                    .startsWith("ds-s3-");
            assertThat(report.providers().get(1).result().total())
                    .isNotEqualTo(report.providers().get(2).result().total());
        }
    }

    @Test
    void withARemoteNodeTheProvidersAreThatNodeAndTheListedOnes() throws Exception {
        try (DemoFederation federation =
                new DemoFederation(data, 1, m -> {}, CompletableFuture.completedFuture(null))) {
            Settings remote = Settings.defaults()
                    .withNode(NodeMode.REMOTE, "http://node.example.org:8080")
                    .withQueryProviders(true, List.of("https://other.example.org/api/federated-search"));
            NodeBackend backend = NodeBackend.builder(
                            BackendKind.NODE,
                            URI.create("http://node.example.org:8080"),
                            data.resolve("library"),
                            AccessTokenSource.none("not needed"),
                            "test")
                    .build();
            List<QueryProvider> list = new QueryProviders(() -> remote, backend::queryProviders)
                    .get()
                    .get(5, TimeUnit.SECONDS);
            assertThat(list)
                    .extracting(p -> p.endpoint().toString())
                    .containsExactly(
                            "http://node.example.org:8080/api/federated-search",
                            "https://other.example.org/api/federated-search");
            Settings none = remote.withQueryProviders(false, List.of("https://other.example.org/api/federated-search"));
            assertThat(new QueryProviders(() -> none, CompletableFuture::new)
                            .get()
                            .get(5, TimeUnit.SECONDS))
                    .extracting(QueryProvider::name)
                    .containsExactly("other.example.org");
        }
    }
}
