package eu.eucaim.workstation.node.spot;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.query.spot.LensQuery;
import eu.eucaim.workstation.api.query.spot.SiteAnswer;
import eu.eucaim.workstation.api.query.spot.SpotFixtures;
import eu.eucaim.workstation.api.query.spot.SpotQuery;
import eu.eucaim.workstation.api.query.spot.TaskResult;
import eu.eucaim.workstation.api.query.spot.TestProvider;
import eu.eucaim.workstation.api.query.spot.WorkStatus;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import eu.eucaim.workstation.node.auth.ProviderClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real node's {@code /beam} over real loopback providers: one fast, one slow, one failing with 500, one refusing
 * with 422, one slower than the provider timeout, and a port nothing listens on.
 */
class SpotEndpointTest {
    static final Duration PROVIDER_TIMEOUT = Duration.ofMillis(1500);
    static final Duration TTL = Duration.ofSeconds(4);
    static final String ANSWER =
            "{\"collections\":[{\"id\":\"ds-1\",\"name\":\"One\",\"studies_count\":3,\"subjects_count\":2}],"
                    + "\"total\":{\"studies_count\":3,\"subjects_count\":2}}";

    @TempDir
    static Path temp;

    static EucaimNode node;
    static ProviderClient client;
    static String researcher;
    static String ast;
    static final Map<String, TestProvider> PROVIDERS = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws IOException {
        PROVIDERS.put("fast", TestProvider.answering(0, 200, ANSWER));
        PROVIDERS.put("slow", TestProvider.answering(800, 200, ANSWER));
        PROVIDERS.put("broken", TestProvider.answering(0, 500, "{\"error\":\"internal_error\",\"message\":\"boom\"}"));
        PROVIDERS.put(
                "refusing",
                TestProvider.answering(0, 422, "{\"error\":\"unknown_key\",\"key\":\"SNOMEDCT0\",\"message\":\"?\"}"));
        PROVIDERS.put("hanging", TestProvider.answering(5_000, 200, ANSWER));
        List<FederationSite> sites = new ArrayList<>();
        PROVIDERS.forEach((name, p) -> sites.add(new FederationSite(name, p.base())));
        sites.add(new FederationSite("gone", URI.create("http://127.0.0.1:" + freePort())));
        node = EucaimNode.start(NodeConfig.defaults(temp, 41)
                .withDatasetCount(2)
                .withDemoImageDatasets(0)
                .withFederation(new Federation(sites, PROVIDER_TIMEOUT, TTL)));
        client = new ProviderClient(node.baseUri());
        researcher = client.login("researcher").accessToken();
        ast = SpotFixtures.read("focus-ast-just-right.json");
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        PROVIDERS.values().forEach(TestProvider::close);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static ProviderClient.Answer post(String token, Object body) {
        try {
            return client.request("POST", "/beam", token, Json.mapper().writeValueAsString(body));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String postQuery(List<String> sites) {
        String id = UUID.randomUUID().toString();
        ProviderClient.Answer a = post(researcher, new LensQuery(id, sites, SpotQuery.encode(ast)));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.body()).isEmpty();
        return id;
    }

    static SseEvents.Reply listen(String id, String query) {
        return SseEvents.read(node.baseUri().resolve("/beam/" + id + query), researcher);
    }

    static TaskResult result(SseEvents.Event e) {
        try {
            return Json.mapper().readValue(e.data(), TaskResult.class);
        } catch (IOException x) {
            throw new AssertionError(e.data(), x);
        }
    }

    /** Each site's final result, by site. */
    static Map<String, TaskResult> finals(SseEvents.Reply reply) {
        Map<String, TaskResult> bySite = new LinkedHashMap<>();
        reply.events().stream()
                .filter(e -> e.type().equals("new_result"))
                .map(SpotEndpointTest::result)
                .filter(r -> r.status().isFinal())
                .forEach(r -> bySite.put(r.site(), r));
        return bySite;
    }

    @Test
    void everySiteIsClaimedThenAnswersOrFailsInItsOwnTime() throws IOException {
        String id = postQuery(null); // no sites: the node's own
        SseEvents.Reply reply = listen(id, "?wait_count=6");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/event-stream");
        List<TaskResult> results =
                reply.events().stream().map(SpotEndpointTest::result).toList();
        assertThat(reply.events()).allMatch(e -> e.type().equals("new_result"));
        assertThat(results).allMatch(r -> r.task().equals(id) && r.complete());
        // The stream starts with each site's result so far, in the order the sites were asked: a site that has
        // not answered yet is claimed (it was claimed as soon as it was asked), a fast one may have answered already,
        // as Beam's broker keeps only each site's latest result.
        assertThat(results.subList(0, 6))
                .extracting(TaskResult::site)
                .containsExactly("fast", "slow", "broken", "refusing", "hanging", "gone");
        assertThat(results.get(1).status()).isEqualTo(WorkStatus.CLAIMED);
        assertThat(results.get(1).from()).isEqualTo("focus.slow.broker.localhost");
        assertThat(results.get(1).body()).isEqualTo("null");
        assertThat(results.get(4).status()).isEqualTo(WorkStatus.CLAIMED);
        // Then each site's final result, once each: six finals, and a claim only before its site's final.
        assertThat(results.stream().filter(r -> r.status().isFinal())).hasSize(6);
        long claims =
                results.stream().filter(r -> r.status() == WorkStatus.CLAIMED).count();
        assertThat(results).hasSize(6 + (int) claims);
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).status() == WorkStatus.CLAIMED) {
                String site = results.get(i).site();
                assertThat(results.subList(0, i)).noneMatch(r -> r.site().equals(site));
            }
        }

        Map<String, TaskResult> finals = finals(reply);
        assertThat(finals.get("fast").status()).isEqualTo(WorkStatus.SUCCEEDED);
        assertThat(finals.get("slow").status()).isEqualTo(WorkStatus.SUCCEEDED);
        assertThat(finals.get("broken").status()).isEqualTo(WorkStatus.TEMPFAILED);
        assertThat(finals.get("broken").body()).contains("HTTP 500").contains("boom");
        assertThat(finals.get("refusing").status()).isEqualTo(WorkStatus.PERMFAILED);
        assertThat(finals.get("refusing").body()).contains("HTTP 422").contains("SNOMEDCT0");
        assertThat(finals.get("hanging").status()).isEqualTo(WorkStatus.TEMPFAILED);
        assertThat(finals.get("hanging").body()).contains("did not answer within 1500 ms");
        assertThat(finals.get("gone").status()).isEqualTo(WorkStatus.TEMPFAILED);
        assertThat(finals.get("gone").body()).contains("could not be reached");

        // The succeeded body is base64 of the provider's answer with its name and icon in front, as Focus sends it.
        String decoded =
                new String(Base64.getDecoder().decode(finals.get("fast").body()), StandardCharsets.UTF_8);
        assertThat(decoded).startsWith("{\"provider\":\"fast\",\"provider_icon\":\"\",\"collections\":");
        SiteAnswer answer = Json.mapper().readValue(decoded, SiteAnswer.class);
        assertThat(answer.collections()).extracting(c -> c.id()).containsExactly("ds-1");
        assertThat(answer.total().studiesCount()).isEqualTo(3);

        // In their own time: the fast site's answer came before the slow one's, the hanging one's at the timeout.
        long fastAt = atOf(reply, "fast", WorkStatus.SUCCEEDED);
        long slowAt = atOf(reply, "slow", WorkStatus.SUCCEEDED);
        long hangingAt = atOf(reply, "hanging", WorkStatus.TEMPFAILED);
        assertThat(fastAt).isLessThan(slowAt);
        assertThat(slowAt).isLessThan(hangingAt);
        assertThat(hangingAt).isLessThan(PROVIDER_TIMEOUT.toMillis() + 1500);
    }

    static long atOf(SseEvents.Reply reply, String site, WorkStatus status) {
        return reply.events().stream()
                .filter(e -> {
                    TaskResult r = result(e);
                    return site.equals(r.site()) && r.status() == status;
                })
                .findFirst()
                .orElseThrow()
                .atMs();
    }

    @Test
    void aProviderGetsThePrettyPrintedAstWithTheCallersToken() {
        TestProvider fast = PROVIDERS.get("fast");
        int before = fast.received.size();
        String id = postQuery(List.of("fast"));
        assertThat(finals(listen(id, "")).get("fast").status()).isEqualTo(WorkStatus.SUCCEEDED);
        TestProvider.Received sent = fast.received.get(before);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.contentType()).isEqualTo("application/json");
        assertThat(sent.authorization()).isEqualTo("Bearer " + researcher);
        // serde_json's to_string_pretty: two spaces, "key": value, the AST as sent.
        assertThat(sent.body()).startsWith("{\n  \"ast\": {\n    \"children\": [\n");
        assertThat(sent.body()).contains("\n  \"id\": \"66b8bbf4-ded2-4f94-87ab-3a3ca2f4edc0__search__");
        assertThat(readTree(sent.body())).isEqualTo(readTree(ast));
    }

    static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError(json, e);
        }
    }

    @Test
    void aLateListenerGetsEachSitesLatestResultAndWaitCountZeroEndsThere() {
        String id = postQuery(List.of("fast", "refusing"));
        assertThat(finals(listen(id, ""))).hasSize(2);
        SseEvents.Reply late = listen(id, "?wait_count=0");
        assertThat(late.events()).hasSize(2);
        assertThat(late.events().stream().map(SpotEndpointTest::result).map(TaskResult::status))
                .containsExactly(WorkStatus.SUCCEEDED, WorkStatus.PERMFAILED);
    }

    @Test
    void aSiteTheNodeDoesNotKnowFailsForGood() {
        String id = postQuery(List.of("fast", "nowhere"));
        Map<String, TaskResult> finals = finals(listen(id, ""));
        assertThat(finals.get("nowhere").status()).isEqualTo(WorkStatus.PERMFAILED);
        assertThat(finals.get("nowhere").body())
                .contains("Unknown site 'nowhere'")
                .contains("fast, slow");
        assertThat(finals.get("fast").status()).isEqualTo(WorkStatus.SUCCEEDED);
    }

    @Test
    void waitingForMoreResultsThanSitesEndsWhenTheTaskExpires() {
        String id = postQuery(List.of("slow")); // slow: still claimed when the stream starts
        SseEvents.Reply reply = listen(id, "?wait_count=2");
        assertThat(reply.events())
                .extracting(SseEvents.Event::type)
                .containsExactly("new_result", "new_result", "wait_expired");
        assertThat(reply.events().get(2).data()).isEqualTo("\"Task expired\"");
        assertThat(reply.events().get(2).atMs()).isBetween(TTL.toMillis() - 1000, TTL.toMillis() + 2000);
        // The task is gone now.
        assertThat(client.get("/beam/" + id, researcher).status()).isEqualTo(404);
    }

    @Test
    void aReusedIdIsAConflict() {
        String id = postQuery(List.of("fast"));
        ProviderClient.Answer again = post(researcher, new LensQuery(id, List.of("fast"), SpotQuery.encode(ast)));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("Task already exists");
    }

    @Test
    void badBodiesAreRefusedSayingWhatIsWrong() {
        String id = UUID.randomUUID().toString();
        String query = SpotQuery.encode(ast);
        assertBad(new LensQuery("not-a-uuid", null, query), "not a UUID");
        assertBad(new LensQuery(null, null, query), "id is missing");
        assertBad(new LensQuery(id, List.of(), query), "No sites specified");
        assertBad(new LensQuery(id, List.of("fast", "Node 2"), query), "In \\\"sites\\\": A site name is");
        assertBad(new LensQuery(id, null, "%%%"), "The query is not valid base64");
        assertBad(new LensQuery(id, null, b64("{\"lang\":\"cql\"}")), "lang is 'cql'");
        assertBad(
                new LensQuery(id, null, b64("{\"lang\":\"ast\",\"query\":\"" + b64("[") + "\"}")),
                "The inner query is not valid JSON");
        assertBad(
                new LensQuery(id, null, b64("{\"lang\":\"ast\",\"query\":\"" + b64("{\"id\":\"x\"}") + "\"}")),
                "The inner query has no");
        ProviderClient.Answer notJson = client.request("POST", "/beam", researcher, "{\"id\":");
        assertThat(notJson.status()).isEqualTo(400);
        // None of them made a task.
        assertThat(client.get("/beam/" + id, researcher).status()).isEqualTo(404);
    }

    static void assertBad(LensQuery body, String message) {
        ProviderClient.Answer a = post(researcher, body);
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.body()).contains("bad_request").contains(message);
    }

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void onlyTheUserWhoPostedATaskReadsIt() {
        String id = postQuery(List.of("fast"));
        String steward = client.login("steward").accessToken();
        ProviderClient.Answer other = client.get("/beam/" + id, steward);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.body()).contains("Not allowed to access this task");
        assertThat(client.get("/beam/" + id, null).status()).isEqualTo(401);
        assertThat(post(null, new LensQuery(UUID.randomUUID().toString(), null, SpotQuery.encode(ast)))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void badListenParametersAreRefused() {
        String id = postQuery(List.of("fast"));
        assertThat(client.get("/beam/" + id + "?wait_count=-1", researcher).body())
                .contains("wait_count");
        assertThat(client.get("/beam/" + id + "?wait_count=x", researcher).status())
                .isEqualTo(400);
        assertThat(client.get("/beam/not-a-task", researcher).status()).isEqualTo(400);
        assertThat(client.get("/beam/" + UUID.randomUUID(), researcher).body()).contains("Task not found");
    }
}
