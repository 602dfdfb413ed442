package eu.eucaim.workstation.api.query.spot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.eucaim.workstation.api.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The two base64 layers of a Spot query carrying a Focus AST: {@code B64(JSON{"lang":"ast","query":B64(JSON{"ast":…,
 * "id":…})})}, as the EUCAIM explorer (samply/eucaim-frontend {@code src/services/backend.service.ts}) sends it and
 * Focus reads it ({@code IntermediateRepQuery{lang, query}}). Newer Lens front ends name the inner field
 * {@code payload}; both are read, {@code query} is written.
 */
public final class SpotQuery {
    public static final String LANG = "ast";

    private SpotQuery() {}

    /** The {@code query} of a {@link LensQuery} for {@code astJson}, the {@code {"ast":…,"id":…}} JSON text. */
    public static String encode(String astJson) {
        ObjectNode outer = Json.mapper().createObjectNode();
        outer.put("lang", LANG);
        outer.put("query", base64(astJson));
        try {
            return base64(Json.mapper().writeValueAsString(outer));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An object node always writes", e);
        }
    }

    /**
     * The {@code {"ast":…,"id":…}} object inside a {@link LensQuery#query()}.
     *
     * @throws IllegalArgumentException naming the layer that is wrong: not base64, not JSON, another {@code lang},
     *                                  no inner query, or an inner JSON without an {@code ast} object
     */
    public static ObjectNode decode(String query) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("The query is missing");
        }
        JsonNode outer = json(base64Decode(query, "The query"), "The query");
        String lang = outer.path("lang").isTextual() ? outer.get("lang").asText() : null;
        if (!LANG.equals(lang)) {
            throw new IllegalArgumentException("The query's lang is " + (lang == null ? "missing" : "'" + lang + "'")
                    + "; this Spot takes 'ast' queries only");
        }
        JsonNode inner = outer.has("query") ? outer.get("query") : outer.get("payload");
        if (inner == null || !inner.isTextual()) {
            throw new IllegalArgumentException(
                    "The query has no inner query: expected {\"lang\":\"ast\",\"query\":\"<base64 of the AST JSON>\"}");
        }
        JsonNode ast = json(base64Decode(inner.asText(), "The inner query"), "The inner query");
        if (!ast.path("ast").isObject()) {
            throw new IllegalArgumentException(
                    "The inner query has no \"ast\" object: expected {\"ast\":{…},\"id\":…}");
        }
        return (ObjectNode) ast;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] base64Decode(String text, String what) {
        try {
            return Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not valid base64: " + e.getMessage());
        }
    }

    private static JsonNode json(byte[] bytes, String what) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(bytes);
        } catch (java.io.IOException e) {
            String message = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
            throw new IllegalArgumentException(what + " is not valid JSON: " + message);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(what + " is not a JSON object");
        }
        return node;
    }
}
