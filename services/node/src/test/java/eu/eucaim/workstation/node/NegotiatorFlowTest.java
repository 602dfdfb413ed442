package eu.eucaim.workstation.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.negotiation.FormPayloads;
import eu.eucaim.workstation.node.auth.ProviderClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Negotiator v3 on a real node over HTTP, end to end (issue 15): the catalogue hands over two datasets (one
 * represented by the demo steward, one by nobody the node knows), the researcher drafts, fills and submits the
 * EUCAIM form, the access committee approves, the steward checks, says available, indicates conditions, the
 * researcher accepts, the steward grants, the committee marks the other dataset unavailable, and the negotiation
 * concludes by itself; the timeline holds each step. Wrong roles get 403, wrong states 409, strangers 404.
 */
class NegotiatorFlowTest {
    @TempDir
    static Path dir;

    static EucaimNode node;
    static URI base;
    static String researcher;
    static String steward;
    static String admin;
    static String stranger;

    @BeforeAll
    static void start() {
        node = EucaimNode.start(NodeConfig.defaults(dir, 1));
        base = node.baseUri();
        ProviderClient client = new ProviderClient(base);
        researcher = client.login("researcher").accessToken();
        steward = client.login("steward").accessToken();
        admin = client.login("admin").accessToken();
        stranger = client.login("agent").accessToken();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aRequestGoesFromTheCatalogueToConcludedWithEveryStepOnTheTimeline() throws Exception {
        String represented = datasetOfBiobank(true);
        String unrepresented = datasetOfBiobank(false);

        // the hand-off: anonymous, as upstream
        TestHttp.Response created = send(
                "POST",
                "/api/v3/requests",
                null,
                Map.of(
                        "url", base.toString(),
                        "humanReadable", "Search: lung · Modality: CT",
                        "resources",
                                List.of(
                                        Map.of("id", represented, "name", "a"),
                                        Map.of("id", unrepresented, "name", "b"))));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/json");
        JsonNode request = json(created);
        assertThat(request.path("resources")).hasSize(2);
        assertThat(request.path("resources")
                        .get(0)
                        .path("organization")
                        .path("externalId")
                        .asText())
                .isNotBlank();
        assertThat(request.path("redirectUrl").asText())
                .endsWith("/requests/" + request.path("id").asText());
        String requestId = request.path("id").asText();

        assertThat(send("GET", "/api/v3/requests/" + requestId, null, null).status())
                .isEqualTo(401);
        JsonNode form = json(ok(send("GET", "/api/v3/requests/" + requestId + "/access-form", researcher, null)));
        assertThat(form.path("sections"))
                .extracting(s -> s.path("name").asText())
                .containsExactly("contact", "scientific", "ethical-legal", "documents", "confirmation");

        // a draft from the first page; submitting it empty names what is missing (upstream lets it through)
        TestHttp.Response draft = send(
                "POST",
                "/api/v3/negotiations",
                researcher,
                Map.of("request", requestId, "payload", Map.of(), "draft", true));
        assertThat(draft.status()).isEqualTo(201);
        String id = json(draft).path("id").asText();
        assertThat(json(draft).path("status").asText()).isEqualTo("DRAFT");
        assertThat(send("GET", "/api/v3/requests/" + requestId, researcher, null)
                        .status())
                .isEqualTo(404);
        TestHttp.Response empty = send("PUT", "/api/v3/negotiations/" + id + "/lifecycle/SUBMIT", researcher, null);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(json(empty).path("detail").asText())
                .contains("Contact details › Organisation name: required", "Documents › Approved project: required");

        ok(send("PATCH", "/api/v3/negotiations/" + id, researcher, Map.of("payload", completePayload())));
        TestHttp.Response submitted = send("PUT", "/api/v3/negotiations/" + id + "/lifecycle/SUBMIT", researcher, null);
        assertThat(ok(submitted).contentType()).startsWith("application/hal+json");
        assertThat(json(submitted).path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(json(submitted).path("publicPostsEnabled").asBoolean()).isTrue();

        // the access committee
        assertThat(send("PUT", "/api/v3/negotiations/" + id + "/lifecycle/APPROVE", researcher, null)
                        .status())
                .isEqualTo(403);
        assertThat(json(ok(send("GET", "/api/v3/negotiations/" + id + "/lifecycle", admin, null))))
                .extracting(e -> e.path("value").asText())
                .containsExactly("APPROVE", "DECLINE");
        JsonNode approved = json(ok(send("PUT", "/api/v3/negotiations/" + id + "/lifecycle/APPROVE", admin, null)));
        assertThat(approved.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(approved.path("privatePostsEnabled").asBoolean()).isTrue();
        assertThat(state(id, represented)).isEqualTo("REPRESENTATIVE_CONTACTED");
        assertThat(state(id, unrepresented)).isEqualTo("REPRESENTATIVE_UNREACHABLE");

        // strangers see nothing; a wrong state is refused, not ignored
        assertThat(send("GET", "/api/v3/negotiations/" + id, stranger, null).status())
                .isEqualTo(404);
        TestHttp.Response early = fire(id, represented, "GRANT_ACCESS_TO_RESOURCE", steward);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/hal+json");
        assertThat(fire(id, represented, "ACCEPT_ACCESS_CONDITIONS", steward).status())
                .isEqualTo(403);

        // the representative and the researcher
        assertThat(json(ok(send(
                        "GET",
                        "/api/v3/negotiations/" + id + "/resources/" + represented + "/lifecycle",
                        steward,
                        null))))
                .extracting(JsonNode::asText)
                .contains("MARK_AS_CHECKING_AVAILABILITY");
        ok(fire(id, represented, "MARK_AS_CHECKING_AVAILABILITY", steward));
        ok(fire(id, represented, "MARK_AS_AVAILABLE", steward));
        ok(fire(id, represented, "INDICATE_ACCESS_CONDITIONS", steward));
        ok(fire(id, represented, "ACCEPT_ACCESS_CONDITIONS", researcher));
        ok(fire(id, represented, "GRANT_ACCESS_TO_RESOURCE", steward));
        assertThat(state(id, represented)).isEqualTo("RESOURCE_MADE_AVAILABLE");
        JsonNode last = json(ok(fire(id, unrepresented, "MARK_AS_UNAVAILABLE", admin)));
        assertThat(last.path("status").asText()).as("concluded by itself").isEqualTo("CONCLUDED");

        JsonNode timeline = json(ok(send("GET", "/api/v3/negotiations/" + id + "/timeline", researcher, null)));
        List<String> steps = new ArrayList<>();
        timeline.path("_embedded").path("timelineEvents").forEach(e -> {
            assertThat(e.path("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
            steps.add(e.path("triggeredBy").asText() + ": " + e.path("text").asText());
        });
        assertThat(steps)
                .containsExactly(
                        "Demo Researcher: Demo Researcher changed the status of the Negotiation to Draft",
                        "Demo Researcher: Demo Researcher changed the status of the Negotiation to Under review",
                        "Demo Access Committee: Demo Access Committee changed the status of the Negotiation to In Progress",
                        "Demo Data Steward: Demo Data Steward changed the status of " + represented
                                + " to Checking Availability",
                        "Demo Data Steward: Demo Data Steward changed the status of " + represented
                                + " to Resource Available",
                        "Demo Data Steward: Demo Data Steward changed the status of " + represented
                                + " to Access Conditions Indicated",
                        "Demo Researcher: Demo Researcher changed the status of " + represented
                                + " to Access Conditions Met",
                        "Demo Data Steward: Demo Data Steward changed the status of " + represented
                                + " to Resource Made Available",
                        "Demo Access Committee: Demo Access Committee changed the status of " + unrepresented
                                + " to Resource Unavailable",
                        "Demo Access Committee: Every dataset has reached its end: the Negotiation is Concluded");

        // notifications: the other parties, never who made the change, once each; one e-mail per notification
        List<String[]> told = new ArrayList<>();
        try (Connection c = node.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT p.account, n.message, o.recipient, o.thread_id"
                        + " FROM negotiator_notification n JOIN negotiator_person p ON p.id = n.recipient_id"
                        + " LEFT JOIN negotiator_email_outbox o ON o.notification_id = n.id"
                        + " WHERE n.negotiation_id = ? ORDER BY n.id")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    told.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
        }
        assertThat(told)
                .as("every notification has its e-mail, in the negotiation's thread")
                .allSatisfy(t -> assertThat(t[2]).isEqualTo(t[0].substring("demo-".length()) + "@demo.eucaim.invalid"))
                .allSatisfy(t -> assertThat(t[3]).contains(id));
        assertThat(told)
                .filteredOn(t -> t[1].contains("is now Under review"))
                .extracting(t -> t[0])
                .containsExactly("demo-admin");
        assertThat(told)
                .filteredOn(t -> t[1].contains("is now In Progress"))
                .extracting(t -> t[0])
                .containsExactlyInAnyOrder("demo-researcher", "demo-steward");
        assertThat(told)
                .filteredOn(t -> t[1].contains("to Access Conditions Met"))
                .extracting(t -> t[0])
                .containsExactly("demo-steward");
        assertThat(told)
                .filteredOn(t -> t[1].contains("to Resource Made Available"))
                .extracting(t -> t[0])
                .containsExactly("demo-researcher");
        assertThat(told)
                .filteredOn(t -> t[1].contains("is now Concluded"))
                .extracting(t -> t[0])
                .containsExactlyInAnyOrder("demo-researcher", "demo-steward");
        String researcherId = json(ok(send("GET", "/api/v3/userinfo", researcher, null)))
                .path("id")
                .asText();
        JsonNode inbox = json(
                ok(send("GET", "/api/v3/users/" + researcherId + "/notifications?page=0&size=20", researcher, null)));
        long first =
                inbox.path("_embedded").path("notifications").get(0).path("id").asLong();
        assertThat(inbox.path("_embedded")
                        .path("notifications")
                        .get(0)
                        .path("read")
                        .asBoolean())
                .isFalse();
        assertThat(send(
                                "PATCH",
                                "/api/v3/users/" + researcherId + "/notifications",
                                researcher,
                                List.of(Map.of("id", first, "read", true)))
                        .status())
                .isEqualTo(204);
        assertThat(json(ok(send("GET", "/api/v3/users/" + researcherId + "/notifications", researcher, null)))
                        .path("_embedded")
                        .path("notifications")
                        .get(0)
                        .path("read")
                        .asBoolean())
                .isTrue();
        assertThat(send("GET", "/api/v3/users/" + researcherId + "/notifications", steward, null)
                        .status())
                .isEqualTo(403);
        TestHttp.Response notMine = send(
                "PATCH",
                "/api/v3/users/" + researcherId + "/notifications",
                researcher,
                List.of(Map.of("id", 999_999, "read", true)));
        assertThat(notMine.status()).isEqualTo(404);
        assertThat(json(notMine).path("detail").asText()).contains("You have no notification 999999");

        // the lists: the researcher's own, the steward's represented ones
        String me = json(ok(send("GET", "/api/v3/userinfo", researcher, null)))
                .path("id")
                .asText();
        JsonNode mine = json(ok(send("GET", "/api/v3/users/" + me + "/negotiations?role=AUTHOR", researcher, null)));
        assertThat(mine.path("_embedded").path("negotiations"))
                .extracting(n -> n.path("id").asText())
                .contains(id);
        JsonNode stewardInfo = json(ok(send("GET", "/api/v3/userinfo", steward, null)));
        assertThat(stewardInfo.path("roles")).extracting(JsonNode::asText).contains("ROLE_REPRESENTATIVE");
        JsonNode theirs = json(ok(send(
                "GET",
                "/api/v3/users/" + stewardInfo.path("id").asText() + "/negotiations?role=REPRESENTATIVE",
                steward,
                null)));
        assertThat(theirs.path("_embedded").path("negotiations"))
                .extracting(n -> n.path("id").asText())
                .contains(id);
        assertThat(send("GET", "/api/v3/users/" + me + "/negotiations?role=AUTHOR", stranger, null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aRequestFromAnotherDiscoveryServiceOrForAnUnknownDatasetIsRefusedSayingWhy() throws Exception {
        TestHttp.Response foreign = send(
                "POST",
                "/api/v3/requests",
                null,
                Map.of(
                        "url",
                        "https://example.org/x",
                        "humanReadable",
                        "q",
                        "resources",
                        List.of(Map.of("id", "ds-0001", "name", "x"))));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(json(foreign).path("detail").asText())
                .contains("Discovery Service")
                .contains("not registered");
        TestHttp.Response unknown = send(
                "POST",
                "/api/v3/requests",
                null,
                Map.of(
                        "url",
                        base.toString(),
                        "humanReadable",
                        "q",
                        "resources",
                        List.of(Map.of("id", "no:such", "name", "x"))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(json(unknown).path("detail").asText()).contains("no:such");
    }

    @Test
    void aPayloadWithASectionOrElementTheFormDoesNotHaveIsRefusedNamingIt() throws Exception {
        String requestId = V3Calls.handOver(base, datasetOfBiobank(true));
        TestHttp.Response wrong = send(
                "POST",
                "/api/v3/negotiations",
                researcher,
                Map.of("request", requestId, "payload", Map.of("contact", Map.of("shoe-size", "44")), "draft", true));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(json(wrong).path("detail").asText()).contains("'shoe-size'");
    }

    @Test
    void attachmentsAreRecognisedByContentKeptWholeAndShownOnlyToTheParties() throws Exception {
        String requestId = V3Calls.handOver(base, datasetOfBiobank(true));
        String id = V3Calls.draft(base, researcher, requestId, Map.of());
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        TestHttp.Response up = upload(id, "ethics report.pdf", pdf, researcher);
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        JsonNode a = json(up);
        assertThat(a.path("contentType").asText()).isEqualTo("application/pdf");
        assertThat(a.path("size").asLong()).isEqualTo(pdf.length);
        assertThat(a.path("name").asText()).isEqualTo("ethics report.pdf");
        assertThat(json(ok(send("GET", "/api/v3/negotiations/" + id + "/attachments", researcher, null))))
                .extracting(n -> n.path("id").asText())
                .containsExactly(a.path("id").asText());

        TestHttp.Response got = TestHttp.send(HttpRequest.newBuilder(
                        base.resolve("/api/v3/attachments/" + a.path("id").asText()))
                .header("Authorization", "Bearer " + researcher));
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.contentType()).startsWith("application/pdf");
        assertThat(got.body().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo(pdf);
        assertThat(TestHttp.send(HttpRequest.newBuilder(base.resolve(
                                        "/api/v3/attachments/" + a.path("id").asText()))
                                .header("Authorization", "Bearer " + stranger))
                        .status())
                .isEqualTo(404);

        byte[] elf = new byte[4096];
        byte[] head = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0};
        System.arraycopy(head, 0, elf, 0, head.length);
        TestHttp.Response fake = upload(id, "fake.pdf", elf, researcher);
        assertThat(fake.status()).isEqualTo(400);
        assertThat(fake.contentType()).startsWith("application/problem+json");
        assertThat(json(fake).path("detail").asText())
                .contains("is not supported")
                .contains("fake.pdf");
        TestHttp.Response empty = upload(id, "empty.pdf", new byte[0], researcher);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(json(empty).path("detail").asText()).contains("'empty.pdf' is empty");
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        TestHttp.Response tooBig = upload(id, "big.pdf", big, researcher);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(json(tooBig).path("detail").asText()).contains("at most 5242880");
        assertThat(json(ok(send("GET", "/api/v3/negotiations/" + id + "/attachments", researcher, null))))
                .as("the refused files left nothing behind")
                .hasSize(1);
    }

    @Test
    void postsOpenWithTheLifecycleAndPrivateOnesReachOnlyTheirOrganisation() throws Exception {
        String represented = datasetOfBiobank(true);
        String other = datasetOfBiobank(false);
        String requestId = V3Calls.handOver(base, represented, other);
        String id = V3Calls.draft(base, researcher, requestId, completePayload());
        String stewardsOrg = TestHttp.getOk(base, "/api/catalogue/datasets/" + represented, Dataset.class)
                .publisher()
                .biobankId();
        String otherOrg = TestHttp.getOk(base, "/api/catalogue/datasets/" + other, Dataset.class)
                .publisher()
                .biobankId();

        TestHttp.Response tooEarly = post(id, researcher, "Hello", "PUBLIC", null);
        assertThat(tooEarly.status()).isEqualTo(403);
        assertThat(json(tooEarly).path("detail").asText()).contains("Public posts are not open");
        ok(send("PUT", "/api/v3/negotiations/" + id + "/lifecycle/SUBMIT", researcher, null));
        TestHttp.Response hello = post(id, researcher, "Hello", "PUBLIC", null);
        assertThat(hello.status()).isEqualTo(201);
        assertThat(hello.contentType()).startsWith("application/hal+json");
        assertThat(json(hello).path("createdBy").path("name").asText()).isEqualTo("Demo Researcher");
        assertThat(json(hello).has("organizationId")).isFalse();
        assertThat(post(id, researcher, "Secret", "PRIVATE", stewardsOrg).status())
                .as("not approved yet")
                .isEqualTo(403);

        ok(send("PUT", "/api/v3/negotiations/" + id + "/lifecycle/APPROVE", admin, null));
        assertThat(post(id, researcher, "To the steward's biobank", "PRIVATE", stewardsOrg)
                        .status())
                .isEqualTo(201);
        assertThat(post(id, researcher, "To the other biobank", "PRIVATE", otherOrg)
                        .status())
                .isEqualTo(201);
        assertThat(post(id, researcher, "Nowhere", "PRIVATE", "no-such-biobank").status())
                .isEqualTo(400);
        assertThat(post(id, steward, "Not mine", "PRIVATE", otherOrg).status()).isEqualTo(403);
        assertThat(post(id, steward, "Reply from the biobank", "PUBLIC", null).status())
                .isEqualTo(201);
        assertThat(post(id, stranger, "Let me in", "PUBLIC", null).status()).isEqualTo(404);

        assertThat(texts(id, researcher))
                .containsExactly("Hello", "To the steward's biobank", "To the other biobank", "Reply from the biobank");
        assertThat(texts(id, steward)).containsExactly("Hello", "To the steward's biobank", "Reply from the biobank");
        assertThat(texts(id, admin)).hasSize(4);

        ok(send("PUT", "/api/v3/negotiations/" + id + "/lifecycle/ABANDON", researcher, null));
        assertThat(post(id, researcher, "After the end", "PUBLIC", null).status())
                .isEqualTo(403);
    }

    private static List<String> texts(String id, String token) throws Exception {
        List<String> texts = new ArrayList<>();
        json(ok(send("GET", "/api/v3/negotiations/" + id + "/posts", token, null)))
                .path("_embedded")
                .path("posts")
                .forEach(p -> texts.add(p.path("text").asText()));
        return texts;
    }

    private static TestHttp.Response post(String id, String token, String text, String type, String organizationId) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("text", text);
        body.put("type", type);
        if (organizationId != null) {
            body.put("organizationId", organizationId);
        }
        return send("POST", "/api/v3/negotiations/" + id + "/posts", token, body);
    }

    // ---- helpers

    private static TestHttp.Response upload(String id, String name, byte[] bytes, String token) {
        return V3Calls.upload(
                base, "/api/v3/negotiations/" + id + "/attachments", token, name, "application/pdf", bytes);
    }

    private static String datasetOfBiobank(boolean represented) throws Exception {
        return V3Calls.datasetOfBiobank(node, represented).id();
    }

    private static JsonNode json(TestHttp.Response r) throws Exception {
        return V3Calls.json(r);
    }

    private static TestHttp.Response send(String method, String path, String token, Object body) {
        return V3Calls.send(base, method, path, token, body);
    }

    /** The EUCAIM form filled in: {@link FormPayloads#complete()}. */
    static ObjectNode completePayload() {
        return FormPayloads.complete();
    }

    private static String state(String id, String datasetId) throws Exception {
        JsonNode resources = json(ok(send("GET", "/api/v3/negotiations/" + id + "/resources", researcher, null)));
        for (JsonNode r : resources.path("_embedded").path("resources")) {
            if (r.path("sourceId").asText().equals(datasetId)) {
                return r.path("currentState").asText();
            }
        }
        throw new AssertionError(datasetId + " not in " + resources);
    }

    private static TestHttp.Response fire(String id, String datasetId, String event, String token) {
        return send(
                "PUT", "/api/v3/negotiations/" + id + "/resources/" + datasetId + "/lifecycle/" + event, token, null);
    }

    private static TestHttp.Response ok(TestHttp.Response r) {
        assertThat(r.status()).as("%s", r.body()).isEqualTo(200);
        return r;
    }
}
