package eu.eucaim.workstation.node.http;

import io.javalin.http.HandlerType;
import java.util.Objects;

/**
 * One line of the node's route table: method, path (Javalin syntax, e.g. {@code /api/x/{id}}), access rule, the body
 * it takes, and its handler. A GET route answers HEAD too, behind the same access rule. A route made with
 * {@link #create} or {@link #idempotent} has a {@link ReplyHandler}: a client may retry it with the same
 * {@code Idempotency-Key} and gets the first reply ({@link Idempotency}).
 */
public record ApiRoute(
        HandlerType method, String path, Access access, RequestBody body, ApiHandler handler, ReplyHandler replying) {
    public ApiRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(body, "body");
        if ((handler == null) == (replying == null)) {
            throw new IllegalArgumentException("A route has one handler: " + method + " " + path);
        }
        if ((method == HandlerType.GET || method == HandlerType.DELETE) && !body.takesNone()) {
            throw new IllegalArgumentException(method + " " + path + " takes no request body");
        }
        if (replying != null && method == HandlerType.GET) {
            throw new IllegalArgumentException("A GET changes nothing, so it has no Idempotency-Key: " + path);
        }
    }

    public static ApiRoute get(String path, Access access, ApiHandler handler) {
        return new ApiRoute(HandlerType.GET, path, access, RequestBody.NONE, handler, null);
    }

    public static ApiRoute post(String path, Access access, RequestBody body, ApiHandler handler) {
        return new ApiRoute(HandlerType.POST, path, access, body, handler, null);
    }

    /** A POST that creates something; a retry with the same {@code Idempotency-Key} gets the first reply. */
    public static ApiRoute create(String path, Access access, RequestBody body, ReplyHandler handler) {
        return idempotent(HandlerType.POST, path, access, body, handler);
    }

    /**
     * A write of any method but GET that a retry with the same {@code Idempotency-Key} does not repeat: it gets the
     * first reply (e.g. a lifecycle event fired with PUT, which may be refused with 409 once it has happened).
     */
    public static ApiRoute idempotent(
            HandlerType method, String path, Access access, RequestBody body, ReplyHandler handler) {
        return new ApiRoute(method, path, access, body, null, handler);
    }

    public static ApiRoute put(String path, Access access, RequestBody body, ApiHandler handler) {
        return new ApiRoute(HandlerType.PUT, path, access, body, handler, null);
    }

    public static ApiRoute patch(String path, Access access, RequestBody body, ApiHandler handler) {
        return new ApiRoute(HandlerType.PATCH, path, access, body, handler, null);
    }

    public static ApiRoute delete(String path, Access access, ApiHandler handler) {
        return new ApiRoute(HandlerType.DELETE, path, access, RequestBody.NONE, handler, null);
    }

    /** Whether a retry with the same {@code Idempotency-Key} gets the first reply instead of running again. */
    public boolean honoursIdempotencyKey() {
        return replying != null;
    }
}
