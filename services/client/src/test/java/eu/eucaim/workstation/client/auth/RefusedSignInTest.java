package eu.eucaim.workstation.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.ProviderResult;
import eu.eucaim.workstation.api.query.QueryReport;
import eu.eucaim.workstation.client.query.FederatedQuery;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real nodes that do not trust each other (issue 13 item 5): a sign-in at node A used at node B is refused
 * with 401, and the sign-in hears it (to offer signing in again), with node B's reason; node A's answers say nothing.
 */
class RefusedSignInTest {
    private static final String CLIENT_ID = "eucaim-workstation";

    @TempDir
    static Path temp;

    private static EucaimNode nodeA;
    private static EucaimNode nodeB;
    private final ExecutorService io = Executors.newSingleThreadExecutor();

    @BeforeAll
    static void start() {
        System.setProperty("eucaim.auth.pbkdf2.iterations", "10000");
        nodeA = EucaimNode.start(NodeConfig.defaults(temp.resolve("a"), 6).withDatasetCount(3));
        nodeB = EucaimNode.start(NodeConfig.defaults(temp.resolve("b"), 7).withDatasetCount(3));
    }

    @AfterAll
    static void stop() {
        nodeA.close();
        nodeB.close();
    }

    @AfterEach
    void shutdown() {
        io.shutdownNow();
    }

    @Test
    void aNodeThatDoesNotTrustTheProviderRefusesAndTheSignInHearsWhy(@TempDir Path dir) throws Exception {
        CurrentSignIn service = new CurrentSignIn(
                new SignInClient(
                        new SignInStorage(dir, SignInStorage.fixed(null, "no keyring in this test"), line -> {}),
                        Duration.ofSeconds(20)),
                io);
        List<String> refused = new CopyOnWriteArrayList<>();
        service.onTokenRefused(refused::add);
        service.signIn(nodeA.baseUri(), CLIENT_ID, FormFillingBrowser.signingInAs("researcher", "researcher"))
                .get(30, TimeUnit.SECONDS);
        FederatedQuery query = new FederatedQuery(service.tokens(), Duration.ofSeconds(10), "test");

        QueryReport atA = query.startAt(List.of(nodeA.baseUri()), CohortQuery.any(), r -> {})
                .report()
                .get(30, TimeUnit.SECONDS);
        assertThat(atA.providers()).allMatch(ProviderResult::answered);
        assertThat(refused).isEmpty();

        QueryReport atB = query.startAt(List.of(nodeB.baseUri()), CohortQuery.any(), r -> {})
                .report()
                .get(30, TimeUnit.SECONDS);
        assertThat(atB.providers()).noneMatch(ProviderResult::answered);
        assertThat(refused)
                .containsExactly("127.0.0.1:" + nodeB.baseUri().getPort() + " did not accept your sign-in: "
                        + "The access token's issuer "
                        + nodeA.baseUri().toString().replaceAll("/$", "")
                        + " is not trusted by this node");
    }
}
