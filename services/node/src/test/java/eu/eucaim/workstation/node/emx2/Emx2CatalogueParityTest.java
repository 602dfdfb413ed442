package eu.eucaim.workstation.node.emx2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A catalogue page with facets asked the EMX2 way (one GraphQL request: the page, {@code _agg} and, per facet, a
 * {@code _groupBy} whose filter leaves out that facet's own selection) answers what {@code /api/catalogue/datasets}
 * answers for the same selection: the same datasets in the same order, the same total, the same facet counts.
 */
class Emx2CatalogueParityTest extends DemoNodeTest {
    private static Map<String, String> bodyParts;
    private static Map<String, String> manufacturers;

    @BeforeAll
    static void lookUpTerms() throws Exception {
        JsonNode terms = graphql("{ Body_parts { name label } Manufacturer { name label } }", null)
                .path("data");
        bodyParts = byLabel(terms.path("Body_parts"));
        manufacturers = byLabel(terms.path("Manufacturer"));
    }

    @ParameterizedTest(name = "[{index}] ?{0}")
    @ValueSource(
            strings = {
                "",
                "modality=MR",
                "modality=MR&modality=CT&country=PL&country=PT",
                "bodyPart=breast&manufacturer=Siemens",
                "condition=SNOMEDCT363358000&modality=CT",
                "q=cohort",
                "q=breast&modality=MG",
                "country=XX"
            })
    void pageAndFacetsEqualTheRestSearch(String restQuery) throws Exception {
        Emx2Http.Reply restReply = Emx2Http.get(
                node.baseUri(), "/api/catalogue/datasets?size=20" + (restQuery.isEmpty() ? "" : "&" + restQuery), null);
        assertThat(restReply.status()).as(restReply.body()).isEqualTo(200);
        JsonNode rest = Emx2Http.JSON.readTree(restReply.body());
        Map<String, List<String>> selected = new LinkedHashMap<>();
        String q = null;
        for (String pair : restQuery.isEmpty() ? new String[0] : restQuery.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals("q")) {
                q = kv[1];
            } else {
                selected.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(emx2Name(kv[0], kv[1]));
            }
        }
        JsonNode data = graphql(FacetPageQuery.PAGE, FacetPageQuery.variables(selected, q))
                .path("data");

        List<String> restIds = new ArrayList<>();
        rest.path("items").forEach(d -> restIds.add(d.path("id").asText()));
        List<String> emx2Ids = new ArrayList<>();
        data.path("Collections").forEach(c -> emx2Ids.add(c.path("id").asText()));
        assertThat(emx2Ids).isEqualTo(restIds);
        assertThat(data.path("Collections_agg").path("count").asLong())
                .isEqualTo(rest.path("total").asLong());
        for (Map.Entry<String, String> facet : FacetPageQuery.COLUMNS.entrySet()) {
            Map<String, Long> expected = new TreeMap<>();
            rest.path("facets").path(facet.getKey()).forEach(v -> {
                if (v.path("count").asLong() > 0) {
                    expected.put(
                            emx2Name(facet.getKey(), v.path("value").asText()),
                            v.path("count").asLong());
                }
            });
            Map<String, Long> actual = new TreeMap<>();
            data.path(facet.getValue()).forEach(g -> {
                JsonNode term = g.path(facet.getValue());
                if (!term.isNull()) {
                    actual.put(term.path("name").asText(), g.path("count").asLong());
                }
            });
            assertThat(actual).as(facet.getKey()).isEqualTo(expected);
        }
        long accessTotal = 0;
        for (JsonNode g : data.path("accessRights")) {
            accessTotal += g.path("count").asLong();
        }
        assertThat(accessTotal)
                .as("every match has one access right")
                .isEqualTo(rest.path("total").asLong());
        Map<String, Long> conditions = new TreeMap<>();
        rest.path("facets").path("accessCondition").forEach(v -> {
            if (v.path("count").asLong() > 0) {
                conditions.put(v.path("value").asText(), v.path("count").asLong());
            }
        });
        Map<String, String> statements =
                Map.of("3738936814", "DOWNLOAD", "3738205646", "IN_SITU_PROCESSING", "2750586429", "REMOTE_PROCESSING");
        Map<String, Long> byStatement = new TreeMap<>();
        data.path("accessCondition").forEach(g -> {
            JsonNode rights = g.path("distribution").path("rights");
            if (!rights.isMissingNode() && !rights.isNull()) {
                byStatement.put(
                        statements.get(rights.path("id").asText()),
                        g.path("count").asLong());
            }
        });
        assertThat(byStatement).as("access conditions").isEqualTo(conditions);
    }

    /** A REST facet value as the name of its ontology term in the EMX2 model. */
    private static String emx2Name(String facet, String value) {
        return switch (facet) {
            case "condition" -> "SNOMED-CT:" + value.substring("SNOMEDCT".length());
            case "bodyPart" -> bodyParts.getOrDefault(value.toLowerCase(Locale.ROOT), value);
            case "manufacturer" -> manufacturers.getOrDefault(value.toLowerCase(Locale.ROOT), value);
            default -> value;
        };
    }

    private static Map<String, String> byLabel(JsonNode terms) {
        Map<String, String> byLabel = new HashMap<>();
        terms.forEach(t -> byLabel.putIfAbsent(
                t.path("label").asText().toLowerCase(Locale.ROOT),
                t.path("name").asText()));
        return byLabel;
    }

    private static JsonNode graphql(String query, Map<String, Object> variables) throws Exception {
        Emx2Http.Reply reply = Emx2Http.post(node.baseUri(), "/Eucaim/graphql", query, variables);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return Emx2Http.JSON.readTree(reply.body());
    }
}
