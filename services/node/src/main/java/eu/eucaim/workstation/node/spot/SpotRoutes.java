package eu.eucaim.workstation.node.spot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.query.spot.LensQuery;
import eu.eucaim.workstation.api.query.spot.SpotQuery;
import eu.eucaim.workstation.api.query.spot.TaskResult;
import eu.eucaim.workstation.node.http.Access;
import eu.eucaim.workstation.node.http.ApiException;
import eu.eucaim.workstation.node.http.ApiRoute;
import eu.eucaim.workstation.node.http.Caller;
import eu.eucaim.workstation.node.http.JsonBody;
import eu.eucaim.workstation.node.http.RequestBody;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Spot's API (samply/spot {@code src/main.rs}) for signed-in callers: {@code POST /beam} takes a {@link LensQuery}
 * and answers 201 with no body; {@code GET /beam/{id}?wait_count=N} streams the task's results as Beam's
 * server-sent events until N sites are final, or the task expires. Only the caller who posted a task may read it
 * (403 otherwise, as Beam's broker answers another app).
 */
final class SpotRoutes {
    /** Shorter than the server's idle timeout (20 s), which would otherwise close a stream waiting on a slow site. */
    static final long KEEP_ALIVE_MS = 10_000;
    /** A Lens query is a few kilobytes; far more than any. */
    private static final long MAX_BODY = 256 * 1024;
    /** As serde_json's {@code to_string_pretty}, which Focus posts: two-space indent, {@code "key": value}. */
    private static final ObjectWriter PRETTY = Json.mapper()
            .writer(new DefaultPrettyPrinter(
                            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final SpotService spot;

    SpotRoutes(SpotService spot) {
        this.spot = spot;
    }

    List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post("/beam", Access.SIGNED_IN, RequestBody.json(MAX_BODY), this::post),
                ApiRoute.get("/beam/{id}", Access.SIGNED_IN, this::listen));
    }

    private void post(Context ctx, Caller caller) {
        LensQuery query = JsonBody.read(ctx, LensQuery.class);
        UUID id = taskId(query.id());
        List<String> sites = query.sites() == null
                ? spot.sites().stream().map(FederationSite::name).toList()
                : List.copyOf(new LinkedHashSet<>(query.sites()));
        if (sites.isEmpty()) {
            throw ApiException.badRequest(
                    query.sites() == null
                            ? "No sites specified, and this node federates none: name the sites to ask in \"sites\""
                            : "No sites specified: \"sites\" is empty");
        }
        for (String site : sites) {
            try {
                FederationSite.checkName(site);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("In \"sites\": " + e.getMessage());
            }
        }
        ObjectNode ast;
        try {
            ast = SpotQuery.decode(query.query());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        String body;
        try {
            body = PRETTY.writeValueAsString(ast);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always writes", e);
        }
        spot.post(id, caller.account(), sites, body, ctx.header("Authorization"));
        ctx.status(201).header("Location", "/beam/" + id);
    }

    private void listen(Context ctx, Caller caller) throws InterruptedException {
        UUID id = taskId(ctx.pathParam("id"));
        int waitCount = waitCount(ctx.queryParam("wait_count"));
        SpotTask task = spot.task(id);
        if (task == null) {
            throw ApiException.notFound("Task not found: " + id + " (never posted here, or expired)");
        }
        if (!task.owner.equals(caller.account())) {
            throw new ApiException(403, "forbidden", "Not allowed to access this task: another user posted it");
        }
        ctx.status(200);
        ctx.contentType("text/event-stream");
        ctx.header("Cache-Control", "no-cache");
        if (ctx.method() == HandlerType.HEAD) {
            return;
        }
        int wanted = waitCount < 0 ? task.sites.size() : waitCount;
        SpotTask.Subscription subscription = task.subscribe();
        try {
            stream(new EventStream(ctx.res().getOutputStream()), task, subscription, wanted);
        } catch (IOException e) {
            // The client has gone (or cancelled): nothing more to send.
        } finally {
            task.unsubscribe(subscription.queue());
        }
    }

    /**
     * Beam's broker ({@code task_manager.rs}, {@code stream_results}): the results so far, then each new one, until
     * {@code wanted} of them are final; {@code wanted} 0 sends what is there and ends.
     */
    private static void stream(EventStream events, SpotTask task, SpotTask.Subscription subscription, int wanted)
            throws IOException, InterruptedException {
        int finals = 0;
        for (TaskResult r : subscription.snapshot()) {
            events.result(r);
            if (r.status().isFinal()) {
                finals++;
            }
            if (wanted != 0 && finals >= wanted) {
                return;
            }
        }
        BlockingQueue<TaskResult> queue = subscription.queue();
        while (finals < wanted) {
            long left = TimeUnit.NANOSECONDS.toMillis(task.expiresAt - System.nanoTime());
            if (left <= 0) {
                events.event(EventStream.WAIT_EXPIRED, "\"Task expired\"");
                return;
            }
            TaskResult r = queue.poll(Math.min(left, KEEP_ALIVE_MS), TimeUnit.MILLISECONDS);
            if (r == SpotTask.CLOSED) {
                return;
            }
            if (r == null) {
                events.keepAlive();
                continue;
            }
            events.result(r);
            if (r.status().isFinal()) {
                finals++;
            }
        }
    }

    private static UUID taskId(String id) {
        if (id == null || id.isBlank()) {
            throw ApiException.badRequest("The task id is missing: \"id\" takes a UUID");
        }
        try {
            UUID uuid = UUID.fromString(id.strip());
            // UUID.fromString takes "1-1-1-1-1"; Beam's MsgId takes only the canonical form.
            if (!uuid.toString().equalsIgnoreCase(id.strip())) {
                throw new IllegalArgumentException(id);
            }
            return uuid;
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The task id is not a UUID: '" + id + "'");
        }
    }

    /** -1 when absent: then the number of sites the task asked. */
    private static int waitCount(String value) {
        if (value == null) {
            return -1;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0 && n <= 65_535) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw ApiException.badRequest("wait_count takes a whole number from 0 to 65535, got '" + value + "'");
    }
}
