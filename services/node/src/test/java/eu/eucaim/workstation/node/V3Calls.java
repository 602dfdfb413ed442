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

/** Calls to a node's Negotiator v3 API for the tests, as a client sends them: bearer, JSON or multipart bodies. */
final class V3Calls {
    private V3Calls() {}

    /** {@code body}: null for none, a String sent as it is (JSON text), anything else written as JSON. */
    static TestHttp.Response send(URI base, String method, String path, String token, Object body) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/hal+json, application/json");
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
        String boundary = "----eucaim-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return TestHttp.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/hal+json, application/json")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    static JsonNode json(TestHttp.Response r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    /** A dataset (not the observational-study entry) whose biobank the demo steward represents, or one it does not. */
    static Dataset datasetOfBiobank(EucaimNode node, boolean represented) throws Exception {
        List<String> stewarded = new ArrayList<>();
        try (Connection c = node.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT biobank_id FROM auth_steward_biobank");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                stewarded.add(rs.getString(1));
            }
        }
        DatasetPage page = TestHttp.getOk(node.baseUri(), "/api/catalogue/datasets?size=100", DatasetPage.class);
        return page.items().stream()
                .filter(d -> !d.observationalStudy())
                .filter(d -> stewarded.contains(d.publisher().biobankId()) == represented)
                .findFirst()
                .orElseThrow();
    }
}
