package eu.eucaim.workstation.node.http;

import eu.eucaim.workstation.api.Json;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Errors under {@code /api/v3} in the two shapes the real Negotiator answers with, so that its clients read ours:
 * RFC 7807 {@code application/problem+json} {@code {type, title, status, detail, instance}} for a request that is
 * wrong or not allowed, and {@code application/hal+json} {@code {title, detail, status}} for something that does not
 * exist or a lifecycle event refused ({@link #LIFECYCLE}).
 */
public final class NegotiatorErrors {
    static final String PREFIX = "/api/v3/";

    private NegotiatorErrors() {}

    static boolean applies(String path) {
        return path.startsWith(PREFIX);
    }

    /** An {@link ApiException} code for a lifecycle event refused (403) or not applying now (409): hal+json. */
    public static final String LIFECYCLE = "lifecycle";

    static void write(Context ctx, int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        String contentType;
        if (status == 404 || LIFECYCLE.equals(code)) {
            body.put("title", status == 403 ? title(status) : message);
            body.put("detail", message);
            body.put("status", status);
            contentType = "application/hal+json";
        } else {
            body.put("type", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/" + status);
            body.put("title", title(status));
            body.put("status", status);
            body.put("detail", message);
            body.put("instance", ctx.path());
            if (status == 401) {
                body.put("properties", Map.of()); // as Spring Security's answer has it
            }
            contentType = "application/problem+json";
        }
        try {
            ctx.status(status).contentType(contentType).result(Json.mapper().writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Wrong request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden.";
            case 413 -> "Payload too large";
            case 415 -> "Unsupported media type";
            case 503 -> "Service unavailable";
            default -> status >= 500 ? "Internal server error" : "Error";
        };
    }
}
