package eu.eucaim.workstation.node.emx2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.eucaim.workstation.node.http.Access;
import eu.eucaim.workstation.node.http.ApiRoute;
import eu.eucaim.workstation.node.http.RequestBody;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue's EMX2 endpoints, anonymous as on a public EMX2 schema: GraphQL at {@code /Eucaim/graphql} and
 * {@code /Eucaim/api/graphql} (POST {@code {"query", "variables"}}, or GET {@code ?query=}), and one collection as
 * RDF at {@code /Eucaim/api/rdf/Collections?id=}. Replies are EMX2's: the GraphQL result, or status 400 with
 * {@code {"errors":[{"message": …}]}} (molgenis-emx2 {@code GraphqlApi}, {@code JsonExceptionMapper}).
 */
public final class Emx2Routes {
    private static final ObjectMapper JSON = new ObjectMapper(); // keeps nulls: a GraphQL reply lists every field asked
    /** GET without a query: EMX2 answers the type names of the schema. */
    private static final String DEFAULT_QUERY = "{\n  __schema {\n    types {\n      name\n    }\n  }\n}";

    private Emx2Routes() {}

    public static List<ApiRoute> of(Emx2Catalogue catalogue) {
        String schema = "/" + catalogue.model().schemaName();
        List<ApiRoute> routes = new ArrayList<>();
        for (String path : List.of(schema + "/graphql", schema + "/api/graphql")) {
            routes.add(ApiRoute.post(
                    path,
                    Access.PUBLIC,
                    RequestBody.json(RequestBody.DEFAULT_JSON_LIMIT),
                    (ctx, caller) -> post(ctx, catalogue)));
            routes.add(ApiRoute.get(path, Access.PUBLIC, (ctx, caller) -> {
                String query = ctx.queryParam("query");
                reply(ctx, catalogue, query == null ? DEFAULT_QUERY : query, null, true);
            }));
        }
        routes.add(ApiRoute.get(
                schema + "/api/rdf/Collections",
                Access.PUBLIC,
                (ctx, caller) -> Emx2RdfReply.collection(ctx, catalogue)));
        return routes;
    }

    private static void post(Context ctx, Emx2Catalogue catalogue) throws JsonProcessingException {
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            error(ctx, "Graphql API error: the request body is not JSON: " + e.getOriginalMessage());
            return;
        }
        if (body == null || !body.isObject() || !body.path("query").isTextual()) {
            error(ctx, "Graphql API error: the request body needs a \"query\" string");
            return;
        }
        JsonNode variables = body.get("variables");
        if (variables != null && !variables.isNull() && !variables.isObject()) {
            error(ctx, "Parsing of graphql variables failed. Should be an object with each graphql variable a key.");
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> vars =
                variables == null || variables.isNull() ? null : JSON.convertValue(variables, Map.class);
        reply(ctx, catalogue, body.get("query").asText(), vars, false);
    }

    private static void reply(
            Context ctx, Emx2Catalogue catalogue, String query, Map<String, Object> variables, boolean readOnly)
            throws JsonProcessingException {
        Map<String, Object> result;
        try {
            result = catalogue.graphql().execute(query, variables, catalogue.data(), readOnly);
        } catch (Emx2QueryException e) {
            error(ctx, e.getMessage());
            return;
        }
        ctx.status(200).contentType("application/json").result(JSON.writeValueAsString(result));
    }

    static void error(Context ctx, String message) throws JsonProcessingException {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        ctx.status(400)
                .contentType("application/json")
                .result(JSON.writeValueAsString(Map.of("errors", List.of(error))));
    }
}
