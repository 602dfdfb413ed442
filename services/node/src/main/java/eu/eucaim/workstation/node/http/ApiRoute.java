package eu.eucaim.workstation.node.http;

import io.javalin.http.HandlerType;
import java.util.Objects;

/**
 * One line of the node's route table: method, path (Javalin syntax, e.g. {@code /api/x/{id}}), access rule, the body
 * it takes, and its handler. A GET route answers HEAD too, behind the same access rule. A route made with
 * {@link #create} is a POST that a client may retry with the same {@code Idempotency-Key}.
 */
public record ApiRoute(
        HandlerType method, String path, Access access, RequestBody body, ApiHandler handler, CreateHandler create) {
    public ApiRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(body, "body");
        if ((handler == null) == (create == null)) {
            throw new IllegalArgumentException("A route has one handler: " + method + " " + path);
        }
        if ((method == HandlerType.GET || method == HandlerType.DELETE) && !body.takesNone()) {
            throw new IllegalArgumentException(method + " " + path + " takes no request body");
        }
    }

    public static ApiRoute get(String path, Access access, ApiHandler handler) {
        return new ApiRoute(HandlerType.GET, path, access, RequestBody.NONE, handler, null);
    }

    public static ApiRoute post(String path, Access access, RequestBody body, ApiHandler handler) {
        return new ApiRoute(HandlerType.POST, path, access, body, handler, null);
    }

    /** A POST that creates something; a retry with the same {@code Idempotency-Key} gets the first reply. */
    public static ApiRoute create(String path, Access access, RequestBody body, CreateHandler handler) {
        return new ApiRoute(HandlerType.POST, path, access, body, null, handler);
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

    public boolean idempotentCreate() {
        return create != null;
    }
}
