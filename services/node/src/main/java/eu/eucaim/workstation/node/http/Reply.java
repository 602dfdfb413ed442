package eu.eucaim.workstation.node.http;

import java.net.URI;
import java.util.Objects;

/**
 * What a {@link ReplyHandler} answers: a status, a body sent as JSON, the new resource's address, and the content
 * type of the JSON ({@code application/json}, or e.g. the Negotiator's {@code application/hal+json}).
 *
 * @param location the {@code Location} header, or null
 */
public record Reply(int status, Object body, URI location, String contentType) {
    public static final String JSON = "application/json";

    public Reply {
        if (status < 200 || status > 299) {
            throw new IllegalArgumentException("A kept reply is a success; failures are ApiExceptions, got " + status);
        }
        Objects.requireNonNull(contentType, "contentType");
    }

    public Reply(int status, Object body, URI location) {
        this(status, body, location, JSON);
    }

    /** 201 Created with the new resource at {@code location} (null when it has no address of its own). */
    public static Reply created(URI location, Object body) {
        return new Reply(201, body, location);
    }

    /** 200 with {@code body}. */
    public static Reply ok(Object body) {
        return new Reply(200, body, null);
    }

    /** The same reply sent with another JSON content type. */
    public Reply as(String type) {
        return new Reply(status, body, location, type);
    }
}
