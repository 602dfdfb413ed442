package eu.eucaim.workstation.client.catalogue.emx2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.error.ErrorBody;
import eu.eucaim.workstation.api.error.ServiceErrorException;
import eu.eucaim.workstation.client.HttpTransport;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The two EMX2 APIs the client uses, anonymously: GraphQL ({@code POST /{schema}/graphql}, body
 * {@code {"query": …}}, as every EMX2 app sends it) and RDF ({@code GET /{schema}/api/rdf/…} as Turtle).
 *
 * <p>EMX2 answers a query it refuses with HTTP 400 and {@code {"errors":[{"message":…}]}} (molgenis-emx2
 * {@code GraphqlApi}, {@code JsonExceptionMapper}); a GraphQL server may also send {@code errors} with a 200. Either
 * becomes a {@link ServiceErrorException} with EMX2's message.
 */
final class Emx2Endpoint {
    private static final MediaType JSON = MediaType.get("application/json");

    private final HttpTransport http;
    private final String schema;

    Emx2Endpoint(HttpTransport http, String schema) {
        this.http = http;
        this.schema = schema;
    }

    String schema() {
        return schema;
    }

    String service() {
        return http.config().serviceName();
    }

    /** The {@code data} object of the reply to {@code query}. */
    CompletableFuture<JsonNode> query(String query) {
        byte[] body;
        try {
            body = Json.mapper().writeValueAsBytes(Map.of("query", query));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpUrl url = http.url(schema + "/graphql").build();
        return http.post(url, RequestBody.create(body, JSON), "application/json", null, this::data);
    }

    private JsonNode data(int status, String contentType, String body) throws IOException {
        JsonNode reply;
        try {
            reply = body.isBlank() ? null : Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            if (status / 100 != 2) {
                return null; // an error page: the typed HTTP error
            }
            throw new IOException("the GraphQL reply is not JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode errors = reply == null ? null : reply.get("errors");
        if (errors != null && errors.isArray() && !errors.isEmpty()) {
            String message = errors.get(0).path("message").asText("no message");
            throw new ServiceErrorException(
                    service(),
                    status,
                    new ErrorBody(
                            "graphql_error", "The catalogue refused the query (schema " + schema + "): " + message));
        }
        if (status / 100 != 2) {
            return null;
        }
        JsonNode data = reply == null ? null : reply.get("data");
        if (data == null || !data.isObject()) {
            throw new IOException("the GraphQL reply has no data");
        }
        return data;
    }

    /** The RDF graph at {@code path} under the schema's RDF API, read as Turtle. */
    CompletableFuture<Graph> turtle(String table, String column, String value) {
        HttpUrl url = http.url(schema + "/api/rdf/" + table)
                .addQueryParameter(column, value)
                .build();
        return http.stream(url, "text/turtle", (contentType, in) -> {
            Graph graph = GraphFactory.createDefaultGraph();
            try {
                RDFParser.source(in).base(url.toString()).lang(Lang.TURTLE).parse(graph);
            } catch (RiotException e) {
                throw new IOException("the Turtle is malformed: " + e.getMessage(), e);
            }
            return graph;
        });
    }
}
