package eu.eucaim.workstation.client;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.error.ErrorBody;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the body of an HTTP error. Our node sends an {@link ErrorBody} (under {@code /api/v3}, the Negotiator's
 * problem shapes, read too); anything in between (a proxy's HTML 502,
 * a load balancer's plain-text 503) does not, and for those we make one up from the status and what little the
 * page says, so that the user still gets a sentence.
 */
final class ErrorBodies {
    private static final Pattern HTML_TITLE =
            Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final int MAX_DETAIL = 200;

    private ErrorBodies() {}

    /**
     * @param reason      the status line's reason phrase, may be empty (HTTP/2 has none)
     * @param contentType the Content-Type header or null
     * @param text        the body (possibly cut short), or null when it could not be read
     */
    static ErrorBody parse(String service, int status, String reason, String contentType, String text) {
        ErrorBody sent = asErrorBody(status, text);
        if (sent != null) {
            return sent;
        }
        String head = "HTTP " + status + (reason == null || reason.isBlank() ? "" : " " + reason.strip());
        String detail = detail(contentType, text);
        String message = detail == null ? head : head + ": " + detail;
        // 5xx messages are prefixed with the service by ServiceErrorException; others are shown alone.
        return new ErrorBody("http_" + status, status >= 500 ? message : service + " answered " + message);
    }

    private static ErrorBody asErrorBody(int status, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            JsonNode node = Json.mapper().readTree(text);
            if (node != null && node.isObject() && node.path("error").isTextual()) {
                JsonNode message = node.path("message");
                return new ErrorBody(node.get("error").asText(), message.isTextual() ? message.asText() : null);
            }
            // The Negotiator's two shapes: RFC 7807 problem+json {type, title, status, detail} and hal+json
            // {title, detail, status}; the detail is the sentence meant for people.
            if (node != null && node.isObject() && node.path("detail").isTextual() && node.has("title")) {
                return new ErrorBody("http_" + status, node.get("detail").asText());
            }
        } catch (IOException notJson) {
            // An HTML or text page; handled by the caller's fallback.
        }
        return null;
    }

    private static String detail(String contentType, String text) {
        if (text == null || text.isBlank() || contentType == null) {
            return null;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        String detail = null;
        if (type.startsWith("text/html")) {
            Matcher m = HTML_TITLE.matcher(text);
            detail = m.find() ? m.group(1) : null;
        } else if (type.startsWith("text/plain")) {
            detail = text.strip().lines().findFirst().orElse(null);
        }
        if (detail == null) {
            return null;
        }
        detail = detail.replaceAll("\\s+", " ").strip();
        if (detail.isEmpty()) {
            return null;
        }
        return detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "…" : detail;
    }
}
