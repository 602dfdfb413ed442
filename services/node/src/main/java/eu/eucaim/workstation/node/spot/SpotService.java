package eu.eucaim.workstation.node.spot;

import eu.eucaim.workstation.api.query.spot.TaskResult;
import eu.eucaim.workstation.api.query.spot.WorkStatus;
import eu.eucaim.workstation.node.http.ApiRoute;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The node's Spot: takes a query for several sites, asks each site's provider at once, and keeps each site's
 * result as a Beam {@link TaskResult} for the streams of {@code GET /beam/{id}}. A site is {@code claimed} when it is
 * asked, then {@code succeeded}, {@code tempfailed} (a timeout, a 5xx, unreachable) or {@code permfailed} (a 4xx,
 * an unreadable answer, a site the node does not know). The sites can change while the node runs (the demo
 * federation's other nodes start after the first), see {@link #federate}.
 */
public final class SpotService implements AutoCloseable {
    /** The label after {@code broker.} in Beam addresses when the node has no public name. */
    static final String DEFAULT_DOMAIN = "localhost";

    private final SpotTasks tasks;
    private final ExecutorService httpThreads;
    private final HttpClient http;
    private final String domain;
    private volatile Federation federation;

    /** @param domain the node's name, used in the Beam addresses of results ({@code focus.<site>.broker.<domain>}) */
    public SpotService(Federation federation, String domain) {
        this.federation = Objects.requireNonNull(federation, "federation");
        this.domain = domain == null || domain.isBlank() ? DEFAULT_DOMAIN : domain;
        this.tasks = new SpotTasks(federation.taskTtl());
        // Daemon threads: a node that is not closed must not keep the JVM alive for its HTTP client.
        this.httpThreads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "eucaim-spot-http");
            t.setDaemon(true);
            return t;
        });
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(shorter(federation.providerTimeout(), Duration.ofSeconds(5)))
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(httpThreads)
                .build();
    }

    /** {@code POST /beam} and {@code GET /beam/{id}}. */
    public List<ApiRoute> routes() {
        return new SpotRoutes(this).routes();
    }

    /**
     * Asks these sites from now on (tasks already posted keep theirs). The timeouts stay as the node was started
     * with.
     */
    public void federate(List<FederationSite> sites) {
        federation = federation.withSites(sites);
    }

    /** The sites asked when a query names none. */
    public List<FederationSite> sites() {
        return federation.sites();
    }

    Federation federation() {
        return federation;
    }

    /**
     * Posts a task and starts asking its sites; every site is {@code claimed} (or, unknown here,
     * {@code permfailed}) before this returns.
     *
     * @param authorization the caller's {@code Authorization}, passed on to the providers and forgotten after
     * @throws eu.eucaim.workstation.node.http.ApiException 409 when the id is in use
     */
    SpotTask post(UUID id, String owner, List<String> siteNames, String astJson, String authorization) {
        Federation now = federation;
        Map<String, FederationSite> known = new LinkedHashMap<>();
        now.sites().forEach(s -> known.put(s.name(), s));
        SpotTask task = tasks.create(id, owner, siteNames);
        SiteCall calls = new SiteCall(http, now.providerTimeout());
        for (String name : siteNames) {
            FederationSite site = known.get(name);
            if (site == null) {
                task.publish(result(
                        task,
                        name,
                        WorkStatus.PERMFAILED,
                        "Unknown site '" + name + "': this node federates "
                                + (known.isEmpty() ? "no sites" : String.join(", ", known.keySet()))));
                continue;
            }
            task.publish(result(task, name, WorkStatus.CLAIMED, "null"));
            CompletableFuture<SiteCall.Outcome> call = calls.ask(site, astJson, authorization);
            task.track(call);
            call.thenAccept(o -> task.publish(result(task, name, o.status(), o.body())));
        }
        return task;
    }

    SpotTask task(UUID id) {
        return tasks.get(id);
    }

    private TaskResult result(SpotTask task, String site, WorkStatus status, String body) {
        return new TaskResult(
                TaskResult.focusOf(site, domain),
                List.of("spot.node.broker." + domain),
                task.id.toString(),
                status,
                body,
                null);
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    /** Ends every stream and cancels the provider calls still out. */
    @Override
    public void close() {
        tasks.close();
        httpThreads.shutdownNow();
    }
}
