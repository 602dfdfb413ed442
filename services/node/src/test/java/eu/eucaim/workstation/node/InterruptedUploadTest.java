package eu.eucaim.workstation.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.node.auth.ProviderClient;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, uploads: an attachment whose upload is cut off halfway (the connection closes with half the body sent)
 * leaves nothing behind — no attachment, no file, no key used — and the same upload sent again, with the same
 * Idempotency-Key, is stored once.
 */
class InterruptedUploadTest {
    @TempDir
    static Path dir;

    static EucaimNode node;
    static URI base;
    static String researcher;

    @BeforeAll
    static void start() throws Exception {
        node = EucaimNode.start(NodeConfig.defaults(dir, 1));
        base = node.baseUri();
        researcher = new ProviderClient(base).login("researcher").accessToken();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    /** A text file of about 2 MB: big enough to be cut in the middle. */
    private static byte[] document() {
        byte[] line = "Approved project: data transfer agreement, clause 1.\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (out.size() < 2_000_000) {
            out.writeBytes(line);
        }
        return out.toByteArray();
    }

    @Test
    void anUploadCutOffHalfwayLeavesNothingAndItsRetryIsStoredOnce() throws Exception {
        String id = V3Calls.draft(
                base,
                researcher,
                V3Calls.handOver(base, V3Calls.datasetOfBiobank(node, false).id()),
                Map.of());
        String path = "/api/v3/negotiations/" + id + "/attachments";
        String boundary = "----eucaim-cut-boundary";
        byte[] file = document();
        ByteArrayOutputStream multipart = new ByteArrayOutputStream();
        multipart.writeBytes(("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"project.txt\"\r\n"
                        + "Content-Type: text/plain\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        multipart.writeBytes(file);
        multipart.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] body = multipart.toByteArray();

        // Half of it, then the connection goes away.
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                            + "\r\nAuthorization: Bearer " + researcher
                            + "\r\nIdempotency-Key: \"upload-1\"\r\nContent-Type: multipart/form-data; boundary="
                            + boundary + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(Arrays.copyOf(body, body.length / 2));
            out.flush();
        }
        Thread.sleep(500); // the node notices the closed connection

        assertThat(attachments(id)).isEmpty();
        assertThat(storedFiles()).isEmpty();

        TestHttp.Response retried =
                V3Calls.upload(base, path, researcher, "project.txt", "text/plain", file, boundary, "upload-1");
        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        TestHttp.Response again =
                V3Calls.upload(base, path, researcher, "project.txt", "text/plain", file, boundary, "upload-1");
        assertThat(V3Calls.json(again).path("id").asText())
                .isEqualTo(V3Calls.json(retried).path("id").asText());
        List<JsonNode> stored = attachments(id);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).path("size").asLong()).isEqualTo(file.length);
        assertThat(storedFiles()).hasSize(1);
    }

    private static List<JsonNode> attachments(String id) throws Exception {
        JsonNode list = V3Calls.json(
                V3Calls.send(base, "GET", "/api/v3/negotiations/" + id + "/attachments", researcher, null));
        return list.isArray()
                ? java.util.stream.StreamSupport.stream(list.spliterator(), false)
                        .toList()
                : List.of();
    }

    /** Every file under the node's attachments folder (temporary ones included). */
    private static List<Path> storedFiles() throws Exception {
        Path root = dir.resolve("attachments");
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
