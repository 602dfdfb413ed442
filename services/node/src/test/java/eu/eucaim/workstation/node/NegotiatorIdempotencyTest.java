package eu.eucaim.workstation.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.node.auth.ProviderClient;
import eu.eucaim.workstation.node.http.Idempotency;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Negotiator's writes honour {@code Idempotency-Key} (issue 15, "nothing lost"): an action the app sends again
 * after a lost reply, or queued while the node was away, happens once, and its retry gets the first reply (status,
 * content type, body). Another key for the same event is refused as before (409); another caller's key is another
 * key; a refused attempt keeps nothing; without the header nothing changes.
 */
class NegotiatorIdempotencyTest {
    @TempDir
    static Path dir;

    static EucaimNode node;
    static URI base;
    static String researcher;
    static String steward;
    static String admin;
    static String stranger;
    static String represented;

    @BeforeAll
    static void start() throws Exception {
        node = EucaimNode.start(NodeConfig.defaults(dir, 1));
        base = node.baseUri();
        ProviderClient client = new ProviderClient(base);
        researcher = client.login("researcher").accessToken();
        steward = client.login("steward").accessToken();
        admin = client.login("admin").accessToken();
        stranger = client.login("agent").accessToken();
        represented = V3Calls.datasetOfBiobank(node, true).id();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aResourceEventSentTwiceWithOneKeyHappensOnceAndBothRepliesAreTheFirst() throws Exception {
        String id = conditionsIndicated();
        String path =
                "/api/v3/negotiations/" + id + "/resources/" + represented + "/lifecycle/ACCEPT_ACCESS_CONDITIONS";

        TestHttp.Response first = V3Calls.send(base, "PUT", path, researcher, null, "accept-1");
        TestHttp.Response retry = V3Calls.send(base, "PUT", path, researcher, null, "accept-1");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header(Idempotency.REPLAYED)).isNull();
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.contentType()).isEqualTo(first.contentType()).startsWith("application/hal+json");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header(Idempotency.REPLAYED)).isEqualTo("true");
        assertThat(timeline(id))
                .filteredOn(t -> t.endsWith("to Access Conditions Met"))
                .hasSize(1);

        TestHttp.Response otherKey = V3Calls.send(base, "PUT", path, researcher, null, "accept-2");
        assertThat(otherKey.status())
                .as("a new action, which no longer applies")
                .isEqualTo(409);
        assertThat(otherKey.contentType()).startsWith("application/hal+json");
        assertThat(V3Calls.send(base, "PUT", path, researcher, null).status())
                .as("without a key, as before")
                .isEqualTo(409);
        assertThat(timeline(id))
                .filteredOn(t -> t.endsWith("to Access Conditions Met"))
                .hasSize(1);
    }

    @Test
    void aNegotiationEventSentTwiceWithOneKeyHappensOnce() throws Exception {
        String id = negotiation();
        String path = "/api/v3/negotiations/" + id + "/lifecycle/SUBMIT";

        TestHttp.Response first = V3Calls.send(base, "PUT", path, researcher, null, "submit-1");
        TestHttp.Response retry = V3Calls.send(base, "PUT", path, researcher, null, "submit-1");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(V3Calls.json(first).path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(timeline(id)).filteredOn(t -> t.endsWith("to Under review")).hasSize(1);
    }

    @Test
    void aPostSentTwiceWithOneKeyIsOnePostAndAnotherCallersSameKeyIsTheirOwn() throws Exception {
        String id = submitted();
        String path = "/api/v3/negotiations/" + id + "/posts";
        Map<String, String> hello = Map.of("text", "Hello", "type", "PUBLIC");

        TestHttp.Response first = V3Calls.send(base, "POST", path, researcher, hello, "post-1");
        TestHttp.Response retry = V3Calls.send(base, "POST", path, researcher, hello, "post-1");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.contentType()).isEqualTo(first.contentType()).startsWith("application/hal+json");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(posts(id, researcher)).containsExactly("Demo Researcher: Hello");

        TestHttp.Response outsider = V3Calls.send(base, "POST", path, stranger, hello, "post-1");
        assertThat(outsider.status())
                .as("not a party: the researcher's reply is not theirs to get")
                .isEqualTo(404);
        assertThat(outsider.body())
                .doesNotContain(V3Calls.json(first).path("id").asText());
        TestHttp.Response party = V3Calls.send(base, "POST", path, admin, hello, "post-1");
        assertThat(party.status()).isEqualTo(201);
        assertThat(V3Calls.json(party).path("createdBy").path("name").asText()).isEqualTo("Demo Access Committee");
        assertThat(posts(id, researcher)).containsExactly("Demo Researcher: Hello", "Demo Access Committee: Hello");

        TestHttp.Response reused =
                V3Calls.send(base, "POST", path, researcher, Map.of("text", "Bye", "type", "PUBLIC"), "post-1");
        assertThat(reused.status()).as("the key of another message").isEqualTo(422);
        assertThat(V3Calls.json(reused).path("detail").asText()).contains("Idempotency-Key");
        assertThat(posts(id, researcher)).hasSize(2);
    }

    @Test
    void aRefusedAttemptKeepsNothingSoTheSameKeyWorksOnceTheActionApplies() throws Exception {
        String id = negotiation();
        String path = "/api/v3/negotiations/" + id + "/posts";
        Map<String, String> early = Map.of("text", "Early", "type", "PUBLIC");

        assertThat(V3Calls.send(base, "POST", path, researcher, early, "early-1")
                        .status())
                .as("public posts open at SUBMIT")
                .isEqualTo(403);
        assertThat(V3Calls.send(base, "PUT", "/api/v3/negotiations/" + id + "/lifecycle/SUBMIT", researcher, null)
                        .status())
                .isEqualTo(200);
        TestHttp.Response later = V3Calls.send(base, "POST", path, researcher, early, "early-1");
        assertThat(later.status()).isEqualTo(201);
        assertThat(later.header(Idempotency.REPLAYED)).isNull();
        assertThat(posts(id, researcher)).containsExactly("Demo Researcher: Early");
    }

    @Test
    void anAttachmentSentTwiceWithOneKeyIsOneFileWhateverTheMultipartBoundary() throws Exception {
        String id = negotiation();
        String path = "/api/v3/negotiations/" + id + "/attachments";
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        TestHttp.Response first =
                V3Calls.upload(base, path, researcher, "ethics.pdf", "application/pdf", pdf, "boundary-one", "file-1");
        TestHttp.Response retry =
                V3Calls.upload(base, path, researcher, "ethics.pdf", "application/pdf", pdf, "boundary-two", "file-1");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(V3Calls.json(V3Calls.send(base, "GET", path, researcher, null)))
                .hasSize(1);

        TestHttp.Response otherFile =
                V3Calls.upload(base, path, researcher, "other.pdf", "application/pdf", pdf, "boundary-three", "file-1");
        assertThat(otherFile.status()).as("another file under the same key").isEqualTo(422);
    }

    @Test
    void theHandOverAndTheNegotiationMadeFromItHappenOnce() throws Exception {
        Map<String, Object> selection = Map.of(
                "url", base.toString(),
                "humanReadable", "once",
                "resources", List.of(Map.of("id", represented, "name", "x")));
        TestHttp.Response request = V3Calls.send(base, "POST", "/api/v3/requests", null, selection, "request-1");
        TestHttp.Response again = V3Calls.send(base, "POST", "/api/v3/requests", null, selection, "request-1");
        assertThat(request.status()).isEqualTo(201);
        assertThat(request.contentType()).startsWith("application/json");
        assertThat(again.body()).isEqualTo(request.body());
        String requestId = V3Calls.json(request).path("id").asText();

        Map<String, Object> draft = Map.of("request", requestId, "payload", Map.of(), "draft", true);
        TestHttp.Response made = V3Calls.send(base, "POST", "/api/v3/negotiations", researcher, draft, "make-1");
        TestHttp.Response madeAgain = V3Calls.send(base, "POST", "/api/v3/negotiations", researcher, draft, "make-1");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(madeAgain.status())
                .as("the request is used up: only a replay can answer 201")
                .isEqualTo(201);
        assertThat(madeAgain.body()).isEqualTo(made.body());
        assertThat(V3Calls.send(base, "POST", "/api/v3/negotiations", researcher, draft, "make-2")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aKeyThatIsNotOneIsRefusedSayingWhatAKeyIs() throws Exception {
        String id = negotiation();
        TestHttp.Response bad = V3Calls.send(
                base, "PUT", "/api/v3/negotiations/" + id + "/lifecycle/SUBMIT", researcher, null, "two words");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(V3Calls.json(bad).path("detail").asText()).contains("Idempotency-Key must be");
        assertThat(timeline(id)).noneMatch(t -> t.endsWith("to Under review"));
    }

    // ---- a negotiation in the state a test needs, driven as NegotiatorFlowTest does

    private static String negotiation() throws Exception {
        return V3Calls.draft(
                base, researcher, V3Calls.handOver(base, represented), NegotiatorFlowTest.completePayload());
    }

    private static String submitted() throws Exception {
        String id = negotiation();
        ok(V3Calls.send(base, "PUT", "/api/v3/negotiations/" + id + "/lifecycle/SUBMIT", researcher, null));
        return id;
    }

    private static String conditionsIndicated() throws Exception {
        String id = submitted();
        ok(V3Calls.send(base, "PUT", "/api/v3/negotiations/" + id + "/lifecycle/APPROVE", admin, null));
        for (String event :
                List.of("MARK_AS_CHECKING_AVAILABILITY", "MARK_AS_AVAILABLE", "INDICATE_ACCESS_CONDITIONS")) {
            ok(V3Calls.send(
                    base,
                    "PUT",
                    "/api/v3/negotiations/" + id + "/resources/" + represented + "/lifecycle/" + event,
                    steward,
                    null));
        }
        return id;
    }

    private static void ok(TestHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static List<String> timeline(String id) throws Exception {
        List<String> texts = new ArrayList<>();
        V3Calls.json(V3Calls.send(base, "GET", "/api/v3/negotiations/" + id + "/timeline", researcher, null))
                .path("_embedded")
                .path("timelineEvents")
                .forEach(e -> texts.add(e.path("text").asText()));
        return texts;
    }

    private static List<String> posts(String id, String token) throws Exception {
        List<String> posts = new ArrayList<>();
        JsonNode list = V3Calls.json(V3Calls.send(base, "GET", "/api/v3/negotiations/" + id + "/posts", token, null));
        list.path("_embedded")
                .path("posts")
                .forEach(p -> posts.add(p.path("createdBy").path("name").asText() + ": "
                        + p.path("text").asText()));
        return posts;
    }
}
