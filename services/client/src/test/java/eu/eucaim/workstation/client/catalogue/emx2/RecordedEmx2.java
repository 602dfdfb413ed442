package eu.eucaim.workstation.client.catalogue.emx2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.client.LoopbackServer;
import eu.eucaim.workstation.client.LoopbackServer.Answer;
import eu.eucaim.workstation.client.LoopbackServer.Received;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper: an EMX2 server on loopback (the JDK's, through {@link LoopbackServer}) that answers the client's
 * GraphQL requests and RDF reads with the fixtures of one naming style ({@code dcat/} or {@code directory/}): the
 * {@code _schema} reply, the page reply, the ontology rows asked for labels, the overview, one collection as Turtle.
 * It keeps every GraphQL query text it received.
 */
final class RecordedEmx2 implements AutoCloseable {
    private static final Pattern LABEL_QUERY = Pattern.compile("(t\\d+): (\\w+)\\(");

    final List<String> queries = new CopyOnWriteArrayList<>();
    private final String style;
    private final LoopbackServer server;

    RecordedEmx2(String style) {
        this.style = style;
        this.server = LoopbackServer.start(this::answer);
    }

    java.net.URI uri() {
        return server.uri();
    }

    private Answer answer(Received r) {
        if (r.method().equals("GET") && r.path().equals("/Eucaim/api/rdf/Collections")) {
            return new Answer(200, "text/turtle", bytes(style + "/collection.ttl"), Map.of());
        }
        if (!r.method().equals("POST") || !r.path().equals("/Eucaim/graphql")) {
            return Answer.json(404, "{\"errors\":[{\"message\":\"no such path " + r.path() + "\"}]}");
        }
        String query;
        try {
            query = Json.mapper().readTree(r.body()).path("query").asText();
        } catch (IOException e) {
            return Answer.json(400, "{\"errors\":[{\"message\":\"bad body\"}]}");
        }
        queries.add(query);
        if (query.contains("_schema")) {
            return Answer.json(200, text(style + "/schema.json"));
        }
        if (query.contains("_groupBy")) {
            return Answer.json(200, text(style + "/page.json"));
        }
        Matcher m = LABEL_QUERY.matcher(query);
        if (m.find()) {
            return labels(m.reset());
        }
        return Answer.json(200, text(style + "/overview.json"));
    }

    /** Every row of each asked table (EMX2 would filter them; the client must pick the ones it asked for). */
    private Answer labels(Matcher m) {
        try {
            JsonNode all = Json.mapper().readTree(text(style + "/labels.json"));
            ObjectNode data = Json.mapper().createObjectNode();
            while (m.find()) {
                data.set(m.group(1), all.path(m.group(2)));
            }
            ObjectNode reply = Json.mapper().createObjectNode();
            reply.set("data", data);
            return Answer.json(200, Json.mapper().writeValueAsString(reply));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        try (InputStream in = RecordedEmx2.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
