package eu.eucaim.workstation.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.FederatedSearchResponse;
import eu.eucaim.workstation.api.query.ast.AstCondition;
import eu.eucaim.workstation.api.query.ast.AstCondition.ConditionType;
import eu.eucaim.workstation.api.query.ast.AstJson;
import eu.eucaim.workstation.api.query.ast.AstOperation;
import eu.eucaim.workstation.api.query.ast.AstRequest;
import eu.eucaim.workstation.api.query.ast.AstValue;
import eu.eucaim.workstation.api.query.ast.FocusAst;
import eu.eucaim.workstation.node.auth.ProviderClient;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three nodes with different seeds on loopback: for 60 random filter combinations per node, the whole answer of
 * {@code GET /api/federated-search} (every count, age range and value list) equals a brute-force count in Java
 * over that node's cohort rows; so does the answer of {@code POST /api/federated-search} for focus ASTs, of Lens's
 * shape and random trees, evaluated by {@link AstOracle}.
 */
class FederatedSearchCountsTest {
    static final int COMBINATIONS = 60;

    @TempDir
    static Path temp;

    static final List<EucaimNode> NODES = new ArrayList<>();

    @BeforeAll
    static void start() {
        for (long seed = 11; seed <= 13; seed++) {
            NODES.add(EucaimNode.start(NodeConfig.defaults(temp, seed).withDatasetCount(8)));
        }
    }

    @AfterAll
    static void stop() {
        NODES.forEach(EucaimNode::close);
    }

    @Test
    void everyCountOfTheGetAndThePostEqualsABruteForceCountOverTheCohort() throws Exception {
        Random random = new Random(20261125);
        int nonEmpty = 0;
        int empty = 0;
        for (EucaimNode node : NODES) {
            CohortOracle oracle = CohortOracle.read(node.dataSource());
            assertThat(oracle.studyCount()).isPositive();
            ProviderClient client = new ProviderClient(node.baseUri());
            String token = client.login("researcher").accessToken();
            assertThat(answer(client, token, CohortQuery.any())).isEqualTo(oracle.expected(CohortQuery.any()));
            for (int i = 0; i < COMBINATIONS; i++) {
                CohortQuery q = CohortOracle.randomQuery(random);
                FederatedSearchResponse expected = oracle.expected(q);
                assertThat(answer(client, token, q))
                        .as("seed %s, %s", node.config().seed(), q)
                        .isEqualTo(expected);
                // The same query as Lens's AST: the POST answers as the GET does.
                assertThat(posted(client, token, FocusAst.of(q)))
                        .as("seed %s, POST %s", node.config().seed(), q)
                        .isEqualTo(expected);
                // Any tree: several AND groups, IN, NOT_EQUALS, open ranges, strict comparisons, deeper nesting.
                AstOperation tree = AstOracle.randomTree(random);
                FederatedSearchResponse expectedForTree = oracle.expected(tree);
                assertThat(posted(client, token, tree))
                        .as("seed %s, %s", node.config().seed(), AstJson.compact(new AstRequest(tree, "t")))
                        .isEqualTo(expectedForTree);
                for (FederatedSearchResponse e : List.of(expected, expectedForTree)) {
                    if (e.total().subjectsCount() > 0) {
                        nonEmpty++;
                    } else {
                        empty++;
                    }
                }
            }
        }
        // The combinations must exercise real matches, not only empty answers.
        assertThat(nonEmpty).isGreaterThan(2 * COMBINATIONS);
        assertThat(empty).isPositive();
    }

    @Test
    void andOrInAndRangesWithOpenEndsAsTheExplorerSendsThem() throws Exception {
        EucaimNode node = NODES.get(0);
        CohortOracle oracle = CohortOracle.read(node.dataSource());
        ProviderClient client = new ProviderClient(node.baseUri());
        String token = client.login("researcher").accessToken();
        AstCondition male =
                condition("SNOMEDCT263495000", ConditionType.EQUALS, new AstValue.Text("SNOMEDCT248153007"));
        AstCondition mrOrCt =
                condition("RID10311", ConditionType.IN, new AstValue.Texts(List.of("RID10312", "RID10321")));
        AstCondition prostate =
                condition("SNOMEDCT439401001", ConditionType.EQUALS, new AstValue.Text("SNOMEDCT399068003"));
        AstCondition from50 = condition(
                "SNOMEDCT423493009", ConditionType.BETWEEN, new AstValue.NumRange(BigDecimal.valueOf(50), null));
        AstCondition lens04From50 = condition(
                "SNOMEDCT423493009",
                ConditionType.BETWEEN,
                new AstValue.NumRange(BigDecimal.valueOf(50), BigDecimal.ZERO));
        AstCondition to2010 = condition(
                "SNOMEDCT432213005", ConditionType.BETWEEN, new AstValue.NumRange(null, BigDecimal.valueOf(2010)));
        AstCondition from40to70 = condition("SNOMEDCT423493009", ConditionType.BETWEEN, AstValue.NumRange.of(40, 70));
        List<AstOperation> trees = List.of(
                lens(List.of(male, mrOrCt)),
                AstOperation.or(List.of(
                        AstOperation.and(List.of(AstOperation.or(List.of(male)), AstOperation.or(List.of(prostate)))),
                        AstOperation.and(
                                List.of(AstOperation.or(List.of(mrOrCt)), AstOperation.or(List.of(from40to70)))))),
                lens(List.of(from50, to2010)),
                lens(List.of(lens04From50)));
        for (AstOperation tree : trees) {
            FederatedSearchResponse expected = oracle.expected(tree);
            assertThat(expected.total().subjectsCount())
                    .as("a tree that matches nobody tests little")
                    .isPositive();
            assertThat(posted(client, token, tree)).isEqualTo(expected);
        }
        // OR widens, AND narrows; Lens 0.4's {min: 50, max: 0} means what {min: 50} does.
        long both = posted(client, token, trees.get(1)).total().subjectsCount();
        long first =
                posted(client, token, lens(List.of(male, prostate))).total().subjectsCount();
        assertThat(both).isGreaterThan(first);
        assertThat(posted(client, token, lens(List.of(lens04From50))))
                .isEqualTo(posted(client, token, lens(List.of(from50))));
    }

    @Test
    void aConditionTheNodeCannotAnswerIs422NamingTheKey() {
        EucaimNode node = NODES.get(0);
        ProviderClient client = new ProviderClient(node.baseUri());
        String token = client.login("researcher").accessToken();
        record Case(AstCondition condition, String error, String says) {}
        List<Case> cases = List.of(
                new Case(
                        condition("SNOMEDCT1", ConditionType.EQUALS, new AstValue.Text("x")),
                        "unknown_key",
                        "Unknown key"),
                new Case(
                        condition("SNOMEDCT263495000", ConditionType.EQUALS, AstValue.Number.of(1)),
                        "wrong_value_type",
                        "it must be a string"),
                new Case(
                        condition("SNOMEDCT263495000", ConditionType.IN, new AstValue.Text("SNOMEDCT248153007")),
                        "wrong_value_type",
                        "array of strings"),
                new Case(
                        condition("SNOMEDCT423493009", ConditionType.BETWEEN, new AstValue.Text("50")),
                        "wrong_value_type",
                        "range of numbers"),
                new Case(
                        condition("SNOMEDCT423493009", ConditionType.EQUALS, AstValue.NumRange.of(1, 2)),
                        "wrong_value_type",
                        "a number"),
                new Case(
                        condition("SNOMEDCT423493009", ConditionType.IN, new AstValue.Texts(List.of("50"))),
                        "unsupported_type",
                        "it takes EQUALS"),
                new Case(
                        condition("RID10311", ConditionType.CONTAINS, new AstValue.Text("R")),
                        "unsupported_type",
                        "it takes EQUALS, NOT_EQUALS, IN"),
                new Case(
                        condition("RID10311", ConditionType.EQUALS, new AstValue.Text("RID99999")),
                        "unknown_value",
                        "Unknown value 'RID99999'"));
        for (Case c : cases) {
            // Deep in an otherwise good tree: the whole query is refused, not answered without that condition.
            AstOperation tree = AstOperation.or(List.of(
                    lens(List.of(condition(
                            "SNOMEDCT263495000", ConditionType.EQUALS, new AstValue.Text("SNOMEDCT248153007")))),
                    lens(List.of(c.condition()))));
            ProviderClient.Answer a =
                    client.request("POST", "/api/federated-search", token, AstJson.pretty(new AstRequest(tree, "id")));
            assertThat(a.status()).as(a.body()).isEqualTo(422);
            JsonNode body = a.json(JsonNode.class);
            assertThat(body.get("error").asText()).isEqualTo(c.error());
            assertThat(body.get("key").asText()).isEqualTo(c.condition().key());
            assertThat(body.get("message").asText())
                    .contains(c.says())
                    .contains(c.condition().key());
        }
    }

    @Test
    void aBodyThatIsNotAnAstIs400AndAnonymousIs401() {
        EucaimNode node = NODES.get(0);
        ProviderClient client = new ProviderClient(node.baseUri());
        String token = client.login("researcher").accessToken();
        Map<String, String> bodies = Map.of(
                "{\"ast\": ", "not JSON",
                "{\"id\": \"q\"}", "ast: expected an operation",
                "{\"id\": \"q\", \"ast\": {\"operand\": \"NOT\", \"children\": []}}", "ast.operand",
                "{\"id\": \"q\", \"ast\": {\"operand\": \"OR\", \"children\": [{\"type\": \"EQUALS\"}]}}",
                        "ast.children[0]",
                "{\"ast\": {\"operand\": \"OR\", \"children\": []}}", "id");
        bodies.forEach((body, says) -> {
            ProviderClient.Answer a = client.request("POST", "/api/federated-search", token, body);
            assertThat(a.status()).as(body + " → " + a.body()).isEqualTo(400);
            assertThat(a.json(JsonNode.class).get("message").asText())
                    .contains("not a focus AST")
                    .contains(says);
        });
        String empty = AstJson.pretty(new AstRequest(AstOperation.or(List.of()), "id"));
        assertThat(client.request("POST", "/api/federated-search", null, empty).status())
                .isEqualTo(401);
        assertThat(client.request("POST", "/api/federated-search", token, empty).status())
                .isEqualTo(200);
    }

    private static AstCondition condition(String key, ConditionType type, AstValue value) {
        return new AstCondition(key, type, value, "");
    }

    /** Lens's nesting: OR(AND(OR(c) for each criterion)). */
    private static AstOperation lens(List<AstCondition> criteria) {
        return AstOperation.or(List.of(AstOperation.and(
                criteria.stream().map(c -> AstOperation.or(List.of(c))).toList())));
    }

    static FederatedSearchResponse posted(ProviderClient client, String token, AstOperation ast) {
        // As focus sends it: pretty-printed, with Lens's "<uuid>__search__<uuid>" id.
        String id = "a6f1ccf3-ebf1-424f-9d69-4e5d135f2340__search__a6f1ccf3-ebf1-424f-9d69-4e5d135f2340";
        ProviderClient.Answer a =
                client.request("POST", "/api/federated-search", token, AstJson.pretty(new AstRequest(ast, id)));
        assertThat(a.status()).as("%s → %s", ast, a.body()).isEqualTo(200);
        return a.json(FederatedSearchResponse.class);
    }

    @Test
    void differentSeedsHoldDifferentCohorts() {
        List<FederatedSearchResponse> all = new ArrayList<>();
        for (EucaimNode node : NODES) {
            ProviderClient client = new ProviderClient(node.baseUri());
            all.add(answer(client, client.login("researcher").accessToken(), CohortQuery.any()));
        }
        assertThat(all.get(0)).isNotEqualTo(all.get(1));
        assertThat(all.get(1)).isNotEqualTo(all.get(2));
    }

    static FederatedSearchResponse answer(ProviderClient client, String token, CohortQuery q) {
        ProviderClient.Answer a = client.get("/api/federated-search" + CohortOracle.queryString(q), token);
        assertThat(a.status()).as("%s → %s", q, a.body()).isEqualTo(200);
        return a.json(FederatedSearchResponse.class);
    }
}
