package eu.eucaim.workstation.api.query.ast;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.query.ast.AstCondition.ConditionType;
import eu.eucaim.workstation.api.query.ast.AstOperation.Operand;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads and writes focus ASTs as focus's serde does ({@code src/ast.rs}): operations {@code {operand, children}},
 * conditions {@code {key, type, value}} plus Lens's {@code system}; fields it does not know (Lens's {@code nodeType},
 * an operation's {@code key}) are read past, as serde does. Written pretty, the text is what serde_json's
 * {@code to_string_pretty} makes of it (two spaces, {@code "key": value}, {@code []} when empty), which is the body
 * focus POSTs to a provider.
 */
public final class AstJson {
    /** Deeper than any query a person builds (Lens nests three levels); bounds the reader's recursion. */
    public static final int MAX_DEPTH = 32;

    private static final ObjectReader READER = Json.mapper()
            .reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

    private static final DefaultPrettyPrinter SERDE_PRETTY = serdePretty();

    private AstJson() {}

    /** @throws AstFormatException naming where the text stops being a focus AST */
    public static AstRequest read(String text) {
        JsonNode root;
        try {
            root = READER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AstFormatException("", "not JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new AstFormatException("", "expected a JSON object {\"ast\": {...}, \"id\": \"...\"}");
        }
        JsonNode ast = root.get("ast");
        if (ast == null || !ast.isObject() || !ast.has("operand")) {
            throw new AstFormatException(
                    "ast", "expected an operation {\"operand\": \"AND\"|\"OR\", \"children\": [...]}");
        }
        JsonNode id = root.get("id");
        if (id == null || !id.isTextual()) {
            throw new AstFormatException("id", "expected the query's id as a string");
        }
        return new AstRequest(operation(ast, "ast", 1), id.textValue());
    }

    private static AstNode node(JsonNode n, String path, int depth) {
        if (!n.isObject()) {
            throw new AstFormatException(path, "expected an operation or a condition object, got " + n.getNodeType());
        }
        if (n.has("operand")) {
            return operation(n, path, depth);
        }
        if (n.has("key")) {
            return condition(n, path);
        }
        throw new AstFormatException(
                path, "neither an operation (operand, children) nor a condition (key, type, value)");
    }

    private static AstOperation operation(JsonNode n, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new AstFormatException(path, "nested deeper than " + MAX_DEPTH + " operations");
        }
        Operand operand = constant(Operand.class, n.get("operand"), path + ".operand");
        JsonNode children = n.get("children");
        if (children == null || !children.isArray()) {
            throw new AstFormatException(path + ".children", "expected an array of operations and conditions");
        }
        List<AstNode> out = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            out.add(node(children.get(i), path + ".children[" + i + "]", depth + 1));
        }
        return new AstOperation(operand, out);
    }

    private static AstCondition condition(JsonNode n, String path) {
        JsonNode key = n.get("key");
        if (!key.isTextual()) {
            throw new AstFormatException(path + ".key", "expected a string");
        }
        ConditionType type = constant(ConditionType.class, n.get("type"), path + ".type");
        JsonNode value = n.get("value");
        if (value == null) {
            throw new AstFormatException(path + ".value", "missing");
        }
        JsonNode system = n.get("system");
        if (system != null && !system.isNull() && !system.isTextual()) {
            throw new AstFormatException(path + ".system", "expected a string");
        }
        String systemText = system == null || system.isNull() ? null : system.textValue();
        return new AstCondition(key.textValue(), type, value(value, path + ".value"), systemText);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonNode n, String path) {
        E[] all = type.getEnumConstants();
        if (n != null && n.isTextual()) {
            for (E e : all) {
                if (e.name().equals(n.textValue())) {
                    return e;
                }
            }
        }
        throw new AstFormatException(
                path, "expected one of " + Arrays.toString(all) + ", got " + (n == null ? "nothing" : n));
    }

    private static AstValue value(JsonNode n, String path) {
        if (n.isTextual()) {
            return new AstValue.Text(n.textValue());
        }
        if (n.isBoolean()) {
            return new AstValue.Flag(n.booleanValue());
        }
        if (n.isNumber()) {
            return new AstValue.Number(n.decimalValue());
        }
        if (n.isArray()) {
            List<String> values = new ArrayList<>();
            for (JsonNode v : n) {
                if (!v.isTextual()) {
                    throw new AstFormatException(path, "expected an array of strings, found " + v);
                }
                values.add(v.textValue());
            }
            return new AstValue.Texts(values);
        }
        if (n.isObject()) {
            return range(n, path);
        }
        throw new AstFormatException(
                path,
                "expected a string, an array of strings, a boolean, a number or a range " + "{min, max}, got "
                        + n.getNodeType());
    }

    private static AstValue range(JsonNode n, String path) {
        JsonNode min = present(n.get("min"));
        JsonNode max = present(n.get("max"));
        if (min == null && max == null) {
            throw new AstFormatException(path, "a range needs min, max or both");
        }
        if (min != null && max != null && min.isTextual() && max.isTextual()) {
            return new AstValue.DateRange(min.textValue(), max.textValue());
        }
        if ((min == null || min.isNumber()) && (max == null || max.isNumber())) {
            return new AstValue.NumRange(
                    min == null ? null : min.decimalValue(), max == null ? null : max.decimalValue());
        }
        throw new AstFormatException(
                path,
                "expected a range of numbers {\"min\": 30, \"max\": 70} or of dates "
                        + "{\"min\": \"2020-01-01\", \"max\": \"2020-12-31\"}, got " + n);
    }

    private static JsonNode present(JsonNode n) {
        return n == null || n.isNull() ? null : n;
    }

    /** One line, no spaces: {@code {"ast":{"operand":"OR","children":[]},"id":"…"}}. */
    public static String compact(AstRequest request) {
        return write(request, false);
    }

    /** As serde_json's {@code to_string_pretty}: what focus POSTs to a provider. */
    public static String pretty(AstRequest request) {
        return write(request, true);
    }

    private static String write(AstRequest request, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
            if (pretty) {
                g.setPrettyPrinter(SERDE_PRETTY.createInstance());
            }
            g.writeStartObject();
            g.writeFieldName("ast");
            write(g, request.ast());
            g.writeStringField("id", request.id());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, AstNode node) throws IOException {
        g.writeStartObject();
        if (node instanceof AstOperation o) {
            g.writeStringField("operand", o.operand().name());
            g.writeArrayFieldStart("children");
            for (AstNode child : o.children()) {
                write(g, child);
            }
            g.writeEndArray();
        } else if (node instanceof AstCondition c) {
            g.writeStringField("key", c.key());
            g.writeStringField("type", c.type().name());
            g.writeFieldName("value");
            write(g, c.value());
            if (c.system() != null) {
                g.writeStringField("system", c.system());
            }
        }
        g.writeEndObject();
    }

    private static void write(JsonGenerator g, AstValue value) throws IOException {
        if (value instanceof AstValue.Text t) {
            g.writeString(t.value());
        } else if (value instanceof AstValue.Texts t) {
            g.writeStartArray();
            for (String s : t.values()) {
                g.writeString(s);
            }
            g.writeEndArray();
        } else if (value instanceof AstValue.Flag f) {
            g.writeBoolean(f.value());
        } else if (value instanceof AstValue.Number n) {
            number(g, n.value());
        } else if (value instanceof AstValue.NumRange r) {
            g.writeStartObject();
            if (r.min() != null) {
                g.writeFieldName("min");
                number(g, r.min());
            }
            if (r.max() != null) {
                g.writeFieldName("max");
                number(g, r.max());
            }
            g.writeEndObject();
        } else if (value instanceof AstValue.DateRange r) {
            g.writeStartObject();
            g.writeStringField("min", r.min());
            g.writeStringField("max", r.max());
            g.writeEndObject();
        }
    }

    private static void number(JsonGenerator g, BigDecimal n) throws IOException {
        // As written: 5.0 stays 5.0 (focus's f64), 30 stays 30 (Lens's numbers); never 1E+3.
        g.writeNumber(n.toPlainString());
    }

    private static DefaultPrettyPrinter serdePretty() {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter p = new DefaultPrettyPrinter(separators);
        p.indentObjectsWith(indent);
        p.indentArraysWith(indent);
        return p;
    }
}
