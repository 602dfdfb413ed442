package eu.eucaim.workstation.node.http;

import java.net.URI;

/**
 * What a {@link CreateHandler} answers: a status, a body sent as JSON, and the new resource's address.
 *
 * @param location the {@code Location} header, or null
 */
public record Reply(int status, Object body, URI location) {
    public Reply {
        if (status < 200 || status > 299) {
            throw new IllegalArgumentException(
                    "A create's reply is a success; failures are ApiExceptions, got " + status);
        }
    }

    /** 201 Created with the new resource at {@code location}. */
    public static Reply created(URI location, Object body) {
        return new Reply(201, body, location);
    }
}
