package eu.eucaim.workstation.node;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import eu.eucaim.workstation.api.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Real HTTP on loopback with the JDK client, reading bodies with the shared mapper. */
final class TestHttp {
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param headers the reply's headers (names in lower case, as the JDK client gives them) */
    record Response(
            int status, String contentType, String body, java.util.Map<String, java.util.List<String>> headers) {
        /** The first value of header {@code name}, or null. */
        String header(String name) {
            java.util.List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        <T> T as(Class<T> type) {
            return read(body, Json.mapper().constructType(type));
        }

        <T> T as(TypeReference<T> type) {
            return read(body, Json.mapper().constructType(type));
        }

        private static <T> T read(String body, JavaType type) {
            try {
                return Json.mapper().readValue(body, type);
            } catch (IOException e) {
                throw new UncheckedIOException("Not the JSON expected: " + body, e);
            }
        }
    }

    private TestHttp() {}

    static Response get(URI base, String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET());
    }

    static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r =
                    CLIENT.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(""),
                    r.body(),
                    r.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET that must answer 200, read as {@code type}. */
    static <T> T getOk(URI base, String pathAndQuery, Class<T> type) {
        Response r = get(base, pathAndQuery);
        if (r.status() != 200) {
            throw new AssertionError("GET " + pathAndQuery + " answered " + r.status() + ": " + r.body());
        }
        return r.as(type);
    }

    static <T> T getOk(URI base, String pathAndQuery, TypeReference<T> type) {
        Response r = get(base, pathAndQuery);
        if (r.status() != 200) {
            throw new AssertionError("GET " + pathAndQuery + " answered " + r.status() + ": " + r.body());
        }
        return r.as(type);
    }
}
