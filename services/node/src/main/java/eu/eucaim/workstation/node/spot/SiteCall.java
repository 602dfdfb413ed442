package eu.eucaim.workstation.node.spot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.query.spot.WorkStatus;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Asks one site's provider with the provider POST contract Focus uses ({@code src/intermediate_rep.rs}): the
 * pretty-printed {@code {"ast","id"}} JSON with the caller's {@code Authorization}; reply {@code {"collections":[…]}}.
 * The outcome is a final status and body as Focus would put them in its result.
 */
final class SiteCall {
    /** The most of a provider's error reply quoted in a failed result. */
    private static final int QUOTED = 300;

    /** A site's final status and the result body: base64 of the answer, or a failure in words. */
    record Outcome(WorkStatus status, String body) {}

    private final HttpClient http;
    private final Duration timeout;

    SiteCall(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    /**
     * @param authorization the caller's {@code Authorization} header, passed on as it came (null: none)
     * @return never completes exceptionally, except when cancelled
     */
    CompletableFuture<Outcome> ask(FederationSite site, String astJson, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(site.endpoint())
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(astJson, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        CompletableFuture<HttpResponse<String>> call =
                http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        CompletableFuture<Outcome> outcome = call.handle(
                (response, failure) -> failure != null ? unreachable(site, failure) : answered(site, response));
        outcome.whenComplete((o, failure) -> {
            if (outcome.isCancelled()) {
                call.cancel(true);
            }
        });
        return outcome;
    }

    private Outcome answered(FederationSite site, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return new Outcome(
                    WorkStatus.TEMPFAILED, site.name() + " failed (HTTP " + status + ")" + quote(response.body()));
        }
        if (status >= 300) {
            return new Outcome(
                    WorkStatus.PERMFAILED,
                    site.name() + " refused the query (HTTP " + status + ")" + quote(response.body()));
        }
        JsonNode answer;
        try {
            answer = Json.mapper().readTree(response.body());
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null || !answer.isObject() || !answer.path("collections").isArray()) {
            return new Outcome(
                    WorkStatus.PERMFAILED,
                    site.name() + " answered with something other than {\"collections\":[…]}" + quote(response.body()));
        }
        return new Outcome(WorkStatus.SUCCEEDED, Base64.getEncoder().encodeToString(withProvider(site, answer)));
    }

    /** As Focus does: the provider's name and icon in front of whatever the provider answered. */
    private static byte[] withProvider(FederationSite site, JsonNode answer) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("provider", site.name());
        body.put("provider_icon", "");
        for (Iterator<Map.Entry<String, JsonNode>> it = answer.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!body.has(field.getKey())) {
                body.set(field.getKey(), field.getValue());
            }
        }
        try {
            return Json.mapper().writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("A JSON tree always writes", e);
        }
    }

    private Outcome unreachable(FederationSite site, Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException) {
            return new Outcome(WorkStatus.TEMPFAILED, site.name() + " did not answer within " + describe(timeout));
        }
        String why = cause instanceof ConnectException
                ? "nothing listens there"
                : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new Outcome(WorkStatus.TEMPFAILED, site.name() + " could not be reached (" + why + ")");
    }

    static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String quote(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text = body.strip().replaceAll("\\s+", " ");
        return ": " + (text.length() > QUOTED ? text.substring(0, QUOTED) + "…" : text);
    }
}
