package eu.eucaim.workstation.node.http;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.error.ErrorBody;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's HTTP server: installs a route table behind an {@link AccessGuard} (which hands each handler its
 * {@link Caller}) and the routes' body rules ({@link RequestBody}), runs idempotent creates once per key
 * ({@link Idempotency}), and turns every failure into an {@link ErrorBody} with the right status, never a stack trace.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts listening and returns once the port is bound.
     *
     * @throws ServerStartException when the address cannot be bound (e.g. the port is in use)
     */
    public static ApiServer start(String host, int port, List<ApiRoute> routes, AccessGuard guard) {
        return start(host, port, routes, guard, null);
    }

    /**
     * As {@link #start(String, int, List, AccessGuard)}, with where idempotent creates keep their replies.
     *
     * @param idempotency needed when a route is a {@link ApiRoute#create}; null otherwise
     */
    public static ApiServer start(
            String host, int port, List<ApiRoute> routes, AccessGuard guard, Idempotency idempotency) {
        if (idempotency == null && routes.stream().anyMatch(ApiRoute::idempotentCreate)) {
            throw new IllegalArgumentException("Idempotent creates need an Idempotency store");
        }
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.http.prefer405over404 = true;
            config.router.mount(router -> {
                for (ApiRoute route : routes) {
                    Handler handler = ctx -> {
                        Caller caller = guard.check(ctx, route.access());
                        BodyPolicy.check(ctx, route);
                        if (route.idempotentCreate()) {
                            idempotency.handle(ctx, caller, route.create());
                        } else {
                            route.handler().handle(ctx, caller);
                        }
                    };
                    router.addHttpHandler(route.method(), route.path(), handler);
                    if (route.method() == HandlerType.GET) {
                        // Explicitly, behind the same guard: Javalin would otherwise answer HEAD itself, unchecked.
                        router.addHttpHandler(HandlerType.HEAD, route.path(), handler);
                    }
                }
                router.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
                router.exception(HttpResponseException.class, ApiServer::frameworkError);
                router.exception(Exception.class, (e, ctx) -> {
                    LOG.error("Internal error on {} {}", ctx.method(), ctx.path(), e);
                    error(
                            ctx,
                            500,
                            "internal_error",
                            "The node failed while handling " + ctx.method() + " " + ctx.path() + " ("
                                    + e.getClass().getSimpleName() + "); the node log has the details");
                });
            });
        });
        try {
            app.start(host, port);
        } catch (JavalinBindException e) {
            app.stop();
            throw new ServerStartException(
                    "Cannot listen on " + host + ":" + port
                            + ": the port is already in use or the address is not available on this machine",
                    e);
        } catch (RuntimeException e) {
            app.stop();
            throw new ServerStartException(
                    "Cannot start the HTTP server on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return new ApiServer(app);
    }

    /** Javalin's own responses (no such route, wrong method) in the node's error format. */
    private static void frameworkError(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        switch (status) {
            case 404 -> error(ctx, 404, "not_found", "No such endpoint: " + ctx.method() + " " + ctx.path());
            case 405 ->
                error(ctx, 405, "method_not_allowed", "Method " + ctx.method() + " is not allowed on " + ctx.path());
            default -> error(ctx, status, status >= 500 ? "internal_error" : "http_" + status, e.getMessage());
        }
    }

    private static void error(Context ctx, int status, String code, String message) {
        ctx.status(status).json(new ErrorBody(code, message));
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
