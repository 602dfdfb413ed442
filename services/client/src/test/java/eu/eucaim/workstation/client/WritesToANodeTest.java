package eu.eucaim.workstation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.error.ServiceErrorException;
import eu.eucaim.workstation.client.auth.RealSignIn;
import eu.eucaim.workstation.node.auth.NodeAuth;
import eu.eucaim.workstation.node.demo.DemoDataInstaller;
import eu.eucaim.workstation.node.http.Access;
import eu.eucaim.workstation.node.http.ApiRoute;
import eu.eucaim.workstation.node.http.ApiServer;
import eu.eucaim.workstation.node.http.Idempotency;
import eu.eucaim.workstation.node.http.JsonBody;
import eu.eucaim.workstation.node.http.ObjectRules;
import eu.eucaim.workstation.node.http.Reply;
import eu.eucaim.workstation.node.http.RequestBody;
import eu.eucaim.workstation.node.storage.Database;
import eu.eucaim.workstation.node.storage.JdbcTarget;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes end to end: the client's transport (bearer token, JSON bodies, an idempotency key) against the node's HTTP
 * stack (its guard with real tokens, the Caller, an idempotent create, an object rule), assembled as the node
 * assembles itself, with a small resource of this test's own until a feature writes.
 */
class WritesToANodeTest {
    record Thing(String id, String name) {}

    private static final Expected<Thing> THING = Expected.of(Thing.class, t -> t.id() != null);

    @TempDir
    static Path temp;

    static Database db;
    static ApiServer server;
    static URI base;
    static final Map<String, Thing> things = new ConcurrentHashMap<>();
    static final Map<String, String> creators = new ConcurrentHashMap<>();
    static final AtomicInteger creates = new AtomicInteger();

    @BeforeAll
    static void start() {
        System.setProperty("eucaim.auth.pbkdf2.iterations", "10000");
        db = Database.open(JdbcTarget.h2File(temp.resolve("node-8")));
        DemoDataInstaller.ensureInstalled(db, 8, 2);
        NodeAuth auth = NodeAuth.open(db.dataSource());
        RequestBody json = RequestBody.json(4096);
        List<ApiRoute> routes = new ArrayList<>(auth.routes());
        routes.add(ApiRoute.create("/api/things", Access.SIGNED_IN, json, (ctx, caller) -> {
            String id = "t" + creates.incrementAndGet();
            things.put(id, new Thing(id, JsonBody.read(ctx, Thing.class).name()));
            creators.put(id, caller.account());
            return Reply.created(URI.create("/api/things/" + id), things.get(id));
        }));
        routes.add(ApiRoute.patch("/api/things/{id}", Access.SIGNED_IN, json, (ctx, caller) -> {
            String id = ctx.pathParam("id");
            ObjectRules.requireCreatorOrAdmin(caller, creators.get(id), "rename this thing");
            things.put(id, new Thing(id, JsonBody.read(ctx, Thing.class).name()));
            ctx.json(things.get(id));
        }));
        routes.add(ApiRoute.delete("/api/things/{id}", Access.SIGNED_IN, (ctx, caller) -> {
            things.remove(ctx.pathParam("id"));
            ctx.status(204);
        }));
        server = ApiServer.start(
                "127.0.0.1", 0, routes, auth.guard(), new Idempotency(db.dataSource(), Clock.systemUTC()));
        base = URI.create("http://127.0.0.1:" + server.port());
        auth.started(base);
    }

    @AfterAll
    static void stop() {
        server.close();
        db.close();
    }

    @Test
    void aRetriedCreateHappensOnceThenTheCreatorRenamesAndDeletesIt() throws Exception {
        HttpTransport http = new HttpTransport(ClientConfig.of(base), RealSignIn.as(base, "researcher"));
        IdempotencyKey key = IdempotencyKey.random();
        Created<Thing> first = http.post(http.url("api/things").build())
                .json(Map.of("name", "phantom"))
                .idempotencyKey(key)
                .sendCreated(THING)
                .get(10, TimeUnit.SECONDS);
        Created<Thing> retry = http.post(http.url("api/things").build())
                .json(Map.of("name", "phantom"))
                .idempotencyKey(key)
                .sendCreated(THING)
                .get(10, TimeUnit.SECONDS);
        assertThat(retry.value()).isEqualTo(first.value());
        assertThat(retry.location())
                .isEqualTo(first.location())
                .hasValue(base.resolve("/api/things/" + first.value().id()));
        assertThat(creates).as("the retry created nothing").hasValue(1);

        Thing renamed = http.patch(http.url("api/things")
                        .addPathSegment(first.value().id())
                        .build())
                .json(Map.of("name", "chest phantom"))
                .send(THING)
                .get(10, TimeUnit.SECONDS);
        assertThat(renamed.name()).isEqualTo("chest phantom");

        HttpTransport other = new HttpTransport(ClientConfig.of(base), RealSignIn.as(base, "agent"));
        assertThatThrownBy(() -> other.patch(http.url("api/things")
                                .addPathSegment(first.value().id())
                                .build())
                        .json(Map.of("name", "mine now"))
                        .send(THING)
                        .get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(ServiceErrorException.class)
                .hasMessageContaining("Only whoever created it, or an admin, may rename this thing");

        http.delete(http.url("api/things").addPathSegment(first.value().id()).build())
                .send()
                .get(10, TimeUnit.SECONDS);
        assertThat(things).doesNotContainKey(first.value().id());
    }
}
