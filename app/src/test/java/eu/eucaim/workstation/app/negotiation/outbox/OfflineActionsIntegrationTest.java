package eu.eucaim.workstation.app.negotiation.outbox;

import static eu.eucaim.workstation.app.Futures.await;
import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.negotiation.FormPayloads;
import eu.eucaim.workstation.api.negotiation.Negotiation;
import eu.eucaim.workstation.api.negotiation.NegotiationResource;
import eu.eucaim.workstation.api.negotiation.NewPost;
import eu.eucaim.workstation.api.negotiation.NewRequest;
import eu.eucaim.workstation.api.negotiation.Post;
import eu.eucaim.workstation.api.negotiation.ResourceRef;
import eu.eucaim.workstation.api.negotiation.TimelineEvent;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.auth.RealSignIn;
import eu.eucaim.workstation.client.catalogue.HttpCatalogueClient;
import eu.eucaim.workstation.client.negotiation.HttpNegotiationClient;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, "nothing lost", offline: a real node, the researcher signed in as the app signs in, and a negotiation
 * driven to the point where the researcher may accept the dataset's access conditions. The node stops; the
 * researcher accepts the conditions and posts a message; both wait in the outbox, visible, with the node's absence
 * as their error, and the app itself restarts meanwhile. The node starts again on the same port and data folder;
 * each action arrives exactly once (the timeline, the posts), and a further retry of one with its key changes nothing.
 */
class OfflineActionsIntegrationTest {
    private static final Backoff QUICK = new Backoff(Duration.ofMillis(100), Duration.ofMillis(400));

    @TempDir
    Path dir;

    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    private EucaimNode node;

    @AfterEach
    void stop() {
        ui.shutdownNow();
        io.shutdownNow();
        timers.shutdownNow();
        if (node != null) {
            node.close();
        }
    }

    @Test
    void anAcceptanceAndAMessageMadeWhileTheNodeIsDownArriveOnceEachWhenItIsBack() throws Exception {
        System.setProperty("eucaim.auth.pbkdf2.iterations", "10000");
        NodeConfig config = NodeConfig.defaults(dir.resolve("node"), 1).withDatasetCount(4);
        node = EucaimNode.start(config);
        URI address = node.baseUri();
        HttpNegotiationClient researcher = client(address, "researcher");
        String id = negotiationAwaitingTheResearcher(address, researcher);
        String dataset = datasetAwaitingTheResearcher(researcher, id);

        node.close();
        node = null;

        PendingActionsStore store = new PendingActionsStore(dir.resolve("app-data/negotiator-outbox"));
        PendingActions outbox = opened(store, researcher);
        onUi(() -> {
            outbox.signedInAs("researcher@" + address);
            outbox.fireOnResource(id, dataset, "ACCEPT_ACCESS_CONDITIONS", "Accept the access conditions");
            return outbox.post(id, new NewPost("We accept the conditions; when may we start?", "PUBLIC", null), null);
        });
        waitFor(() -> onUi(() -> outbox.pending().get(0).attempts() >= 3));
        List<PendingAction> visible = onUi(() -> List.copyOf(outbox.pending()));
        assertThat(visible)
                .extracting(PendingAction::description)
                .containsExactly("Accept the access conditions", "Negotiation " + id + ": message");
        assertThat(visible.get(0).lastError()).startsWith("Cannot reach " + address);
        assertThat(visible.get(1).attempts())
                .as("in order: nothing after the first is tried")
                .isZero();
        assertThat(onUi(() -> outbox.waitingProperty().get())).isTrue();
        assertThat(outcomes).isEmpty();

        onUi(() -> {
            outbox.close();
            return null;
        });
        PendingActions restarted = opened(store, researcher);
        assertThat(onUi(() -> List.copyOf(restarted.pending())))
                .extracting(PendingAction::key)
                .as("the app restarted: the same actions with the same keys")
                .containsExactly(visible.get(0).key(), visible.get(1).key());
        onUi(() -> {
            restarted.signedInAs("researcher@" + address);
            return null;
        });

        node = EucaimNode.start(config.withPort(address.getPort()));
        assertThat(node.baseUri()).isEqualTo(address);
        waitFor(() -> outcomes.size() == 2);

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Outcome.Sent.class));
        assertThat(outcomes)
                .extracting(o -> o.action().key())
                .containsExactly(visible.get(0).key(), visible.get(1).key());
        assertThat(onUi(() -> restarted.pending())).isEmpty();
        assertThat(onUi(() -> restarted.waitingProperty().get())).isFalse();
        assertExactlyOnce(researcher, id, dataset);

        // a retry of the acceptance with its key (as after a lost answer) is answered and changes nothing
        Negotiation replayed = await(researcher.fireOnResource(
                id, dataset, "ACCEPT_ACCESS_CONDITIONS", visible.get(0).key()));
        assertThat(replayed.id()).isEqualTo(id);
        assertExactlyOnce(researcher, id, dataset);
        assertThat(store.load().value()).as("nothing left on disk").isEmpty();
    }

    private void assertExactlyOnce(HttpNegotiationClient researcher, String id, String dataset) {
        List<TimelineEvent> timeline = await(researcher.timeline(id));
        assertThat(timeline)
                .filteredOn(t -> t.text().endsWith(dataset + " to Access Conditions Met"))
                .hasSize(1);
        assertThat(await(researcher.posts(id)))
                .extracting(Post::text)
                .containsExactly("We accept the conditions; when may we start?");
        assertThat(await(researcher.resources(id)))
                .filteredOn(r -> r.sourceId().equals(dataset))
                .extracting(NegotiationResource::currentState)
                .containsExactly("ACCESS_CONDITIONS_MET");
    }

    private PendingActions opened(PendingActionsStore store, HttpNegotiationClient researcher) throws Exception {
        return onUi(() -> {
            PendingActions outbox =
                    new PendingActions(store, researcher, ui, io, RetryTimer.of(timers), QUICK, Clock.systemUTC());
            outbox.onOutcome(outcomes::add);
            return outbox;
        });
    }

    // ---- the negotiation as NegotiatorFlowTest drives it: submitted, approved, conditions indicated

    private static String negotiationAwaitingTheResearcher(URI address, HttpNegotiationClient researcher)
            throws Exception {
        List<ResourceRef> all =
                await(new HttpCatalogueClient(ClientConfig.of(address)).search(DatasetQuery.all())).items().stream()
                        .filter(d -> !d.observationalStudy())
                        .map(d -> new ResourceRef(d.id(), d.title()))
                        .toList();
        String request = await(researcher.createRequest(new NewRequest(address.toString(), "Offline", all)))
                .id();
        Negotiation n = await(researcher.createNegotiation(request, FormPayloads.complete(), false));
        await(client(address, "admin").fire(n.id(), "APPROVE"));
        return n.id();
    }

    /** The first dataset the demo steward represents, brought to Access Conditions Indicated by the steward. */
    private String datasetAwaitingTheResearcher(HttpNegotiationClient researcher, String id) throws Exception {
        HttpNegotiationClient steward = client(node.baseUri(), "steward");
        String dataset = await(steward.resources(id)).stream()
                .map(NegotiationResource::sourceId)
                .filter(source -> !await(steward.resourceLifecycle(id, source)).isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("The steward represents none of the datasets"));
        for (String event :
                List.of("MARK_AS_CHECKING_AVAILABILITY", "MARK_AS_AVAILABLE", "INDICATE_ACCESS_CONDITIONS")) {
            await(steward.fireOnResource(id, dataset, event));
        }
        assertThat(await(researcher.resourceLifecycle(id, dataset))).contains("ACCEPT_ACCESS_CONDITIONS");
        return dataset;
    }

    private static HttpNegotiationClient client(URI address, String user) throws Exception {
        return new HttpNegotiationClient(ClientConfig.of(URI.create(address + "/api")), RealSignIn.as(address, user));
    }

    // ---- the outbox lives on its UI thread; the test asks it there

    private <T> T onUi(Callable<T> call) throws Exception {
        return ui.submit(call).get(10, TimeUnit.SECONDS);
    }

    private static void waitFor(Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within 30 s");
            }
            Thread.sleep(20);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }
}
