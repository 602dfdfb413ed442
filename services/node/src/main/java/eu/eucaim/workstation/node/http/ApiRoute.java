package eu.eucaim.workstation.node.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;

/** One line of the node's route table: method, path (Javalin syntax, e.g. {@code /api/x/{id}}), access rule, handler. */
public record ApiRoute(HandlerType method, String path, Access access, Handler handler) {
    public ApiRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(handler, "handler");
    }

    public static ApiRoute get(String path, Access access, Handler handler) {
        return new ApiRoute(HandlerType.GET, path, access, handler);
    }

    public static ApiRoute post(String path, Access access, Handler handler) {
        return new ApiRoute(HandlerType.POST, path, access, handler);
    }
}
