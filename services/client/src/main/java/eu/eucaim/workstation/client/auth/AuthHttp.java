package eu.eucaim.workstation.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.auth.AuthException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * HTTP for sign-in: OkHttp with its default TLS (certificates and host names verified, never relaxed) and no
 * redirects followed, since a token or discovery answer that redirects is not one to trust.
 */
final class AuthHttp {
    static final OkHttpClient DEFAULT = new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(5))
            .callTimeout(Duration.ofSeconds(20))
            .followRedirects(false)
            .build();

    private AuthHttp() {}

    /** The status and body of a request, body read as JSON (null when it is not JSON). */
    record JsonAnswer(int status, JsonNode body) {}

    static JsonAnswer call(OkHttpClient http, Request request, String what) {
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            JsonNode json;
            try {
                json = text.isEmpty() ? null : Json.mapper().readTree(text);
            } catch (IOException notJson) {
                json = null;
            }
            return new JsonAnswer(response.code(), json);
        } catch (IOException e) {
            throw new AuthException(
                    "Cannot reach the sign-in provider for " + what + " ("
                            + request.url().host() + "): " + e.getMessage(),
                    e);
        }
    }

    /** Plain http only to this machine: anything else would send codes and tokens readable on the network. */
    static void requireSecure(URI uri, String what) {
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !loopbackHttp(uri)) {
            throw new AuthException("The " + what + " " + uri + " must use https (plain http only on this computer)");
        }
    }

    /** Plain http to this computer's loopback address. */
    static boolean loopbackHttp(URI uri) {
        String host = uri.getHost();
        return "http".equalsIgnoreCase(uri.getScheme())
                && ("127.0.0.1".equals(host) || "[::1]".equals(host) || "localhost".equalsIgnoreCase(host));
    }
}
