package eu.eucaim.workstation.client;

import static eu.eucaim.workstation.client.Failures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.error.ErrorBody;
import eu.eucaim.workstation.api.error.MalformedResponseException;
import eu.eucaim.workstation.api.error.ServiceErrorException;
import eu.eucaim.workstation.api.error.ServiceUnreachableException;
import eu.eucaim.workstation.client.LoopbackServer.Answer;
import eu.eucaim.workstation.client.LoopbackServer.Received;
import eu.eucaim.workstation.common.NamedThreads;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.eclipse.jetty.server.MultiPartFormInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes against a real HTTP server on loopback that records what it received. */
class WriteRequestTest {
    record Draft(String title, int count, List<String> tags) {}

    record Saved(String id, String title) {}

    private static final Expected<Saved> SAVED = Expected.of(Saved.class, s -> s.id() != null);

    @TempDir
    Path temp;

    private LoopbackServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpTransport transport(Function<Received, Answer> answer) {
        server = LoopbackServer.start(answer);
        return new HttpTransport(ClientConfig.of(server.uri()));
    }

    @Test
    void everyMethodSendsItsJsonBodyAndKey() throws Exception {
        HttpTransport http = transport(r -> Answer.json(200, "{\"id\":\"d-1\",\"title\":\"" + r.method() + "\"}"));
        Draft draft = new Draft("Lung cohort ü", 3, List.of("CT", "MR"));
        byte[] expectedBody = Json.mapper().writeValueAsBytes(draft);
        Map<String, Function<okhttp3.HttpUrl, WriteRequest>> methods = Map.of(
                "POST", http::post,
                "PUT", http::put,
                "PATCH", http::patch,
                "DELETE", http::delete);
        for (var method : methods.entrySet()) {
            IdempotencyKey key = IdempotencyKey.random();
            Saved saved = method.getValue()
                    .apply(http.url("api/drafts/a b").build())
                    .json(draft)
                    .idempotencyKey(key)
                    .send(SAVED)
                    .get(10, TimeUnit.SECONDS);

            Received r = server.take();
            assertThat(r.method()).isEqualTo(method.getKey());
            assertThat(r.path()).isEqualTo("/api/drafts/a%20b");
            assertThat(r.header("Content-Type")).isEqualTo("application/json");
            assertThat(r.body()).isEqualTo(expectedBody);
            assertThat(r.header("Idempotency-Key")).isEqualTo("\"" + key.value() + "\"");
            assertThat(r.header("Authorization")).isNull();
            assertThat(saved).isEqualTo(new Saved("d-1", method.getKey()));
        }
    }

    @Test
    void anAcceptingTransportAsksForItsTypesOnReadsAndWritesAndRefusesAMalformedOne() throws Exception {
        HttpTransport json = transport(r -> Answer.json(200, "{\"id\":\"d-1\",\"title\":\"t\"}"));
        HttpTransport hal = json.accepting("application/hal+json, application/json");
        hal.get(hal.url("api/drafts/d-1").build(), SAVED).get(10, TimeUnit.SECONDS);
        hal.post(hal.url("api/drafts").build())
                .json(new Draft("t", 1, List.of()))
                .send(SAVED)
                .get(10, TimeUnit.SECONDS);
        json.get(json.url("api/drafts/d-1").build(), SAVED).get(10, TimeUnit.SECONDS);

        assertThat(server.take().header("Accept")).isEqualTo("application/hal+json, application/json");
        assertThat(server.take().header("Accept")).isEqualTo("application/hal+json, application/json");
        assertThat(server.take().header("Accept"))
                .as("the transport it came from")
                .isEqualTo("application/json");
        for (String bad : List.of("", "application/json, ", "json", "application/json; text/html")) {
            assertThatThrownBy(() -> json.accepting(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Not a media type in Accept: '");
        }
    }

    @Test
    void aRetriedActionSendsTheSameKeyAndANewActionAnother() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpTransport http = transport(r -> calls.incrementAndGet() == 1
                ? Answer.json(503, "{\"error\":\"unavailable\",\"message\":\"Try again\"}")
                : Answer.json(201, "{\"id\":\"t-" + calls.get() + "\"}"));
        IdempotencyKey key = IdempotencyKey.random();
        WriteRequest create = http.post(http.url("api/tickets").build())
                .json(new Draft("t", 1, List.of()))
                .idempotencyKey(key);

        ServiceErrorException first = failureOf(create.send(SAVED), ServiceErrorException.class);
        assertThat(first.retryable()).isTrue();
        // Sent again as it is (the caller's retry), and rebuilt from a queue with the stored key.
        create.send(SAVED).get(10, TimeUnit.SECONDS);
        http.post(http.url("api/tickets").build())
                .json(new Draft("t", 1, List.of()))
                .idempotencyKey(new IdempotencyKey(key.value()))
                .send(SAVED)
                .get(10, TimeUnit.SECONDS);
        http.post(http.url("api/tickets").build())
                .json(new Draft("t", 1, List.of()))
                .idempotencyKey(IdempotencyKey.random())
                .send(SAVED)
                .get(10, TimeUnit.SECONDS);

        List<String> keys =
                server.drain().stream().map(r -> r.header("Idempotency-Key")).toList();
        String sent = "\"" + key.value() + "\"";
        assertThat(keys).hasSize(4);
        assertThat(keys.subList(0, 3)).containsOnly(sent);
        assertThat(keys.get(3)).isNotEqualTo(sent);
    }

    @Test
    void aMultipartFormStreamsItsFileWithFieldsAndReportsProgressToTheTotal() throws Exception {
        HttpTransport http = transport(r -> Answer.json(201, "{\"id\":\"att-1\"}"));
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(content);
        Path pdf = Files.write(temp.resolve("consent form.pdf"), content);
        List<long[]> progress = new CopyOnWriteArrayList<>();

        long started = System.nanoTime();
        Saved saved = http.post(http.url("api/negotiations/n-1/attachments").build())
                .multipart(MultipartForm.create()
                        .field("description", "Signed consent – v2")
                        .file("file", pdf, "application/pdf")
                        .field("internal", "false"))
                .onUploadProgress((sent, total) -> progress.add(new long[] {sent, total}))
                .send(SAVED)
                .get(20, TimeUnit.SECONDS);
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(saved.id()).isEqualTo("att-1");

        Received r = server.take();
        assertThat(r.header("Content-Type")).startsWith("multipart/form-data; boundary=");
        Map<String, Part> parts = parse(r);
        assertThat(parts).containsOnlyKeys("description", "file", "internal");
        assertThat(text(parts.get("description"))).isEqualTo("Signed consent – v2");
        assertThat(text(parts.get("internal"))).isEqualTo("false");
        Part file = parts.get("file");
        assertThat(file.getSubmittedFileName()).isEqualTo("consent form.pdf");
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(content);

        long total = r.body().length;
        assertThat(Long.parseLong(r.header("Content-Length"))).isEqualTo(total);
        assertThat(progress).isNotEmpty();
        assertThat(progress).allSatisfy(p -> assertThat(p[1]).isEqualTo(total));
        assertThat(progress.get(progress.size() - 1)[0]).isEqualTo(total);
        assertThat(progress).extracting(p -> p[0]).isSorted();
        // Throttled: the first report, then at most one per interval, then the last (not one per 8 KiB write).
        assertThat(progress.size()).isLessThanOrEqualTo(2 + (int) (elapsedMs / ProgressBody.INTERVAL.toMillis()));
    }

    @Test
    void repliesWithoutBodyCompleteWithNull() throws Exception {
        Map<String, Answer> answers = Map.of(
                "/204", Answer.empty(204),
                "/200", Answer.empty(200),
                "/201", Answer.empty(201),
                "/200-with-body", Answer.json(200, "{\"ignored\":true}"));
        HttpTransport http = transport(r -> answers.get(r.path()));
        for (String path : answers.keySet()) {
            assertThat(http.delete(http.url(path.substring(1)).build()).send().get(10, TimeUnit.SECONDS))
                    .as(path)
                    .isNull();
        }
        // Asking for a value where none came is a malformed reply, as for a GET.
        assertThat(failureOf(http.put(http.url("204").build()).send(SAVED), MalformedResponseException.class))
                .hasMessageContaining("the body was empty");
    }

    @Test
    void aCreateOffersTheLocationItNamed() throws Exception {
        HttpTransport http = transport(r -> r.path().endsWith("/named")
                ? Answer.json(201, "{\"id\":\"42\"}").withHeader("Location", "/api/things/42")
                : Answer.json(201, "{\"id\":\"43\"}"));
        Created<Saved> named = http.post(http.url("api/things/named").build())
                .json(Map.of())
                .sendCreated(SAVED)
                .get(10, TimeUnit.SECONDS);
        assertThat(named.value().id()).isEqualTo("42");
        assertThat(named.location()).contains(server.uri().resolve("/api/things/42"));

        Created<Saved> unnamed = http.post(http.url("api/things/plain").build())
                .json(Map.of())
                .sendCreated(SAVED)
                .get(10, TimeUnit.SECONDS);
        assertThat(unnamed.location()).isEmpty();
    }

    @Test
    void aClientErrorCarriesTheServersErrorBody() {
        HttpTransport http = transport(
                r -> Answer.json(409, "{\"error\":\"conflict\",\"message\":\"A draft with this title exists\"}"));
        ServiceErrorException e = failureOf(
                http.post(http.url("api/drafts").build())
                        .json(new Draft("x", 1, List.of()))
                        .send(SAVED),
                ServiceErrorException.class);
        assertThat(e.status()).isEqualTo(409);
        assertThat(e.body()).isEqualTo(new ErrorBody("conflict", "A draft with this title exists"));
        assertThat(e.getMessage()).isEqualTo("A draft with this title exists");
        assertThat(e.retryable()).isFalse();
        // The same for a write that expects no body.
        assertThat(failureOf(http.delete(http.url("api/drafts/x").build()).send(), ServiceErrorException.class)
                        .body()
                        .error())
                .isEqualTo("conflict");
    }

    @Test
    void aFileThatCannotBeReadFailsAsALocalProblemAndSendsNothing() {
        HttpTransport http = transport(r -> Answer.empty(204));
        Path missing = temp.resolve("gone.pdf");
        UncheckedIOException e = failureOf(
                http.post(http.url("api/upload").build())
                        .multipart(MultipartForm.create().file("file", missing, "application/pdf"))
                        .send(),
                UncheckedIOException.class);
        assertThat(e).hasMessageContaining(missing.toString());
        assertThat(server.drain()).isEmpty();
    }

    @Test
    void cancellingAnUploadStopsSendingIt() throws Exception {
        // Larger than what the loopback socket buffers hold, so that the upload waits for the server to read.
        long size = 256L * 1024 * 1024;
        Path big = temp.resolve("big.bin");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(size); // sparse: no time or disk spent writing it
        }
        CountDownLatch read = new CountDownLatch(1);
        CompletableFuture<Long> receivedBytes = new CompletableFuture<>();
        ExecutorService threads = Executors.newCachedThreadPool(NamedThreads.daemon("test-slow-reader"));
        HttpServer slow = LoopbackServer.raw(
                exchange -> {
                    try (exchange) {
                        read.await(20, TimeUnit.SECONDS);
                        long n = 0;
                        byte[] buffer = new byte[64 * 1024];
                        try (InputStream in = exchange.getRequestBody()) {
                            for (int r; (r = in.read(buffer)) >= 0; ) {
                                n += r;
                            }
                        } catch (IOException ended) {
                            // the client went away: what came so far is the answer
                        }
                        receivedBytes.complete(n);
                    } catch (InterruptedException e) {
                        receivedBytes.completeExceptionally(e);
                    }
                },
                threads);
        try {
            HttpTransport http = new HttpTransport(ClientConfig.of(LoopbackServer.uri(slow)));
            CompletableFuture<Long> firstProgress = new CompletableFuture<>();
            AtomicLong lastSent = new AtomicLong();
            CompletableFuture<Void> upload = http.post(http.url("api/upload").build())
                    .multipart(MultipartForm.create().file("file", big, "application/octet-stream"))
                    .onUploadProgress((sent, total) -> {
                        lastSent.set(sent);
                        firstProgress.complete(sent);
                    })
                    .send();
            assertThat(firstProgress.get(10, TimeUnit.SECONDS)).isPositive();

            assertThat(upload.cancel(true)).isTrue();
            read.countDown();

            // Without the cancel the server would read all of it (the call has no overall time limit).
            assertThat(receivedBytes.get(20, TimeUnit.SECONDS)).isLessThan(size);
            assertThat(lastSent.get()).isLessThan(size);
            assertThat(upload).isCancelled();
        } finally {
            slow.stop(0);
            threads.shutdownNow();
        }
    }

    @Test
    void aWriteWhoseConnectionDropsIsNotSentAgainByItself() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        ExecutorService threads = Executors.newCachedThreadPool(NamedThreads.daemon("test-dropper"));
        HttpServer dropping = LoopbackServer.raw(
                exchange -> {
                    LoopbackServer.readAll(exchange.getRequestBody());
                    if (requests.incrementAndGet() == 1) {
                        exchange.sendResponseHeaders(204, -1);
                        exchange.close();
                        return;
                    }
                    // The server may have acted on the request; the reply is lost with the connection.
                    throw new IOException("dropped on purpose");
                },
                threads);
        try {
            HttpTransport http = new HttpTransport(ClientConfig.of(LoopbackServer.uri(dropping)));
            // A first call leaves a kept-alive connection, which the second reuses: after a failure on a reused
            // connection OkHttp would normally send the request again on a new one.
            http.post(http.url("api/tickets").build()).send().get(10, TimeUnit.SECONDS);
            failureOf(
                    http.post(http.url("api/tickets").build())
                            .json(new Draft("t", 1, List.of()))
                            .idempotencyKey(IdempotencyKey.random())
                            .send(SAVED),
                    ServiceUnreachableException.class);
            assertThat(requests).hasValue(2);
        } finally {
            dropping.stop(0);
            threads.shutdownNow();
        }
    }

    private static Map<String, Part> parse(Received r) throws Exception {
        MultiPartFormInputStream in = new MultiPartFormInputStream(
                new ByteArrayInputStream(r.body()),
                r.header("Content-Type"),
                new MultipartConfigElement(System.getProperty("java.io.tmpdir")),
                null);
        Map<String, Part> parts = new java.util.LinkedHashMap<>();
        for (Part p : in.getParts()) {
            parts.put(p.getName(), p);
        }
        return parts;
    }

    private static String text(Part p) throws Exception {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
