package eu.eucaim.workstation.client.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.error.ServiceErrorException;
import eu.eucaim.workstation.api.negotiation.NewPost;
import eu.eucaim.workstation.api.negotiation.NewRequest;
import eu.eucaim.workstation.api.negotiation.ResourceRef;
import eu.eucaim.workstation.client.ClientConfig;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link HttpNegotiationClient} against the real Negotiator v3's recorded exchanges ({@code negotiator-v3/} of the
 * api's test resources; the node's RecordedNegotiatorTest replays the same files to the node). Each recorded reply
 * is served by {@link RecordedNegotiator} to the client method that makes that call, called with the recorded ids
 * and bodies. The request the client sent must be the recorded one: method, encoded path, query, {@code Accept},
 * {@code Authorization}, {@code Content-Type}, the JSON body (same fields, same values) or the multipart part. The
 * reply must reach the caller with every field the recording has (a recorded null stays null), a recorded error as
 * the typed {@link ServiceErrorException} with the Negotiator's {@code detail} sentence.
 */
class RecordedNegotiatorClientTest {
    private static final String TOKEN = "token-for-the-recorded-negotiator";

    /** Recorded calls the workstation's client does not make, and why. */
    static final Map<String, String> NOT_THE_CLIENTS = Map.of(
            "33-admin-assign-representative", "representatives are assigned by a Negotiator admin, not from the app",
            "34-user-resources-steward", "the app reads a representative's datasets from each negotiation's resources",
            "44-resource-lifecycle-events", "the client asks which events the user may fire now, not the catalogue",
            "54-negotiation-lifecycle-states", "the client asks which events the user may fire now, not the catalogue",
            "55-resource-lifecycle-states", "the client asks which events the user may fire now, not the catalogue");

    /**
     * Query parameters the client may send where a recording has none: upstream's own defaults
     * (NegotiationFilterDTO), sent on every list so that "newest first" does not rest on a default.
     */
    static final Map<String, String> UPSTREAM_DEFAULTS = Map.of("sortBy", "creationDate", "sortOrder", "DESC");

    /** Fields of recorded replies the api records do not keep, and why. */
    static final Map<String, String> NOT_KEPT =
            Map.of("_links.current.href", "a paged list's link to itself: the client pages with page and size");

    @TempDir
    static Path temp;

    static final RecordedNegotiator negotiator = new RecordedNegotiator();
    static final List<String> refusals = new CopyOnWriteArrayList<>();
    static MockWebServer server;
    static HttpNegotiationClient client;

    @BeforeAll
    static void start() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(negotiator);
        server.start(InetAddress.getLoopbackAddress(), 0);
        AccessTokenSource tokens = new AccessTokenSource() {
            @Override
            public String accessToken() {
                return TOKEN;
            }

            @Override
            public void refused(String token, String reason) {
                refusals.add(reason);
            }
        };
        client = new HttpNegotiationClient(ClientConfig.of(server.url("/api").uri()), tokens);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"01-userinfo-researcher", "02-userinfo-admin", "03-userinfo-steward"})
    void userInfo(String name) {
        replay(name, e -> client.userInfo());
    }

    /** The client always has a token; a 401 reaches the caller, and the sign-in, with the Negotiator's sentence. */
    @ParameterizedTest
    @ValueSource(strings = {"04-userinfo-no-token"})
    void userInfoRefused(String name) {
        refusals.clear();
        replay(name, e -> client.userInfo());
        assertThat(refusals).singleElement().asString().endsWith(detail(name));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "05-request-create-unknown-discovery-service",
                "06-request-create-unknown-resource",
                "07-request-create",
                "13-request-create-2"
            })
    void createRequest(String name) {
        replay(name, e -> {
            JsonNode body = e.requestBody();
            List<ResourceRef> resources = new ArrayList<>();
            body.path("resources")
                    .forEach(r -> resources.add(new ResourceRef(
                            r.path("id").asText(), r.path("name").asText())));
            return client.createRequest(new NewRequest(
                    body.path("url").asText(), body.path("humanReadable").asText(), resources));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"08-request-get-anonymous", "09-request-get", "17-request-get-after-negotiation"})
    void request(String name) {
        replay(name, e -> client.request(e.segment(3)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10-request-access-form"})
    void requestAccessForm(String name) {
        replay(name, e -> client.requestAccessForm(e.segment(3)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11-value-set-100", "12-value-set-101"})
    void valueSet(String name) {
        replay(name, e -> client.valueSet(Long.parseLong(e.segment(3))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"14-negotiation-create-draft-empty", "16-negotiation-create-draft"})
    void createNegotiation(String name) {
        replay(
                name,
                e -> client.createNegotiation(
                        e.requestBody().path("request").asText(),
                        e.requestBody().path("payload"),
                        e.requestBody().path("draft").asBoolean()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "15-negotiation-submit-empty-form",
                "26-negotiation-submit",
                "29-negotiation-approve-as-researcher",
                "31-negotiation-approve-as-admin"
            })
    void fire(String name) {
        replay(name, e -> client.fire(e.segment(3), e.segment(5)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"18-attachment-upload-pdf", "19-attachment-upload-elf-as-pdf", "20-attachment-upload-txt"})
    void attach(String name) {
        replay(name, e -> {
            JsonNode file = e.requestBody().path("file");
            return client.attach(
                    e.segment(3), recordedFile(file), file.path("contentType").asText());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"21-attachments-list"})
    void attachments(String name) {
        replay(name, e -> client.attachments(e.segment(3)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"22-negotiation-access-form"})
    void negotiationAccessForm(String name) {
        replay(name, e -> client.negotiationAccessForm(e.segment(3)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"23-negotiation-patch-payload"})
    void updatePayload(String name) {
        replay(name, e -> client.updatePayload(e.segment(3), e.requestBody().path("payload")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"24-negotiation-get", "53-negotiation-get-final"})
    void negotiation(String name) {
        replay(name, e -> client.negotiation(e.segment(3)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "25-negotiation-lifecycle-draft",
                "27-negotiation-lifecycle-submitted",
                "30-negotiation-lifecycle-as-admin"
            })
    void lifecycle(String name) {
        replay(name, e -> client.lifecycle(e.segment(3)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"28-user-negotiations-author", "35-user-negotiations-representative"})
    void negotiations(String name) {
        replay(
                name,
                e -> client.negotiations(
                        e.segment(3),
                        e.queryParameter("role"),
                        Integer.parseInt(e.queryParameter("page")),
                        Integer.parseInt(e.queryParameter("size"))));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "32-negotiation-resources",
                "36-negotiation-resources-as-representative",
                "43-negotiation-resources-as-author-after-event"
            })
    void resources(String name) {
        replay(name, e -> client.resources(e.segment(3)), embedded("resources"));
    }

    /** 37 addresses the dataset by upstream's numeric id, which upstream answers with nothing to fire. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "37-resource-lifecycle-numeric-id",
                "38-resource-lifecycle-as-representative",
                "39-resource-lifecycle-as-author",
                "42-resource-lifecycle-after-event"
            })
    void resourceLifecycle(String name) {
        replay(name, e -> client.resourceLifecycle(e.segment(3), e.segment(5)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"40-resource-event-unknown", "41-resource-event-checking-availability"})
    void fireOnResource(String name) {
        replay(name, e -> client.fireOnResource(e.segment(3), e.segment(5), e.segment(7)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"45-post-create-public-researcher", "46-post-create-public-steward", "47-post-create-private"})
    void post(String name) {
        replay(name, e -> {
            JsonNode body = e.requestBody();
            return client.post(
                    e.segment(3),
                    new NewPost(
                            body.path("text").asText(),
                            body.path("type").asText(),
                            body.path("organizationId").asText(null)));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"48-posts-list", "49-posts-list-as-representative"})
    void posts(String name) {
        replay(name, e -> client.posts(e.segment(3)), embedded("posts"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"50-timeline"})
    void timeline(String name) {
        replay(name, e -> client.timeline(e.segment(3)), embedded("timelineEvents"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"51-notifications-researcher", "52-notifications-steward"})
    void notifications(String name) {
        replay(
                name,
                e -> client.notifications(
                        e.segment(3),
                        Integer.parseInt(e.queryParameter("page")),
                        Integer.parseInt(e.queryParameter("size"))));
    }

    /** A new recording is either replayed to the client above or listed as not the client's, with the reason. */
    @Test
    void everyRecordedExchangeIsReplayedToTheClientOrSaysWhyNot() {
        TreeSet<String> replayed = new TreeSet<>();
        for (Method m : getClass().getDeclaredMethods()) {
            ValueSource names = m.getAnnotation(ValueSource.class);
            if (names != null) {
                replayed.addAll(List.of(names.strings()));
            }
        }
        TreeSet<String> recorded = RecordedExchange.names();
        assertThat(recorded).hasSize(55);
        assertThat(replayed).doesNotContainAnyElementsOf(NOT_THE_CLIENTS.keySet());
        TreeSet<String> accounted = new TreeSet<>(replayed);
        accounted.addAll(NOT_THE_CLIENTS.keySet());
        assertThat(accounted).isEqualTo(recorded);
    }

    /** The resource lifecycle's path segment: a sourceId as upstream's front end encodes it. */
    @Test
    void aSourceIdIsEncodedAsUpstreamsFrontEndEncodesIt() {
        assertThat(HttpNegotiationClient.encodeSegment("bbmri-eric:ID:SE_890:collection:dummy_collection"))
                .isEqualTo("bbmri-eric%3AID%3ASE_890%3Acollection%3Adummy_collection");
        assertThat(HttpNegotiationClient.encodeSegment("a/b c~d.é")).isEqualTo("a%2Fb%20c~d.%C3%A9");
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void replay(String name, Function<RecordedExchange, CompletableFuture<?>> call) {
        replay(name, call, UnaryOperator.identity());
    }

    /**
     * Serves exchange {@code name} to {@code call}, then compares what the client sent with the recorded request and
     * what it made of the reply with the recorded reply ({@code readAs} picks the part of the recorded body that the
     * call returns, e.g. a HAL list's {@code _embedded} items).
     */
    private static void replay(
            String name, Function<RecordedExchange, CompletableFuture<?>> call, UnaryOperator<JsonNode> readAs) {
        RecordedExchange e = RecordedExchange.load(name);
        negotiator.arm(e);
        Object value = null;
        Throwable failure = null;
        try {
            value = call.apply(e).get(20, TimeUnit.SECONDS);
        } catch (ExecutionException ex) {
            failure = ex.getCause();
        } catch (Exception ex) {
            fail(name + ": the call did not complete", ex);
        }
        List<RecordedRequest> sent = negotiator.received();
        assertThat(sent).as("%s: requests sent", name).hasSize(1);
        assertSentAsRecorded(e, sent.get(0));
        if (e.isError()) {
            assertThat(failure)
                    .as("%s: the recorded %d reaches the caller", name, e.status())
                    .isInstanceOf(ServiceErrorException.class);
            ServiceErrorException error = (ServiceErrorException) failure;
            assertThat(error.status()).as("%s: status", name).isEqualTo(e.status());
            assertThat(error.getMessage()).as("%s: message", name).isEqualTo(detail(name));
            assertThat(error.body().message()).as("%s: error body", name).isEqualTo(detail(name));
        } else {
            assertThat(failure).as("%s: the call failed", name).isNull();
            assertReadAsRecorded(name, value, readAs.apply(e.responseBody()));
        }
    }

    private static void assertSentAsRecorded(RecordedExchange e, RecordedRequest sent) {
        String name = e.name();
        assertThat(sent.getMethod()).as("%s: method", name).isEqualTo(e.method());
        assertThat(RecordedNegotiator.pathSent(sent)).as("%s: path", name).isEqualTo(e.path());
        HttpUrl url = sent.getUrl();
        List<Map.Entry<String, String>> query = new ArrayList<>();
        for (int i = 0; i < url.querySize(); i++) {
            query.add(Map.entry(url.queryParameterName(i), String.valueOf(url.queryParameterValue(i))));
        }
        assertThat(query).as("%s: query", name).containsAll(e.query());
        List<Map.Entry<String, String>> beyond = new ArrayList<>(query);
        beyond.removeAll(e.query());
        assertThat(beyond)
                .as("%s: query parameters beyond the recording", name)
                .allSatisfy(p -> assertThat(UPSTREAM_DEFAULTS).containsEntry(p.getKey(), p.getValue()));
        assertThat(sent.getHeaders().get("Accept")).as("%s: Accept", name).isEqualTo(e.requestHeader("Accept"));
        if (e.requestHeader("Authorization") != null) {
            assertThat(sent.getHeaders().get("Authorization"))
                    .as("%s: Authorization", name)
                    .isEqualTo("Bearer " + TOKEN);
        }
        String recordedType = e.requestHeader("Content-Type");
        String sentType = sent.getHeaders().get("Content-Type");
        if (recordedType == null) {
            assertThat(sentType).as("%s: Content-Type", name).isNull();
            assertThat(sent.getBodySize()).as("%s: body size", name).isZero();
        } else if (recordedType.startsWith("multipart/form-data")) {
            assertMultipartAsRecorded(e, sent);
        } else {
            assertThat(sentType).as("%s: Content-Type", name).isNotNull();
            assertThat(mediaType(sentType)).as("%s: Content-Type", name).isEqualTo(mediaType(recordedType));
            JsonNode body = readJson(sent.getBody().utf8());
            assertThat(leaves(body, "", new LinkedHashMap<>()).keySet())
                    .as("%s: the body's fields", name)
                    .containsExactlyInAnyOrderElementsOf(
                            leaves(e.requestBody(), "", new LinkedHashMap<>()).keySet());
            assertThat(body).as("%s: the body", name).isEqualTo(e.requestBody());
        }
    }

    /** Recorded: the part's field name, its filename, content type, size and first bytes. */
    private static void assertMultipartAsRecorded(RecordedExchange e, RecordedRequest sent) {
        String name = e.name();
        MediaType type = MediaType.get(sent.getHeaders().get("Content-Type"));
        assertThat(type.type() + "/" + type.subtype())
                .as("%s: Content-Type", name)
                .isEqualTo("multipart/form-data");
        String field = e.requestBody().fieldNames().next();
        JsonNode file = e.requestBody().path(field);
        String head = file.path("head").asText();
        Buffer body = new Buffer().write(sent.getBody());
        try (MultipartReader reader = new MultipartReader(body, type.parameter("boundary"))) {
            MultipartReader.Part part = reader.nextPart();
            assertThat(part).as("%s: a part", name).isNotNull();
            assertThat(part.headers().get("Content-Disposition"))
                    .as("%s: the part's field and file name", name)
                    .isEqualTo("form-data; name=\"" + field + "\"; filename=\""
                            + file.path("filename").asText() + "\"");
            assertThat(part.headers().get("Content-Type"))
                    .as("%s: the part's Content-Type", name)
                    .isEqualTo(file.path("contentType").asText());
            byte[] bytes = part.body().readByteArray();
            assertThat(bytes)
                    .as("%s: the file's size", name)
                    .hasSize(file.path("bytes").asInt());
            assertThat(HexFormat.of().formatHex(bytes, 0, head.length() / 2))
                    .as("%s: the file's first bytes", name)
                    .isEqualTo(head);
            assertThat(reader.nextPart())
                    .as("%s: one part only, as recorded", name)
                    .isNull();
        } catch (IOException ex) {
            fail(name + ": the multipart body cannot be read", ex);
        }
    }

    /**
     * Every value of the recorded reply is in what the call returned, at the same place: {@code value} written back
     * with the shared mapper must hold each recorded leaf (numbers by value), and a recorded null must not be filled.
     */
    private static void assertReadAsRecorded(String name, Object value, JsonNode recorded) {
        assertThat(recorded).as("%s: a recorded body", name).isNotNull();
        Map<String, JsonNode> mine = leaves(Json.mapper().valueToTree(value), "", new LinkedHashMap<>());
        Map<String, JsonNode> theirs = leaves(recorded, "", new LinkedHashMap<>());
        for (Map.Entry<String, JsonNode> leaf : theirs.entrySet()) {
            String path = leaf.getKey();
            JsonNode expected = leaf.getValue();
            JsonNode actual = mine.get(path);
            if (NOT_KEPT.containsKey(path)) {
                continue;
            }
            if (expected.isNull()) {
                assertThat(actual == null || actual.isNull())
                        .as("%s: %s is null as recorded, read %s", name, path, actual)
                        .isTrue();
                continue;
            }
            assertThat(actual)
                    .as("%s: %s (recorded %s) read", name, path, expected)
                    .isNotNull();
            boolean same = expected.isNumber() && actual.isNumber()
                    ? expected.decimalValue().compareTo(actual.decimalValue()) == 0
                    : expected.equals(actual);
            assertThat(same)
                    .as("%s: %s read as %s, recorded %s", name, path, actual, expected)
                    .isTrue();
        }
    }

    /** Each value, empty object and empty array of {@code json} by its path ({@code a.b[2].c}). */
    private static Map<String, JsonNode> leaves(JsonNode json, String at, Map<String, JsonNode> into) {
        if (json.isObject() && json.size() > 0) {
            Iterator<Map.Entry<String, JsonNode>> it = json.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                leaves(e.getValue(), at.isEmpty() ? e.getKey() : at + "." + e.getKey(), into);
            }
        } else if (json.isArray() && json.size() > 0) {
            for (int i = 0; i < json.size(); i++) {
                leaves(json.get(i), at + "[" + i + "]", into);
            }
        } else {
            into.put(at, json);
        }
        return into;
    }

    private static UnaryOperator<JsonNode> embedded(String items) {
        return body -> body.path("_embedded").path(items);
    }

    private static String detail(String name) {
        return RecordedExchange.load(name).responseBody().path("detail").asText();
    }

    private static String mediaType(String contentType) {
        MediaType type = MediaType.get(contentType);
        return type.type() + "/" + type.subtype();
    }

    private static JsonNode readJson(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            return fail("not JSON: " + text, e);
        }
    }

    /** The recorded upload again: a file of the recorded name and size that starts with the recorded bytes. */
    private static Path recordedFile(JsonNode file) {
        byte[] bytes = new byte[file.path("bytes").asInt()];
        byte[] head = HexFormat.of().parseHex(file.path("head").asText());
        System.arraycopy(head, 0, bytes, 0, Math.min(head.length, bytes.length));
        try {
            Path dir = Files.createTempDirectory(temp, "upload");
            return Files.write(dir.resolve(file.path("filename").asText()), bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
