package eu.eucaim.workstation.client.negotiation;

import static eu.eucaim.workstation.client.Failures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.eucaim.workstation.api.ActionKey;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.error.ServiceErrorException;
import eu.eucaim.workstation.api.negotiation.AccessForm;
import eu.eucaim.workstation.api.negotiation.AccessRequest;
import eu.eucaim.workstation.api.negotiation.Attachment;
import eu.eucaim.workstation.api.negotiation.FormPayloads;
import eu.eucaim.workstation.api.negotiation.LifecycleEvent;
import eu.eucaim.workstation.api.negotiation.Negotiation;
import eu.eucaim.workstation.api.negotiation.NewPost;
import eu.eucaim.workstation.api.negotiation.NewRequest;
import eu.eucaim.workstation.api.negotiation.NotificationRead;
import eu.eucaim.workstation.api.negotiation.Post;
import eu.eucaim.workstation.api.negotiation.ResourceRef;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.auth.RealSignIn;
import eu.eucaim.workstation.client.catalogue.HttpCatalogueClient;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Negotiator client against a real node on loopback (whose API replays the real Negotiator's recorded
 * exchanges in its own tests): a selection handed over, a draft, the form, an attachment, SUBMIT refused while the
 * form is incomplete (the Negotiator's sentence reaches the caller), then submitted, the lists, a post, the timeline.
 */
class HttpNegotiationClientTest {
    @TempDir
    static Path temp;

    static EucaimNode node;
    static HttpNegotiationClient client;
    static List<Dataset> datasets;

    @BeforeAll
    static void start() throws Exception {
        System.setProperty("eucaim.auth.pbkdf2.iterations", "10000");
        node = EucaimNode.start(NodeConfig.defaults(temp, 41).withDatasetCount(4));
        client = signedIn("researcher");
        datasets = new HttpCatalogueClient(ClientConfig.of(node.baseUri()))
                        .search(new eu.eucaim.workstation.api.catalogue.DatasetQuery(null, java.util.Map.of(), 0, 50))
                        .get(20, TimeUnit.SECONDS)
                        .items()
                        .stream()
                        .filter(d -> !d.observationalStudy())
                        .toList();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    /** A client of the node's Negotiator for demo user {@code user}, signed in as the app signs in. */
    static HttpNegotiationClient signedIn(String user) throws Exception {
        return new HttpNegotiationClient(
                ClientConfig.of(URI.create(node.baseUri() + "/api")), RealSignIn.as(node.baseUri(), user));
    }

    @Test
    void aRequestGoesFromTheSelectionToSubmittedThroughTheClient() throws Exception {
        Dataset d = datasets.get(0);
        AccessRequest request = handOver(d, "Search: lung");
        assertThat(request.resources()).extracting(r -> r.id()).containsExactly(d.id());
        AccessForm form = client.requestAccessForm(request.id()).get(20, TimeUnit.SECONDS);
        assertThat(form.sections()).isNotEmpty();
        long valueSet = form.sections().stream()
                .flatMap(s -> s.elements().stream())
                .filter(e -> e._links().containsKey("value-set"))
                .map(e -> Long.parseLong(e._links().get("value-set").href().replaceAll(".*/", "")))
                .findFirst()
                .orElseThrow();
        assertThat(client.valueSet(valueSet).get(20, TimeUnit.SECONDS).availableValues())
                .isNotEmpty();

        Negotiation draft = client.createNegotiation(request.id(), Json.mapper().createObjectNode(), true)
                .get(20, TimeUnit.SECONDS);
        assertThat(draft.status()).isEqualTo("DRAFT");
        assertThat(client.lifecycle(draft.id()).get(20, TimeUnit.SECONDS))
                .extracting(LifecycleEvent::value)
                .containsExactly("SUBMIT");

        Path pdf = Files.writeString(temp.resolve("ethics.pdf"), "%PDF-1.4\n%%EOF\n");
        Attachment a = client.attach(draft.id(), pdf, "application/pdf").get(20, TimeUnit.SECONDS);
        assertThat(a.contentType()).isEqualTo("application/pdf");
        assertThat(client.attachments(draft.id()).get(20, TimeUnit.SECONDS))
                .extracting(Attachment::id)
                .containsExactly(a.id());

        assertThatThrownBy(() -> client.fire(draft.id(), "SUBMIT").get(20, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(ServiceErrorException.class)
                .hasMessageContaining("The access form is not complete")
                .hasMessageContaining("Organisation name: required");

        ObjectNode payload = Json.mapper().createObjectNode();
        ObjectNode docs = payload.putObject("documents");
        docs.set("ethics-report", Json.mapper().valueToTree(a));
        assertThat(client.updatePayload(draft.id(), payload)
                        .get(20, TimeUnit.SECONDS)
                        .payload()
                        .path("documents")
                        .path("ethics-report")
                        .path("id")
                        .asText())
                .isEqualTo(a.id());

        String me = client.userInfo().get(20, TimeUnit.SECONDS).id();
        assertThat(client.negotiations(me, "AUTHOR", 0, 10)
                        .get(20, TimeUnit.SECONDS)
                        .items())
                .extracting(Negotiation::id)
                .contains(draft.id());
        assertThat(client.resources(draft.id()).get(20, TimeUnit.SECONDS))
                .extracting(r -> r.sourceId())
                .containsExactly(d.id());
        assertThat(client.timeline(draft.id()).get(20, TimeUnit.SECONDS)).hasSize(1);
        assertThatThrownBy(() -> client.post(draft.id(), new NewPost("Hello", "PUBLIC", null))
                        .get(20, TimeUnit.SECONDS))
                .cause()
                .hasMessageContaining("Public posts are not open");
        assertThat(client.notifications(me, 0, 20).get(20, TimeUnit.SECONDS).items())
                .isEmpty();
    }

    /** Not in the recording (upstream answers 200 and ignores an event that does not apply): the node's 409. */
    @Test
    void anEventThatDoesNotApplyIsAConflictWithTheNodesSentence() throws Exception {
        AccessRequest request = handOver(datasets.get(0), "Search: pause");
        Negotiation draft = client.createNegotiation(request.id(), Json.mapper().createObjectNode(), true)
                .get(20, TimeUnit.SECONDS);
        ServiceErrorException refused = failureOf(client.fire(draft.id(), "PAUSE"), ServiceErrorException.class);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.getMessage())
                .isEqualTo("The negotiation is Draft: pause applies only when it is [In Progress]");
    }

    /** Not in the recording: marking notifications read, the caller's own (none here) and someone else's. */
    @Test
    void notificationsAreMarkedForTheCallerOnly() throws Exception {
        String me = client.userInfo().get(20, TimeUnit.SECONDS).id();
        assertThat(client.markRead(me, List.of()).get(20, TimeUnit.SECONDS)).isNull();
        ServiceErrorException none = failureOf(
                client.markRead(me, List.of(new NotificationRead(987654, true))), ServiceErrorException.class);
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.getMessage()).isEqualTo("You have no notification 987654");
        String someoneElse = Long.toString(Long.parseLong(me) + 1);
        ServiceErrorException notMine = failureOf(
                client.markRead(someoneElse, List.of(new NotificationRead(1, true))), ServiceErrorException.class);
        assertThat(notMine.status()).isEqualTo(403);
        assertThat(notMine.getMessage()).isEqualTo("You may mark only your own notifications");
    }

    /** A selection of {@code d} handed over from this node's catalogue. */
    private static AccessRequest handOver(Dataset d, String humanReadable) throws Exception {
        return client.createRequest(new NewRequest(
                        node.baseUri().toString(), humanReadable, List.of(new ResourceRef(d.id(), d.title()))))
                .get(20, TimeUnit.SECONDS);
    }

    @Test
    void anActionSentAgainWithItsKeyHappensOnceAndGetsTheFirstAnswer() throws Exception {
        Dataset d = datasets.get(1);
        String requestId = client.createRequest(new NewRequest(
                        node.baseUri().toString(), "Search: once", List.of(new ResourceRef(d.id(), d.title()))))
                .get(20, TimeUnit.SECONDS)
                .id();
        Negotiation n = client.createNegotiation(requestId, FormPayloads.complete(), false)
                .get(20, TimeUnit.SECONDS);
        assertThat(n.status()).isEqualTo("SUBMITTED");

        ActionKey hello = ActionKey.random();
        Post first =
                client.post(n.id(), new NewPost("Hello", "PUBLIC", null), hello).get(20, TimeUnit.SECONDS);
        Post again =
                client.post(n.id(), new NewPost("Hello", "PUBLIC", null), hello).get(20, TimeUnit.SECONDS);
        assertThat(again).isEqualTo(first);
        assertThat(client.posts(n.id()).get(20, TimeUnit.SECONDS))
                .extracting(Post::id)
                .containsExactly(first.id());
        client.post(n.id(), new NewPost("Hello", "PUBLIC", null)).get(20, TimeUnit.SECONDS);
        assertThat(client.posts(n.id()).get(20, TimeUnit.SECONDS))
                .as("without a key, each call is an action of its own")
                .hasSize(2);

        Path pdf = Files.writeString(temp.resolve("once.pdf"), "%PDF-1.4\n%%EOF\n");
        ActionKey upload = ActionKey.random();
        Attachment a = client.attach(n.id(), pdf, "application/pdf", upload).get(20, TimeUnit.SECONDS);
        assertThat(client.attach(n.id(), pdf, "application/pdf", upload).get(20, TimeUnit.SECONDS))
                .as("a new multipart boundary, the same action")
                .isEqualTo(a);
        assertThat(client.attachments(n.id()).get(20, TimeUnit.SECONDS)).hasSize(1);

        signedIn("admin").fire(n.id(), "APPROVE").get(20, TimeUnit.SECONDS);
        ActionKey pause = ActionKey.random();
        assertThat(client.fire(n.id(), "PAUSE", pause).get(20, TimeUnit.SECONDS).status())
                .isEqualTo("PAUSED");
        assertThat(client.fire(n.id(), "PAUSE", pause).get(20, TimeUnit.SECONDS).status())
                .as("the first answer, not a refusal of a pause that has happened")
                .isEqualTo("PAUSED");
        assertThatThrownBy(() -> client.fire(n.id(), "PAUSE").get(20, TimeUnit.SECONDS))
                .cause()
                .isInstanceOf(ServiceErrorException.class)
                .satisfies(e -> assertThat(((ServiceErrorException) e).status()).isEqualTo(409));
        assertThat(client.timeline(n.id()).get(20, TimeUnit.SECONDS))
                .filteredOn(t -> t.text().endsWith("to Paused"))
                .hasSize(1);
    }

    @Test
    void aNegotiationThatIsNotThereSaysSo() {
        assertThatThrownBy(() -> client.negotiation("00000000-0000-0000-0000-000000000000")
                        .get(20, TimeUnit.SECONDS))
                .cause()
                .isInstanceOf(ServiceErrorException.class)
                .hasMessageContaining("not found");
    }
}
