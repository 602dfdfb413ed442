package eu.eucaim.workstation.node.http;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.error.ErrorBody;
import eu.eucaim.workstation.node.storage.Database;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A create retried with the same Idempotency-Key happens once, on a real server over a real database: H2
 * ({@link H2IdempotencyTest}) and PostgreSQL ({@code eu.eucaim.workstation.node.PostgresIdempotencyTest}).
 */
public abstract class IdempotencyContract {
    /** A new, empty database of the kind under test, migrated. */
    protected abstract Database openDatabase() throws Exception;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The clock of the kept keys, moved by the test. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final AtomicInteger created = new AtomicInteger();
    private final TestClock clock = new TestClock();
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private final CountDownLatch entered = new CountDownLatch(1);
    private Database db;
    private ApiServer server;

    /** Callers named by a test header: the guard of this test only. */
    private static Caller caller(io.javalin.http.Context ctx) {
        String user = ctx.header("X-Test-User");
        return user == null
                ? Caller.ANONYMOUS
                : new Caller("test-issuer#" + user, "test-issuer", user, user, Set.of(), Set::of);
    }

    @BeforeEach
    void start() throws Exception {
        db = openDatabase();
        server = ApiServer.start(
                "127.0.0.1",
                0,
                List.of(ApiRoute.create("/things", Access.PUBLIC, RequestBody.json(1024), (ctx, caller) -> {
                    entered.countDown();
                    hold.await(10, TimeUnit.SECONDS);
                    Map<?, ?> body = JsonBody.read(ctx, Map.class);
                    if ("bad".equals(body.get("name"))) {
                        throw ApiException.badRequest("name: 'bad' is not a name");
                    }
                    int id = created.incrementAndGet();
                    return Reply.created(URI.create("/things/" + id), Map.of("id", id, "name", body.get("name")));
                })),
                (ctx, access) -> caller(ctx),
                new Idempotency(db.dataSource(), clock));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private HttpResponse<String> post(String body, String key, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/things"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        if (user != null) {
            b.header("X-Test-User", user);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstReplyAndCreatesNothing() throws Exception {
        HttpResponse<String> first = post("{\"name\":\"a\"}", "\"key-1\"", "alice");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Location")).hasValue("/things/1");
        assertThat(first.headers().firstValue(Idempotency.REPLAYED)).isEmpty();

        HttpResponse<String> retry = post("{\"name\":\"a\"}", "key-1", "alice");
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Location")).hasValue("/things/1");
        assertThat(retry.headers().firstValue(Idempotency.REPLAYED)).hasValue("true");
        assertThat(created).as("quoted and bare, the same key: one thing").hasValue(1);
    }

    @Test
    void theSameKeyForAnotherRequestIs422() throws Exception {
        post("{\"name\":\"a\"}", "\"key-2\"", "alice");
        HttpResponse<String> other = post("{\"name\":\"b\"}", "\"key-2\"", "alice");
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(Json.mapper().readValue(other.body(), ErrorBody.class).error())
                .isEqualTo("idempotency_key_reused");
        assertThat(created).hasValue(1);
    }

    @Test
    void keysBelongToTheirCaller() throws Exception {
        post("{\"name\":\"a\"}", "\"shared\"", "alice");
        HttpResponse<String> bob = post("{\"name\":\"a\"}", "\"shared\"", "bob");
        assertThat(bob.statusCode()).isEqualTo(201);
        assertThat(bob.headers().firstValue(Idempotency.REPLAYED)).isEmpty();
        assertThat(created).hasValue(2);
    }

    @Test
    void withoutAKeyEveryRequestRuns() throws Exception {
        post("{\"name\":\"a\"}", null, "alice");
        post("{\"name\":\"a\"}", null, "alice");
        assertThat(created).hasValue(2);
    }

    @Test
    void aFailedRequestKeepsNothingSoItsRetryRuns() throws Exception {
        assertThat(post("{\"name\":\"bad\"}", "\"key-3\"", "alice").statusCode())
                .isEqualTo(400);
        assertThat(post("{\"name\":\"bad\"}", "\"key-3\"", "alice").statusCode())
                .as("run again, not replayed")
                .isEqualTo(400);
        assertThat(created).hasValue(0);
    }

    @Test
    void retriesWhileTheFirstStillRunsAre409AndTheHandlerRunsOnce() throws Exception {
        hold = new CountDownLatch(1);
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
            try {
                return post("{\"name\":\"slow\"}", "\"key-4\"", "alice");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(entered.await(10, TimeUnit.SECONDS))
                .as("the first request runs its handler")
                .isTrue();
        List<CompletableFuture<HttpResponse<String>>> retries = IntStream.range(0, 7)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        return post("{\"name\":\"slow\"}", "\"key-4\"", "alice");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .toList();
        for (CompletableFuture<HttpResponse<String>> retry : retries) {
            HttpResponse<String> concurrent = retry.get(20, TimeUnit.SECONDS);
            assertThat(concurrent.statusCode()).isEqualTo(409);
            assertThat(concurrent.body()).contains("still being handled");
        }
        hold.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        assertThat(post("{\"name\":\"slow\"}", "\"key-4\"", "alice").headers().firstValue(Idempotency.REPLAYED))
                .hasValue("true");
        assertThat(created).hasValue(1);
    }

    @Test
    void keysAreKeptForADay() throws Exception {
        post("{\"name\":\"a\"}", "\"key-5\"", "alice");
        clock.now = clock.now.plus(Idempotency.KEPT).plus(Duration.ofMinutes(1));
        HttpResponse<String> later = post("{\"name\":\"a\"}", "\"key-5\"", "alice");
        assertThat(later.headers().firstValue(Idempotency.REPLAYED)).isEmpty();
        assertThat(created).hasValue(2);
    }

    @Test
    void aKeyThatIsNotOneIs400() throws Exception {
        HttpResponse<String> r = post("{\"name\":\"a\"}", "\"\"", "alice");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Idempotency-Key must be 1 to 255 visible ASCII characters");
        assertThat(post("{\"name\":\"a\"}", "\"" + "k".repeat(256) + "\"", "alice")
                        .statusCode())
                .isEqualTo(400);
        assertThat(created).hasValue(0);
    }
}
