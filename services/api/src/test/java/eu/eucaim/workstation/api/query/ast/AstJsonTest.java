package eu.eucaim.workstation.api.query.ast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.query.ast.AstCondition.ConditionType;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading and writing the upstream test vectors (src/test/resources/focus-ast/README.md says where each is from). */
class AstJsonTest {
    static final List<String> FIXTURES = List.of(
            "focus-ast-equals-ast.json",
            "focus-eucaim-api-empty.json",
            "focus-eucaim-api-just-right.json",
            "focus-eucaim-api-too-much.json",
            "focus-eucaim-sql-empty.json",
            "focus-cql-male-or-female.json",
            "focus-cql-all-glioms.json",
            "focus-cql-age-at-diagnosis-30-to-70.json",
            "focus-cql-age-at-diagnosis-lower-than-70.json",
            "focus-cql-c61-and-male.json",
            "focus-cql-all-gbn.json",
            "focus-cql-some-gbn.json",
            "focus-cql-lens2.json",
            "focus-cql-current.json",
            "focus-cql-vafan.json",
            "focus-cql-quote.json",
            "focus-cql-diagnosis-c30.json",
            "focus-cql-year-of-diagnosis-2000-to-2010.json",
            "focus-cql-body-site-left.json",
            "focus-cql-grading-low-grade.json",
            "focus-cql-tnm-t-2.json",
            "focus-cql-sample-kind-ffpe.json",
            "focus-cql-cce-male.json",
            "focus-cql-cce-alive.json");

    static String fixture(String name) {
        try (InputStream in = AstJsonTest.class.getResourceAsStream("/focus-ast/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Stream<String> fixtures() {
        return FIXTURES.stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyUpstreamVectorReadsAndWritesBackAsFocusKeepsIt(String name) throws IOException {
        String text = fixture(name);
        AstRequest read = AstJson.read(text);
        for (String written : List.of(AstJson.compact(read), AstJson.pretty(read))) {
            assertThat(AstJson.read(written)).as(name).isEqualTo(read);
            // What focus's serde keeps (plus Lens's system): everything but nodeType and an operation's extra fields.
            assertThat(tree(written)).as(name).isEqualTo(asFocusKeepsIt(tree(text)));
        }
    }

    @Test
    void focusOwnRoundTripIsByteExact() {
        // focus src/ast.rs test_deserialize_ast: the text, read and written compactly, is the same text.
        String text = fixture("focus-ast-equals-ast.json");
        assertThat(AstJson.compact(AstJson.read(text))).isEqualTo(text);
        AstCondition age = (AstCondition) AstJson.read(text).ast().children().get(0);
        assertThat(age.value()).isEqualTo(new AstValue.Number(new BigDecimal("5.0")));
    }

    @Test
    void lensBookExampleReads() {
        String text = "{\"ast\": " + fixture("lens-book-query-ast.json") + ", \"id\": \"x\"}";
        AstRequest r = AstJson.read(text);
        AstOperation first = (AstOperation) r.ast().children().get(0);
        AstOperation weight = (AstOperation) first.children().get(1);
        assertThat(weight.children())
                .containsExactly(new AstCondition(
                        "body_weight",
                        ConditionType.BETWEEN,
                        new AstValue.NumRange(BigDecimal.valueOf(30), BigDecimal.valueOf(100)),
                        null));
        assertThat(tree(AstJson.compact(r))).isEqualTo(asFocusKeepsIt(tree(text)));
    }

    @Test
    void valuesOfEveryKind() {
        AstRequest r = AstJson.read("{\"id\":\"q\",\"ast\":{\"operand\":\"AND\",\"children\":["
                + "{\"key\":\"a\",\"type\":\"EQUALS\",\"value\":\"x\"},"
                + "{\"key\":\"b\",\"type\":\"IN\",\"value\":[\"x\",\"y\"]},"
                + "{\"key\":\"c\",\"type\":\"EQUALS\",\"value\":true},"
                + "{\"key\":\"d\",\"type\":\"LOWER_THAN\",\"value\":12.50},"
                + "{\"key\":\"e\",\"type\":\"BETWEEN\",\"value\":{\"min\":50}},"
                + "{\"key\":\"f\",\"type\":\"BETWEEN\",\"value\":{\"min\":null,\"max\":70}},"
                + "{\"key\":\"g\",\"type\":\"BETWEEN\",\"value\":{\"min\":\"2020-01-01\",\"max\":\"2020-12-31\"}}]}}");
        assertThat(r.ast().children())
                .extracting(n -> ((AstCondition) n).value())
                .containsExactly(
                        new AstValue.Text("x"),
                        new AstValue.Texts(List.of("x", "y")),
                        new AstValue.Flag(true),
                        new AstValue.Number(new BigDecimal("12.50")),
                        new AstValue.NumRange(BigDecimal.valueOf(50), null),
                        new AstValue.NumRange(null, BigDecimal.valueOf(70)),
                        new AstValue.DateRange("2020-01-01", "2020-12-31"));
        // An open end is left out, as Lens 0.5 and later write it; the digits stay as they came.
        assertThat(AstJson.compact(r))
                .contains("\"value\":12.50")
                .contains("\"value\":{\"min\":50}")
                .contains("\"value\":{\"max\":70}");
    }

    @Test
    void prettyIsSerdeJsonsPrettyForm() {
        AstRequest r = new AstRequest(
                AstOperation.or(List.of(AstOperation.and(List.of(
                        AstOperation.or(List.of(new AstCondition(
                                "SNOMEDCT423493009", ConditionType.BETWEEN, AstValue.NumRange.of(50, 70), ""))),
                        AstOperation.or(List.of()))))),
                "id-1");
        // serde_json::to_string_pretty: two spaces, "key": value, every array element on its own line, [] when empty.
        assertThat(AstJson.pretty(r)).isEqualTo("""
                        {
                          "ast": {
                            "operand": "OR",
                            "children": [
                              {
                                "operand": "AND",
                                "children": [
                                  {
                                    "operand": "OR",
                                    "children": [
                                      {
                                        "key": "SNOMEDCT423493009",
                                        "type": "BETWEEN",
                                        "value": {
                                          "min": 50,
                                          "max": 70
                                        },
                                        "system": ""
                                      }
                                    ]
                                  },
                                  {
                                    "operand": "OR",
                                    "children": []
                                  }
                                ]
                              }
                            ]
                          },
                          "id": "id-1"
                        }""");
    }

    @Test
    void whatIsNotAnAstIsNamedWithItsPlace() {
        assertRefused("{\"ast\": ", "", "not JSON");
        assertRefused("[1]", "", "expected a JSON object");
        assertRefused("{\"id\":\"q\"}", "ast", "expected an operation");
        assertRefused("{\"ast\":{\"operand\":\"OR\",\"children\":[]}}", "id", "id as a string");
        assertRefused("{\"id\":\"q\",\"ast\":{\"operand\":\"XOR\",\"children\":[]}}", "ast.operand", "[AND, OR]");
        assertRefused("{\"id\":\"q\",\"ast\":{\"operand\":\"OR\"}}", "ast.children", "expected an array");
        assertRefused(
                "{\"id\":\"q\",\"ast\":{\"operand\":\"OR\",\"children\":[{\"type\":\"EQUALS\"}]}}",
                "ast.children[0]",
                "neither an operation");
        assertRefused("{\"id\":\"q\",\"ast\":{\"operand\":\"OR\",\"children\":[7]}}", "ast.children[0]", "NUMBER");
        assertRefused(condition("\"type\":\"LIKE\",\"value\":\"x\""), "ast.children[0].type", "CONTAINS");
        assertRefused(condition("\"type\":\"EQUALS\""), "ast.children[0].value", "missing");
        assertRefused(condition("\"type\":\"EQUALS\",\"value\":null"), "ast.children[0].value", "NULL");
        assertRefused(condition("\"type\":\"IN\",\"value\":[\"a\",1]"), "ast.children[0].value", "array of strings");
        assertRefused(condition("\"type\":\"BETWEEN\",\"value\":{}"), "ast.children[0].value", "min, max or both");
        assertRefused(
                condition("\"type\":\"BETWEEN\",\"value\":{\"min\":1,\"max\":\"2\"}"),
                "ast.children[0].value",
                "range of numbers");
        assertRefused(
                condition("\"type\":\"EQUALS\",\"value\":\"x\",\"system\":3"), "ast.children[0].system", "string");
    }

    @Test
    void nestingIsBounded() {
        String deep = "{\"operand\":\"OR\",\"children\":[]}";
        for (int i = 0; i < AstJson.MAX_DEPTH; i++) {
            deep = "{\"operand\":\"AND\",\"children\":[" + deep + "]}";
        }
        String text = "{\"id\":\"q\",\"ast\":" + deep + "}";
        assertThatThrownBy(() -> AstJson.read(text))
                .isInstanceOf(AstFormatException.class)
                .hasMessageContaining("nested deeper than " + AstJson.MAX_DEPTH);
    }

    private static String condition(String rest) {
        return "{\"id\":\"q\",\"ast\":{\"operand\":\"OR\",\"children\":[{\"key\":\"k\"," + rest + "}]}}";
    }

    private static void assertRefused(String text, String path, String says) {
        assertThatThrownBy(() -> AstJson.read(text))
                .as(text)
                .isInstanceOfSatisfying(
                        AstFormatException.class, e -> assertThat(e.path()).isEqualTo(path))
                .hasMessageContaining(says);
    }

    static JsonNode tree(String text) {
        try {
            return Json.mapper()
                    .reader()
                    .with(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .without(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                    .readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The fields focus's structs hold (and Lens's system): an operation's operand and children, a condition's four. */
    static JsonNode asFocusKeepsIt(JsonNode n) {
        ObjectNode copy = ((ObjectNode) n).deepCopy();
        keepOnly(copy.get("ast"));
        return copy;
    }

    private static void keepOnly(JsonNode n) {
        ObjectNode o = (ObjectNode) n;
        List<String> kept =
                o.has("operand") ? List.of("operand", "children") : List.of("key", "type", "value", "system");
        for (Iterator<String> names = o.fieldNames(); names.hasNext(); ) {
            if (!kept.contains(names.next())) {
                names.remove();
            }
        }
        if (o.has("children")) {
            ((ArrayNode) o.get("children")).forEach(AstJsonTest::keepOnly);
        }
    }
}
