package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import eu.eucaim.workstation.node.attack.RawHttp;
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
 * Every protected endpoint of a real node × every kind of caller → the expected status, for GET and HEAD. Later
 * issues add a row per endpoint they protect; a route that needs a role shows its 403s here. The object rules
 * (creator, representative, admin) have their own matrix, {@link ObjectRulesMatrixTest}.
 */
class RoleMatrixTest {
    /**
     * Callers, in column order; "anonymous" sends no token; "trusted" is a researcher of a trusted issuer (a Keycloak
     * realm, its roles mapped from {@code realm_access.roles}) whom the node has not seen before the first row.
     */
    static final List<String> CALLERS = List.of("anonymous", "researcher", "steward", "admin", "agent", "trusted");

    /** One row: an endpoint and the status each caller gets, in {@link #CALLERS} order. */
    record Row(String path, int anonymous, int researcher, int steward, int admin, int agent, int trusted) {
        List<Integer> expected() {
            return List.of(anonymous, researcher, steward, admin, agent, trusted);
        }
    }

    static final List<Row> MATRIX = List.of(
            new Row("/api/me", 401, 200, 200, 200, 200, 200),
            new Row("/oauth2/userinfo", 401, 200, 200, 200, 200, 200),
            new Row("/api/federated-search", 401, 200, 200, 200, 200, 200),
            // Spot's result stream: any signed-in caller may ask; a task nobody posted is a 404 (SpotEndpointTest).
            new Row("/beam/7d3c4b2a-1f0e-4d5c-9b8a-6e5f4d3c2b1a", 401, 404, 404, 404, 404, 404),
            // DICOMweb: any signed-in caller; each study's use is then the image access policy's (DicomWebTest).
            new Row("/dicom-web/studies", 401, 200, 200, 200, 200, 200),
            new Row("/dicom-web/series", 401, 200, 200, 200, 200, 200),
            new Row("/dicom-web/instances", 401, 200, 200, 200, 200, 200),
            new Row("/dicom-web/studies/2.25.1/series", 401, 404, 404, 404, 404, 404),
            new Row("/dicom-web/studies/2.25.1/metadata", 401, 404, 404, 404, 404, 404),
            new Row("/dicom-web/studies/2.25.1", 401, 404, 404, 404, 404, 404),
            new Row("/dicom-web/studies/2.25.1/thumbnail", 401, 404, 404, 404, 404, 404),
            new Row("/dicom-web/studies/2.25.1/series/2.25.2/instances/2.25.3/frames/1", 401, 404, 404, 404, 404, 404),
            new Row("/dicom-web/studies/2.25.1/series/2.25.2/instances/2.25.3/rendered", 401, 404, 404, 404, 404, 404),
            // What the caller may do with a dataset's images (issue 16 item 5): anyone signed in asks for themselves.
            new Row("/api/catalogue/datasets/ds-s3-0001/image-access", 401, 200, 200, 200, 200, 200),
            new Row("/api/catalogue/datasets/no-such-dataset/image-access", 401, 404, 404, 404, 404, 404),
            // A dataset's retrieval log: its representative (the demo steward represents ds-s3-0001's biobank, not
            // ds-s3-0003's) and the admins; as JSON and as CSV.
            new Row("/api/catalogue/datasets/ds-s3-0001/retrievals", 401, 403, 200, 200, 403, 403),
            // The datasets whose log the caller may read (none for a researcher: an empty list, not a refusal).
            new Row("/api/images/logged-datasets", 401, 200, 200, 200, 200, 200),
            new Row("/api/images/studies/2.25.1/access", 401, 404, 404, 404, 404, 404),
            new Row("/api/catalogue/datasets/ds-s3-0001/retrievals?format=csv", 401, 403, 200, 200, 403, 403),
            new Row("/api/catalogue/datasets/ds-s3-0003/retrievals", 401, 403, 403, 200, 403, 403),
            new Row("/api/catalogue/datasets/no-such-dataset/retrievals", 401, 404, 404, 404, 404, 404),
            // Public routes, listed so that sign-in never closes them by accident.
            new Row("/api/health", 200, 200, 200, 200, 200, 200),
            new Row("/api/catalogue/summary", 200, 200, 200, 200, 200, 200),
            // The catalogue as EMX2 (docs/catalogue-emx2.md) is as public as the REST catalogue.
            new Row("/Eucaim/graphql?query=%7B_session%7Bemail%7D%7D", 200, 200, 200, 200, 200, 200),
            new Row("/Eucaim/api/graphql?query=%7BCollections_agg%7Bcount%7D%7D", 200, 200, 200, 200, 200, 200),
            new Row("/Eucaim/api/rdf/Collections?id=no-such-dataset", 404, 404, 404, 404, 404, 404),
            // Sample images of the (synthetic) demo datasets are a public catalogue preview: docs/demo-images.md.
            new Row("/api/catalogue/datasets/no-such-dataset/samples", 404, 404, 404, 404, 404, 404),
            new Row(
                    "/api/catalogue/datasets/no-such-dataset/samples/files/CT/IM00001.dcm",
                    404,
                    404,
                    404,
                    404,
                    404,
                    404));

    /** A POST endpoint with a body, and the status each caller gets, in {@link #CALLERS} order. */
    record PostRow(String path, String body, Row statuses) {}

    static final List<PostRow> POSTS = List.of(
            // The provider API with focus's AST: signed-in callers only.
            new PostRow(
                    "/api/federated-search",
                    "{\"ast\": {\"operand\": \"OR\", \"children\": []}, \"id\": \"m\"}",
                    new Row("", 401, 200, 200, 200, 200, 200)),
            // Spot: signed-in callers only; this body names no query, so the signed-in get its 400.
            new PostRow("/beam", "{}", new Row("", 401, 400, 400, 400, 400, 400)),
            // The EMX2 catalogue: public, as the EUCAIM catalogue is.
            new PostRow(
                    "/Eucaim/graphql",
                    "{\"query\": \"{Collections_agg{count}}\"}",
                    new Row("", 200, 200, 200, 200, 200, 200)),
            new PostRow(
                    "/Eucaim/api/graphql",
                    "{\"query\": \"{Collections_agg{count}}\"}",
                    new Row("", 200, 200, 200, 200, 200, 200)));

    @TempDir
    static Path temp;

    private static TestIssuer keycloak;
    private static EucaimNode node;
    private static ProviderClient client;
    private static final Map<String, String> TOKENS = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        keycloak = new TestIssuer("/realms/eucaim");
        node = EucaimNode.start(NodeConfig.defaults(temp, 3)
                .withDatasetCount(3)
                .withTrustedIssuerSettings(List.of(TrustedIssuerSettings.parse(
                        keycloak.url() + ";audience=account;roles=realm_access.roles;types=JWT"))));
        node.demoImagesPublished().join(); // DICOMweb answers 503 until then
        client = new ProviderClient(node.baseUri());
        for (String user : CALLERS.subList(1, CALLERS.size() - 1)) {
            TOKENS.put(user, client.login(user).accessToken());
        }
        TOKENS.put(
                "trusted",
                keycloak.sign(
                        JOSEObjectType.JWT,
                        keycloak.keycloakAccessToken("kc-researcher", List.of("researcher"))
                                .build()));
    }

    @AfterAll
    static void stop() {
        node.close();
        keycloak.close();
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheMatrixSays() {
        List<String> mismatches = new ArrayList<>();
        for (Row row : MATRIX) {
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                int status = client.get(row.path(), TOKENS.get(caller)).status();
                if (status != row.expected().get(i)) {
                    mismatches.add(row.path() + " as " + caller + ": " + status + ", expected "
                            + row.expected().get(i));
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyPostAnswersEveryCallerAsTheMatrixSays() {
        List<String> mismatches = new ArrayList<>();
        for (PostRow row : POSTS) {
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                int status = client.request("POST", row.path(), TOKENS.get(caller), row.body())
                        .status();
                if (status != row.statuses().expected().get(i)) {
                    mismatches.add("POST " + row.path() + " as " + caller + ": " + status + ", expected "
                            + row.statuses().expected().get(i));
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /** DNS rebinding: every endpoint, to every caller, refuses a Host that is not one of the node's names. */
    @Test
    void everyEndpointRefusesANameThatIsNotTheNodesToEveryCaller() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (Row row : MATRIX) {
            for (String caller : CALLERS) {
                String token = TOKENS.get(caller);
                RawHttp.Answer a = RawHttp.send(
                        node.baseUri(),
                        "GET " + row.path() + " HTTP/1.1\r\nHost: rebound.example:"
                                + node.baseUri().getPort()
                                + (token == null ? "" : "\r\nAuthorization: Bearer " + token)
                                + "\r\nConnection: close\r\n\r\n");
                if (a.status() != 421) {
                    mismatches.add(row.path() + " as " + caller + ": " + a.status());
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
