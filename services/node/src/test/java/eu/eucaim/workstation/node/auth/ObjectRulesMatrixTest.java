package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.node.catalogue.CatalogueReadModel;
import eu.eucaim.workstation.node.demo.DemoDataInstaller;
import eu.eucaim.workstation.node.http.ApiRoute;
import eu.eucaim.workstation.node.http.ApiServer;
import eu.eucaim.workstation.node.http.Idempotency;
import eu.eucaim.workstation.node.storage.Database;
import eu.eucaim.workstation.node.storage.JdbcTarget;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The object rules (creator, representative, admin, who may see) × every kind of caller, on a server assembled as
 * the node assembles itself (its database, its sign-in and guard, its membership lookup), with real tokens. The
 * routes are {@link NotesFixture}'s until features write; each later feature adds its own rows here.
 */
class ObjectRulesMatrixTest {
    /** Callers in column order: "anonymous" sends no token; "researcher2" is a second researcher. */
    static final List<String> CALLERS = List.of("anonymous", "researcher", "researcher2", "steward", "admin", "agent");

    /** One row: a request and the status each caller gets, in {@link #CALLERS} order. */
    record Row(String method, Supplier<String> path, String json, List<Integer> expected) {}

    @TempDir
    static Path temp;

    static Database db;
    static ApiServer server;
    static ProviderClient client;
    static final Map<String, String> TOKENS = new LinkedHashMap<>();
    static String stewardsDataset;
    static String othersDataset;

    @BeforeAll
    static void start() throws Exception {
        System.setProperty("eucaim.auth.pbkdf2.iterations", "10000");
        db = Database.open(JdbcTarget.h2File(temp.resolve("node-7")));
        DemoDataInstaller.ensureInstalled(db, 7, 12);
        CatalogueReadModel catalogue = CatalogueReadModel.load(db);
        NodeAuth auth = NodeAuth.open(db.dataSource());
        TestUsers.add(db.dataSource(), "researcher2", Role.RESEARCHER);
        List<ApiRoute> routes = new ArrayList<>(auth.routes());
        routes.addAll(new NotesFixture(catalogue).routes());
        server = ApiServer.start(
                "127.0.0.1", 0, routes, auth.guard(), new Idempotency(db.dataSource(), Clock.systemUTC()));
        URI base = URI.create("http://127.0.0.1:" + server.port());
        auth.started(base);
        client = new ProviderClient(base);
        for (String user : CALLERS.subList(1, CALLERS.size())) {
            TOKENS.put(user, client.login(user).accessToken());
        }
        Set<String> represented = new Memberships(db.dataSource()).representedBiobanks("demo-steward");
        assertThat(represented).hasSize(2);
        List<Dataset> all = catalogue
                .current()
                .search(new DatasetQuery("", Map.of(), 0, 200))
                .items();
        stewardsDataset = all.stream()
                .filter(d -> represented.contains(d.publisher().biobankId()))
                .findFirst()
                .orElseThrow()
                .id();
        othersDataset = all.stream()
                .filter(d -> !d.observationalStudy()
                        && !represented.contains(d.publisher().biobankId()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @AfterAll
    static void stop() {
        server.close();
        db.close();
    }

    /** A note the researcher creates now (a fresh one for every DELETE). */
    static String note(String datasetId) {
        String json = datasetId == null ? "{\"text\":\"t\"}" : "{\"text\":\"t\",\"datasetId\":\"" + datasetId + "\"}";
        ProviderClient.Answer a = client.request("POST", "/api/test/notes", TOKENS.get("researcher"), json);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return "/api/test/notes/" + a.json(Map.class).get("id");
    }

    private static Row row(String method, Supplier<String> path, String json, Integer... expected) {
        return new Row(method, path, json, List.of(expected));
    }

    @Test
    void everyObjectRuleAnswersEveryCallerAsTheMatrixSays() {
        String plain = note(null);
        String onStewardsDataset = note(stewardsDataset);
        List<Row> matrix = List.of(
                // anonymous, researcher (creator), researcher2, steward, admin, agent
                row("POST", () -> "/api/test/notes", "{\"text\":\"x\"}", 401, 201, 201, 201, 201, 201),
                row("GET", () -> plain, null, 401, 200, 404, 404, 200, 404),
                row("HEAD", () -> plain, null, 401, 200, 404, 404, 200, 404),
                row("GET", () -> onStewardsDataset, null, 401, 200, 404, 200, 200, 404),
                row("PATCH", () -> plain, "{\"text\":\"y\"}", 401, 200, 404, 404, 200, 404),
                row("PATCH", () -> onStewardsDataset, "{\"text\":\"y\"}", 401, 200, 404, 403, 200, 404),
                row("DELETE", () -> note(null), null, 401, 204, 404, 404, 204, 404),
                row("DELETE", () -> note(stewardsDataset), null, 401, 204, 404, 403, 204, 404),
                row(
                        "PUT",
                        () -> "/api/test/datasets/" + stewardsDataset + "/remark",
                        "{}",
                        401,
                        403,
                        403,
                        200,
                        403,
                        403),
                row("PUT", () -> "/api/test/datasets/" + othersDataset + "/remark", "{}", 401, 403, 403, 403, 403, 403),
                row("POST", () -> "/api/test/approvals/n1", null, 401, 403, 403, 403, 200, 403),
                row("GET", () -> "/api/test/notes/no-such-note", null, 401, 404, 404, 404, 404, 404));
        List<String> mismatches = new ArrayList<>();
        for (Row r : matrix) {
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                String path = r.path().get();
                int status = client.request(r.method(), path, TOKENS.get(caller), r.json())
                        .status();
                if (status != r.expected().get(i)) {
                    mismatches.add(r.method() + " " + path + " as " + caller + ": " + status + ", expected "
                            + r.expected().get(i));
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
