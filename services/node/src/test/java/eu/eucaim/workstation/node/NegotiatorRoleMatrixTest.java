package eu.eucaim.workstation.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.node.auth.ProviderClient;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may do what in a negotiation (issue 15): every negotiation event, the resource events, and both post types,
 * each tried by the researcher who made the request, another researcher, the steward who represents its dataset, and
 * the access committee (and someone without a token), each on a negotiation of its own in the state the action needs. The expected table is
 * written out here, apart from the code: 2xx allowed, 403 a party who may not, 404 someone who is not a party (who may
 * not even learn that the negotiation exists).
 */
class NegotiatorRoleMatrixTest {
    /** The demo users, then someone without a token ("anonymous" has none in {@link #tokens}). */
    static final List<String> USERS = List.of("researcher", "agent", "steward", "admin", "anonymous");

    @TempDir
    static Path dir;

    static EucaimNode node;
    static URI base;
    static Map<String, String> tokens = new LinkedHashMap<>();
    static String represented;
    static String stewardsBiobank;
    static String otherBiobank;

    @BeforeAll
    static void start() throws Exception {
        node = EucaimNode.start(NodeConfig.defaults(dir, 1));
        base = node.baseUri();
        ProviderClient client = new ProviderClient(base);
        for (String user : USERS.subList(0, 4)) {
            tokens.put(user, client.login(user).accessToken());
        }
        Dataset mine = V3Calls.datasetOfBiobank(node, true);
        represented = mine.id();
        stewardsBiobank = mine.publisher().biobankId();
        otherBiobank = V3Calls.datasetOfBiobank(node, false).publisher().biobankId();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    /**
     * Expected status per user, in the order of {@link #USERS}: researcher, another researcher, steward, admin; and
     * 401 for anyone without a token, on every one of these routes.
     */
    private static int[] expect(int researcher, int other, int steward, int admin) {
        return new int[] {researcher, other, steward, admin, 401};
    }

    @Test
    void everyNegotiationEventAsUpstreamAllowsIt() throws Exception {
        Map<String, int[]> table = new LinkedHashMap<>();
        table.put("DRAFT SUBMIT", expect(200, 404, 404, 403));
        table.put("SUBMITTED APPROVE", expect(403, 404, 403, 200));
        table.put("SUBMITTED DECLINE", expect(403, 404, 403, 200));
        table.put("IN_PROGRESS PAUSE", expect(200, 404, 403, 200));
        table.put("PAUSED UNPAUSE", expect(200, 404, 403, 200));
        table.put("IN_PROGRESS ABANDON", expect(200, 404, 403, 200));
        table.put("PAUSED ABANDON", expect(200, 404, 403, 200));
        table.put("IN_PROGRESS CONCLUDE", expect(200, 404, 403, 200));
        assertTable(table, (state, event, user) -> {
            String id = negotiationIn(state);
            return put("/api/v3/negotiations/" + id + "/lifecycle/" + event, user);
        });
    }

    @Test
    void everyResourceEventAsUpstreamAllowsIt() throws Exception {
        Map<String, int[]> table = new LinkedHashMap<>();
        table.put("REPRESENTATIVE_CONTACTED MARK_AS_CHECKING_AVAILABILITY", expect(403, 404, 200, 403));
        table.put("REPRESENTATIVE_CONTACTED STEP_AWAY", expect(403, 404, 200, 403));
        table.put("REPRESENTATIVE_CONTACTED MARK_AS_UNREACHABLE", expect(403, 404, 403, 200));
        table.put("CHECKING_AVAILABILITY MARK_AS_AVAILABLE", expect(403, 404, 200, 403));
        table.put("CHECKING_AVAILABILITY MARK_AS_UNAVAILABLE", expect(403, 404, 200, 403));
        table.put(
                "CHECKING_AVAILABILITY MARK_AS_CURRENTLY_UNAVAILABLE_BUT_WILLING_TO_COLLECT",
                expect(403, 404, 200, 403));
        table.put("RESOURCE_AVAILABLE INDICATE_ACCESS_CONDITIONS", expect(403, 404, 200, 403));
        table.put("ACCESS_CONDITIONS_INDICATED ACCEPT_ACCESS_CONDITIONS", expect(200, 404, 403, 403));
        table.put("ACCESS_CONDITIONS_INDICATED DECLINE_ACCESS_CONDITIONS", expect(200, 404, 403, 403));
        table.put("ACCESS_CONDITIONS_MET GRANT_ACCESS_TO_RESOURCE", expect(403, 404, 200, 403));
        assertTable(table, (state, event, user) -> {
            String id = resourceIn(state);
            return put("/api/v3/negotiations/" + id + "/resources/" + represented + "/lifecycle/" + event, user);
        });
    }

    @Test
    void everyPostTypeAsUpstreamAllowsIt() throws Exception {
        Map<String, int[]> table = new LinkedHashMap<>();
        table.put("IN_PROGRESS PUBLIC", expect(201, 404, 201, 201));
        table.put("IN_PROGRESS PRIVATE-MINE", expect(201, 404, 201, 201));
        table.put("IN_PROGRESS PRIVATE-OTHER", expect(400, 404, 400, 400)); // not a biobank of this negotiation
        assertTable(table, (state, type, user) -> {
            String id = negotiationIn(state);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("text", "A message");
            body.put("type", type.startsWith("PRIVATE") ? "PRIVATE" : "PUBLIC");
            if (type.equals("PRIVATE-MINE")) {
                body.put("organizationId", stewardsBiobank);
            } else if (type.equals("PRIVATE-OTHER")) {
                body.put("organizationId", otherBiobank);
            }
            return send("POST", "/api/v3/negotiations/" + id + "/posts", user, body)
                    .status();
        });
    }

    @FunctionalInterface
    interface Attempt {
        int status(String state, String action, String user) throws Exception;
    }

    private static void assertTable(Map<String, int[]> table, Attempt attempt) throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, int[]> row : table.entrySet()) {
            String[] stateAndAction = row.getKey().split(" ");
            for (int u = 0; u < USERS.size(); u++) {
                int got = attempt.status(stateAndAction[0], stateAndAction[1], USERS.get(u));
                if (got != row.getValue()[u]) {
                    wrong.add(row.getKey() + " by " + USERS.get(u) + ": " + got + ", expected " + row.getValue()[u]);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** A new negotiation of the researcher's, with the steward's dataset, in {@code state}. */
    private static String negotiationIn(String state) throws Exception {
        String id = V3Calls.draft(
                base,
                tokens.get("researcher"),
                V3Calls.handOver(base, represented),
                NegotiatorFlowTest.completePayload());
        if (state.equals("DRAFT")) {
            return id;
        }
        ok(put("/api/v3/negotiations/" + id + "/lifecycle/SUBMIT", "researcher"));
        if (state.equals("SUBMITTED")) {
            return id;
        }
        ok(put("/api/v3/negotiations/" + id + "/lifecycle/APPROVE", "admin"));
        if (state.equals("PAUSED")) {
            ok(put("/api/v3/negotiations/" + id + "/lifecycle/PAUSE", "researcher"));
        }
        return id;
    }

    /** A negotiation in progress whose steward's dataset has reached {@code state}. */
    private static String resourceIn(String state) throws Exception {
        String id = negotiationIn("IN_PROGRESS");
        List<String[]> path = List.of(
                new String[] {"CHECKING_AVAILABILITY", "MARK_AS_CHECKING_AVAILABILITY", "steward"},
                new String[] {"RESOURCE_AVAILABLE", "MARK_AS_AVAILABLE", "steward"},
                new String[] {"ACCESS_CONDITIONS_INDICATED", "INDICATE_ACCESS_CONDITIONS", "steward"},
                new String[] {"ACCESS_CONDITIONS_MET", "ACCEPT_ACCESS_CONDITIONS", "researcher"});
        String reached = "REPRESENTATIVE_CONTACTED";
        for (String[] step : path) {
            if (reached.equals(state)) {
                break;
            }
            ok(put("/api/v3/negotiations/" + id + "/resources/" + represented + "/lifecycle/" + step[1], step[2]));
            reached = step[0];
        }
        assertThat(reached).isEqualTo(state);
        return id;
    }

    private static int put(String path, String user) {
        return send("PUT", path, user, null).status();
    }

    private static void ok(int status) {
        assertThat(status).isEqualTo(200);
    }

    private static JsonNode json(TestHttp.Response r) throws Exception {
        return V3Calls.json(r);
    }

    private static TestHttp.Response send(String method, String path, String user, Object body) {
        return V3Calls.send(base, method, path, user == null ? null : tokens.get(user), body);
    }
}
