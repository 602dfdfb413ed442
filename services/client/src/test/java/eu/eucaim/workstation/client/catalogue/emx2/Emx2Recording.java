package eu.eucaim.workstation.client.catalogue.emx2;

import com.fasterxml.jackson.core.type.TypeReference;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.client.LoopbackServer;
import eu.eucaim.workstation.client.LoopbackServer.Answer;
import eu.eucaim.workstation.client.LoopbackServer.Received;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Records what an EMX2 server answers the catalogue client, and plays it back: the way to turn a session against the
 * live EUCAIM catalogue into fixtures ({@code Emx2LiveCatalogueCheck} with {@code -Demx2.record=DIR} writes
 * {@code DIR/exchanges.json}; put it in {@code src/test/resources/.../emx2/recorded/<name>/} and
 * {@code Emx2RecordedRepliesTest} replays it). The recorder is a proxy on loopback that forwards each request to the
 * server (TLS verified, as any client of this project) and keeps request and reply as text.
 */
final class Emx2Recording {
    /** One request and the server's reply to it. */
    record Exchange(
            String method, String path, String query, String body, int status, String contentType, String reply) {
        boolean answers(Received r) {
            return method.equals(r.method())
                    && path.equals(r.path())
                    && Objects.equals(query, r.query())
                    && body.equals(r.bodyText());
        }
    }

    private Emx2Recording() {}

    /** A proxy in front of {@code server} that keeps every exchange. */
    static final class Recorder implements AutoCloseable {
        private final URI server;
        private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
        private final HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final LoopbackServer proxy;

        Recorder(URI server) {
            this.server = server;
            this.proxy = LoopbackServer.start(this::forward);
        }

        URI uri() {
            return proxy.uri();
        }

        List<Exchange> exchanges() {
            return List.copyOf(exchanges);
        }

        private Answer forward(Received r) {
            String target =
                    server.toString().replaceAll("/$", "") + r.path() + (r.query() == null ? "" : "?" + r.query());
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(60));
            for (String header : List.of("Accept", "Content-Type")) {
                if (r.header(header) != null) {
                    request.header(header, r.header(header));
                }
            }
            request.method(
                    r.method(),
                    r.body().length == 0
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(r.body()));
            try {
                HttpResponse<String> reply = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                String type = reply.headers().firstValue("Content-Type").orElse(null);
                exchanges.add(new Exchange(
                        r.method(), r.path(), r.query(), r.bodyText(), reply.statusCode(), type, reply.body()));
                return new Answer(reply.statusCode(), type, reply.body().getBytes(StandardCharsets.UTF_8), Map.of());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not forward to " + target, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        void save(Path file) throws IOException {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), exchanges());
        }

        @Override
        public void close() {
            proxy.close();
        }
    }

    static List<Exchange> load(Path file) throws IOException {
        return Json.mapper().readValue(file.toFile(), new TypeReference<List<Exchange>>() {});
    }

    /**
     * A server that answers each request with the recorded reply to the same method, path, query and body; any
     * other request gets a 404 naming it, so a client that asks something new fails loudly.
     */
    static LoopbackServer replay(List<Exchange> exchanges) {
        return LoopbackServer.start(r -> exchanges.stream()
                .filter(e -> e.answers(r))
                .findFirst()
                .map(e -> new Answer(e.status(), e.contentType(), e.reply().getBytes(StandardCharsets.UTF_8), Map.of()))
                .orElseGet(() -> Answer.json(
                        404,
                        "{\"errors\":[{\"message\":\"not in the recording: " + r.method() + " " + r.path() + "\"}]}")));
    }
}
