package eu.eucaim.workstation.api.query.spot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.query.FederatedSearchResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Spot/Beam wire types against the examples of Beam, Focus and the EUCAIM explorer (resources spot/README.md). */
class SpotWireTest {
    @Test
    void readsTheResultsOfBeamsReadme() throws IOException {
        List<TaskResult> results = SpotFixtures.read("beam-readme-sse.txt")
                .lines()
                .filter(l -> l.startsWith("data: "))
                .map(l -> read(l.substring("data: ".length())))
                .toList();
        assertThat(results).hasSize(2);
        assertThat(results.get(0).status()).isEqualTo(WorkStatus.PERMFAILED);
        assertThat(results.get(0).site()).isEqualTo("proxy1");
        assertThat(results.get(0).body()).isEqualTo("Unable to decrypt quantum state");
        assertThat(results.get(0).metadata().get("complex").asText()).startsWith("A map");
        assertThat(results.get(1).status()).isEqualTo(WorkStatus.SUCCEEDED);
        assertThat(results.get(1).to()).containsExactly("app1.proxy1.broker");
        assertThat(results.get(1).task()).isEqualTo("70c0aa90-bfcf-4312-a6af-42cbd57dc0b8");
        assertThat(results).allMatch(TaskResult::complete);
    }

    @Test
    void writesAResultInBeamsFieldOrderWithMetadataNull() throws IOException {
        TaskResult claimed = new TaskResult(
                TaskResult.focusOf("node-2", "localhost"),
                List.of("spot.node.broker.localhost"),
                "t",
                WorkStatus.CLAIMED,
                "null",
                null);
        assertThat(Json.mapper().writeValueAsString(claimed))
                .isEqualTo("{\"from\":\"focus.node-2.broker.localhost\",\"to\":[\"spot.node.broker.localhost\"],"
                        + "\"task\":\"t\",\"status\":\"claimed\",\"body\":\"null\",\"metadata\":null}");
        assertThat(read(Json.mapper().writeValueAsString(claimed))).isEqualTo(claimed);
    }

    @Test
    void aResultWithoutItsSiteOrStatusIsNotComplete() {
        assertThat(read("{\"from\":\"focus\",\"to\":[],\"task\":\"t\",\"status\":\"claimed\",\"body\":\"\"}")
                        .complete())
                .isFalse();
        assertThat(read("{\"from\":\"focus.a.broker\",\"to\":[],\"task\":\"t\",\"body\":\"\"}")
                        .complete())
                .isFalse();
    }

    @Test
    void aQueryRoundTripsTheAstOfFocusTests() throws IOException {
        String ast = SpotFixtures.read("focus-ast-just-right.json").strip();
        String query = SpotQuery.encode(ast);
        JsonNode outer = Json.mapper().readTree(Base64.getDecoder().decode(query));
        assertThat(outer.get("lang").asText()).isEqualTo("ast");
        assertThat(new String(Base64.getDecoder().decode(outer.get("query").asText()), StandardCharsets.UTF_8))
                .isEqualTo(ast);
        assertThat(SpotQuery.decode(query)).isEqualTo(Json.mapper().readTree(ast));
    }

    @Test
    void readsTheInnerQueryNamedPayloadAsNewerLensesSendIt() throws IOException {
        String ast = SpotFixtures.read("focus-ast-empty.json").strip();
        String outer = "{\"lang\":\"ast\",\"payload\":\"" + b64(ast) + "\"}";
        assertThat(SpotQuery.decode(b64(outer)).get("id").asText())
                .endsWith("__search__ef8bae78-522c-498c-b7db-3f96f279a1a0");
    }

    @Test
    void sayWhichLayerOfABadQueryIsWrong() {
        assertThatThrownBy(() -> SpotQuery.decode("not base64!")).hasMessageContaining("The query is not valid base64");
        assertThatThrownBy(() -> SpotQuery.decode(b64("{nope"))).hasMessageContaining("The query is not valid JSON");
        assertThatThrownBy(() -> SpotQuery.decode(b64("[1]"))).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> SpotQuery.decode(b64("{\"lang\":\"cql\",\"lib\":{}}")))
                .hasMessageContaining("lang is 'cql'");
        assertThatThrownBy(() -> SpotQuery.decode(b64("{\"lang\":\"ast\"}"))).hasMessageContaining("no inner query");
        assertThatThrownBy(() -> SpotQuery.decode(b64("{\"lang\":\"ast\",\"query\":\"%%\"}")))
                .hasMessageContaining("The inner query is not valid base64");
        assertThatThrownBy(
                        () -> SpotQuery.decode(b64("{\"lang\":\"ast\",\"query\":\"" + b64("{\"id\":\"x\"}") + "\"}")))
                .hasMessageContaining("no \"ast\" object");
        assertThatThrownBy(() -> SpotQuery.decode(" ")).hasMessageContaining("missing");
    }

    @Test
    void readsTheExplorersSiteAnswersWithModalityOrModalities() throws IOException {
        SiteAnswer chaimeleon =
                Json.mapper().readValue(SpotFixtures.read("eucaim-frontend-chaimeleon-site.json"), SiteAnswer.class);
        assertThat(chaimeleon.provider()).isEqualTo("CHAIMELEON");
        assertThat(chaimeleon.collections().get(0).modalities()).containsExactly("MR", "CT", "DX", "Unknown");
        assertThat(chaimeleon.total()).isNull();
        // No total on the wire: summed over the collections.
        assertThat(chaimeleon.response().total()).isEqualTo(new FederatedSearchResponse.Total(1149 + 288, 1149 + 288));

        SiteAnswer procanceri =
                Json.mapper().readValue(SpotFixtures.read("eucaim-frontend-procanceri-site.json"), SiteAnswer.class);
        assertThat(procanceri.collections())
                .extracting(FederatedSearchResponse.Collection::modalities)
                .containsOnly(List.of("MR", "SC"));
        assertThat(procanceri.collections().get(0).ageRange()).isEqualTo(new FederatedSearchResponse.AgeRange(0, 91));
    }

    private static TaskResult read(String json) {
        try {
            return Json.mapper().readValue(json, TaskResult.class);
        } catch (IOException e) {
            throw new AssertionError(json, e);
        }
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
