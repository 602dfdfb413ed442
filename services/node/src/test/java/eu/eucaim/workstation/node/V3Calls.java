package eu.eucaim.workstation.node;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Calls to a node's Negotiator v3 API for the tests, as a client sends them: bearer, JSON or multipart bodies. */
final class V3Calls {
    private V3Calls() {}

    /** {@code body}: null for none, a String sent as it is (JSON text), anything else written as JSON. */
    static TestHttp.Response send(URI base, String method, String path, String token, Object body) {
        return send(base, method, path, token, body, null);
    }

    /** As {@link #send(URI, String, String, String, Object)}, with {@code Idempotency-Key: "key"} unless null. */
    static TestHttp.Response send(URI base, String method, String path, String token, Object body, String key) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/hal+json, application/json");
        if (key != null) {
            b.header("Idempotency-Key", '"' + key + '"');
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        byte[] bytes;
        try {
            bytes = body == null
                    ? null
                    : body instanceof String text
                            ? text.getBytes(StandardCharsets.UTF_8)
                            : Json.mapper().writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        b.method(
                method,
                bytes == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (bytes != null) {
            b.header("Content-Type", "application/json");
        }
        return TestHttp.send(b);
    }

    /** A multipart POST with {@code bytes} in the part {@code file}. */
    static TestHttp.Response upload(
            URI base, String path, String token, String fileName, String contentType, byte[] bytes) {
        return upload(base, path, token, fileName, contentType, bytes, "----eucaim-test-boundary", null);
    }

    /** As {@link #upload(URI, String, String, String, String, byte[])}, with a boundary and a key (or null). */
    static TestHttp.Response upload(
            URI base,
            String path,
            String token,
            String fileName,
            String contentType,
            byte[] bytes,
            String boundary,
            String key) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/hal+json, application/json")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (key != null) {
            b.header("Idempotency-Key", '"' + key + '"');
        }
        return TestHttp.send(b);
    }

    /** The catalogue hands {@code datasetIds} over (anonymous, as upstream): the new request's id. */
    static String handOver(URI base, String... datasetIds) throws Exception {
        List<Map<String, String>> resources = new ArrayList<>();
        for (String id : datasetIds) {
            resources.add(Map.of("id", id, "name", id));
        }
        TestHttp.Response r = send(
                base,
                "POST",
                "/api/v3/requests",
                null,
                Map.of("url", base.toString(), "humanReadable", "q", "resources", resources));
        if (r.status() != 201) {
            throw new AssertionError("The hand-over answered " + r.status() + ": " + r.body());
        }
        return json(r).path("id").asText();
    }

    /** A DRAFT negotiation from request {@code requestId} with {@code payload}, by {@code token}'s user: its id. */
    static String draft(URI base, String token, String requestId, Object payload) throws Exception {
        TestHttp.Response r = send(
                base,
                "POST",
                "/api/v3/negotiations",
                token,
                Map.of("request", requestId, "payload", payload, "draft", true));
        if (r.status() != 201) {
            throw new AssertionError("The draft answered " + r.status() + ": " + r.body());
        }
        return json(r).path("id").asText();
    }

    static JsonNode json(TestHttp.Response r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    /** A dataset (not the observational-study entry) whose biobank the demo steward represents, or one it does not. */
    static Dataset datasetOfBiobank(EucaimNode node, boolean represented) throws Exception {
        List<String> stewarded = stewardedBiobanks(node);
        DatasetPage page = TestHttp.getOk(node.baseUri(), "/api/catalogue/datasets?size=100", DatasetPage.class);
        return page.items().stream()
                .filter(d -> !d.observationalStudy())
                .filter(d -> stewarded.contains(d.publisher().biobankId()) == represented)
                .findFirst()
                .orElseThrow();
    }

    /** The biobanks the demo steward represents. */
    static List<String> stewardedBiobanks(EucaimNode node) throws java.sql.SQLException {
        List<String> stewarded = new ArrayList<>();
        try (Connection c = node.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT biobank_id FROM auth_steward_biobank");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                stewarded.add(rs.getString(1));
            }
        }
        return stewarded;
    }
}
