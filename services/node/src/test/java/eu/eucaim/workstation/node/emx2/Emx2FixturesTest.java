package eu.eucaim.workstation.node.emx2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every query text of {@code fixtures/} (the README there says where each comes from) sent to a real node with the
 * demo catalogue of seed 1, as an EMX2 client sends it (POST {"query", "variables"}), and the reply compared, as
 * JSON, with the expected text next to it: {@code NAME.json}, an {@code errors} reply meaning status 400.
 *
 * <p>{@code -Demx2.fixtures.write=<fixtures dir in src/test/resources>} writes the replies instead (for review).
 */
class Emx2FixturesTest extends DemoNodeTest {

    static Stream<String> fixtures() throws Exception {
        try (Stream<Path> files = Files.list(dir())) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".graphql"))
                    .map(n -> n.substring(0, n.length() - ".graphql".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void answersAsExpected(String name) throws Exception {
        String query = Files.readString(dir().resolve(name + ".graphql"), StandardCharsets.UTF_8);
        Path variablesFile = dir().resolve(name + ".variables.json");
        @SuppressWarnings("unchecked")
        Map<String, Object> variables =
                Files.exists(variablesFile) ? Emx2Http.JSON.readValue(variablesFile.toFile(), Map.class) : null;

        Emx2Http.Reply reply = Emx2Http.post(node.baseUri(), "/Eucaim/graphql", query, variables);

        JsonNode actual = Emx2Http.JSON.readTree(reply.body());
        String write = System.getProperty("emx2.fixtures.write");
        if (write != null) {
            Files.writeString(
                    Path.of(write).resolve(name + ".json"),
                    Emx2Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
            return;
        }
        JsonNode expected = Emx2Http.JSON.readTree(dir().resolve(name + ".json").toFile());
        assertThat(actual).as(reply.body()).isEqualTo(expected);
        assertThat(reply.status()).isEqualTo(expected.has("errors") ? 400 : 200);
        assertThat(reply.contentType()).startsWith("application/json");
        // The other path and GET answer the same (GET only queries).
        if (!name.startsWith("bad-05") && variables == null) {
            assertThat(Emx2Http.JSON.readTree(Emx2Http.post(node.baseUri(), "/Eucaim/api/graphql", query, null)
                            .body()))
                    .isEqualTo(expected);
            assertThat(Emx2Http.JSON.readTree(
                            Emx2Http.get(node.baseUri(), "/Eucaim/graphql?query=" + Emx2Http.encode(query), null)
                                    .body()))
                    .isEqualTo(expected);
        }
    }

    private static Path dir() throws URISyntaxException {
        return Path.of(Emx2FixturesTest.class.getResource("fixtures").toURI());
    }
}
