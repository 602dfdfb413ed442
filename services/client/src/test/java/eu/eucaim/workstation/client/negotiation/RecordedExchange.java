package eu.eucaim.workstation.client.negotiation;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * One exchange recorded with the real Negotiator v3 (the api module's test resources {@code negotiator-v3/}, shared
 * with the node's RecordedNegotiatorTest): the request as upstream's front end sent it, the reply as upstream sent
 * it. {@code path} is the encoded path without the query, as it went on the wire.
 */
record RecordedExchange(
        String name,
        String method,
        String path,
        List<Map.Entry<String, String>> query,
        JsonNode requestHeaders,
        JsonNode requestBody,
        int status,
        String contentType,
        JsonNode responseBody) {

    static final String FOLDER = "/negotiator-v3/";

    static RecordedExchange load(String name) {
        try (InputStream in = RecordedExchange.class.getResourceAsStream(FOLDER + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No recorded exchange " + FOLDER + name + ".json");
            }
            JsonNode file = Json.mapper().readTree(in);
            JsonNode request = file.path("request");
            JsonNode response = file.path("response");
            String target = request.path("path").asText();
            int q = target.indexOf('?');
            return new RecordedExchange(
                    name,
                    request.path("method").asText(),
                    q < 0 ? target : target.substring(0, q),
                    q < 0 ? List.of() : pairs(target.substring(q + 1)),
                    request.path("headers"),
                    orNull(request.path("body")),
                    response.path("status").asInt(),
                    response.path("headers").path("Content-Type").asText(null),
                    orNull(response.path("body")));
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    /** The names of every recorded exchange ({@code 07-request-create}, …), from the folder or the api's test jar. */
    static TreeSet<String> names() {
        URL folder = RecordedExchange.class.getResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException(FOLDER + " is not on the test classpath (the api's test jar)");
        }
        TreeSet<String> names = new TreeSet<>();
        try {
            if (folder.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false); // closing a cached JarFile would close the class loader's
                try (JarFile jar = connection.getJarFile()) {
                    jar.stream()
                            .map(e -> e.getName())
                            .filter(n -> n.startsWith(FOLDER.substring(1)) && n.endsWith(".json"))
                            .forEach(n -> names.add(stem(n)));
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                    files.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".json"))
                            .forEach(n -> names.add(stem(n)));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list " + folder, e);
        }
        return names;
    }

    /** Path segment {@code index} (0 is {@code api}), decoded: the ids the client is called with. */
    String segment(int index) {
        String[] segments = path.substring(1).split("/");
        return URLDecoder.decode(segments[index], StandardCharsets.UTF_8);
    }

    /** The recorded value of query parameter {@code name}. */
    String queryParameter(String name) {
        return query.stream()
                .filter(e -> e.getKey().equals(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(this.name + " has no query parameter " + name));
    }

    String requestHeader(String header) {
        return requestHeaders.path(header).asText(null);
    }

    boolean isError() {
        return status >= 400;
    }

    private static List<Map.Entry<String, String>> pairs(String query) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            pairs.add(Map.entry(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)));
        }
        return List.copyOf(pairs);
    }

    private static JsonNode orNull(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node;
    }

    private static String stem(String fileName) {
        String base = fileName.substring(fileName.lastIndexOf('/') + 1);
        return base.substring(0, base.length() - ".json".length());
    }
}
