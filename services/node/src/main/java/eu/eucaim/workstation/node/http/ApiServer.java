package eu.eucaim.workstation.node.http;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.error.ErrorBody;
import eu.eucaim.workstation.node.storage.StillPreparingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's HTTP server: installs a route table behind an {@link AccessGuard} (which hands each handler its
 * {@link Caller}) and the routes' body rules ({@link RequestBody}), runs idempotent writes once per key
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
        return start(ServerOptions.of(host, port), routes, guard, null);
    }

    /** As {@link #start(ServerOptions, List, AccessGuard, Idempotency)} on loopback names with the default limits. */
    public static ApiServer start(
            String host, int port, List<ApiRoute> routes, AccessGuard guard, Idempotency idempotency) {
        return start(ServerOptions.of(host, port), routes, guard, idempotency);
    }

    /**
     * Starts listening and returns once the port is bound.
     *
     * @param idempotency needed when a route honours {@code Idempotency-Key} ({@link ApiRoute#idempotent}); null otherwise
     * @throws ServerStartException when the address cannot be bound (e.g. the port is in use)
     */
    public static ApiServer start(
            ServerOptions options, List<ApiRoute> routes, AccessGuard guard, Idempotency idempotency) {
        if (idempotency == null && routes.stream().anyMatch(ApiRoute::honoursIdempotencyKey)) {
            throw new IllegalArgumentException("Routes that honour Idempotency-Key need an Idempotency store");
        }
        ServerLimits limits = options.limits();
        HostCheck hosts = new HostCheck(options.hostNames());
        Semaphore bodies = new Semaphore(limits.concurrentBodies());
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            // nor "Your Javalin version is N days old" and the other start-up notes: the node reports its own start
            io.javalin.util.JavalinLogger.startupInfo = false;
            config.startupWatcherEnabled = false;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.http.prefer405over404 = true;
            config.jetty.modifyHttpConfiguration(http -> http.setMinRequestDataRate(limits.minBodyBytesPerSecond()));
            config.jetty.modifyServletContextHandler(handler -> handler.addFilter(
                    new FilterHolder(new KnownLengthBodies()), "/*", EnumSet.of(DispatcherType.REQUEST)));
            config.jetty.addConnector((server, http) -> connector(server, http, options));
            config.router.mount(router -> {
                router.before(hosts::check);
                for (ApiRoute route : routes) {
                    Handler handler = ctx -> {
                        Caller caller = guard.check(ctx, route.access());
                        if (!BodyPolicy.check(ctx, route)) {
                            run(route, idempotency, ctx, caller);
                            return;
                        }
                        // A request with a body may wait on its client: only so many at once, the rest of the
                        // threads stay for everything else.
                        if (!bodies.tryAcquire()) {
                            ctx.header("Retry-After", "1");
                            throw new ApiException(
                                    503,
                                    "busy",
                                    "The node is reading as many request bodies as it"
                                            + " reads at once; send it again in a moment");
                        }
                        try {
                            run(route, idempotency, ctx, caller);
                        } finally {
                            bodies.release();
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
                router.exception(StillPreparingException.class, (e, ctx) -> {
                    ctx.header("Retry-After", "30");
                    error(ctx, 503, "preparing", e.getMessage());
                });
                router.exception(Exception.class, ApiServer::failure);
            });
        });
        try {
            app.start();
        } catch (JavalinBindException e) {
            app.stop();
            throw new ServerStartException(
                    "Cannot listen on " + options.host() + ":" + options.port()
                            + ": the port is already in use or the address is not available on this machine",
                    e);
        } catch (RuntimeException e) {
            app.stop();
            throw new ServerStartException(
                    "Cannot start the HTTP server on " + options.host() + ":" + options.port() + ": " + e.getMessage(),
                    e);
        }
        return new ApiServer(app);
    }

    private static void run(ApiRoute route, Idempotency idempotency, Context ctx, Caller caller) throws Exception {
        if (route.honoursIdempotencyKey()) {
            idempotency.handle(ctx, caller, route.replying());
        } else {
            route.handler().handle(ctx, caller);
        }
    }

    private static ServerConnector connector(Server server, HttpConfiguration http, ServerOptions options) {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(options.host());
        connector.setPort(options.port());
        connector.setIdleTimeout(options.limits().idleTimeout().toMillis());
        connector.addBean(new ConnectionsPerAddress(options.limits().connectionsPerAddress()));
        return connector;
    }

    /**
     * A failure no handler expected: a request the client got wrong (a body too slow, a charset nobody knows, a
     * broken multipart or chunk) is a 4xx naming what was wrong; anything else a 500 whose details stay in the log.
     */
    private static void failure(Exception e, Context ctx) {
        Optional<ApiException> clientError = MalformedRequests.of(e, ctx);
        if (clientError.isPresent()) {
            error(
                    ctx,
                    clientError.get().status(),
                    clientError.get().code(),
                    clientError.get().getMessage());
            return;
        }
        LOG.error("Internal error on {} {}", ctx.method(), ctx.path(), e);
        error(
                ctx,
                500,
                "internal_error",
                "The node failed while handling " + ctx.method() + " " + ctx.path() + " ("
                        + e.getClass().getSimpleName() + "); the node log has the details");
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
        if (NegotiatorErrors.applies(ctx.path())) {
            NegotiatorErrors.write(ctx, status, code, message);
            return;
        }
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
