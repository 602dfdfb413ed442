package eu.eucaim.workstation.client.query.spot;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.FederatedSearchResponse;
import eu.eucaim.workstation.api.query.FederatedSearchService;
import eu.eucaim.workstation.api.query.ProviderProgress;
import eu.eucaim.workstation.api.query.ProviderResult;
import eu.eucaim.workstation.api.query.ProviderStatus;
import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.api.query.QueryReport;
import eu.eucaim.workstation.api.query.spot.SiteAnswer;
import eu.eucaim.workstation.api.query.spot.TaskResult;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;

/**
 * One query through Spot: reads the result stream and turns each site's Beam results into its providers'
 * {@link ProviderProgress} and {@link ProviderResult}. Every provider gets exactly one result, whatever ends the
 * query first: its site's final result, the end or failure of the stream, the timeout, or {@link #cancel()}.
 */
final class SpotRun extends EventSourceListener implements FederatedSearchService.Running {
    /** The most of an unreadable event quoted in a failure. */
    private static final int QUOTED = 200;

    private record Part(QueryProvider provider, CompletableFuture<ProviderResult> done) {}

    private final Map<String, List<Part>> bySite = new LinkedHashMap<>();
    private final List<Part> parts = new ArrayList<>();
    private final String requestUrl;
    private final Consumer<ProviderProgress> progress;
    private final long started = System.nanoTime();
    private final CompletableFuture<QueryReport> report;
    private final List<Runnable> onCancel = new ArrayList<>();
    /** What went wrong in the stream without naming a site: said when a site's result never comes. */
    private final List<String> problems = new ArrayList<>();

    private EventSource source;
    private boolean ended;

    SpotRun(
            List<QueryProvider> providers,
            Function<QueryProvider, String> siteOf,
            String requestUrl,
            String appVersion,
            CohortQuery query,
            Consumer<ProviderResult> listener,
            Consumer<ProviderProgress> progress) {
        this.requestUrl = requestUrl;
        this.progress = progress;
        Instant startedAt = Instant.now();
        List<CompletableFuture<Void>> heard = new ArrayList<>();
        for (QueryProvider provider : providers) {
            Part part = new Part(provider, new CompletableFuture<>());
            parts.add(part);
            bySite.computeIfAbsent(siteOf.apply(provider), s -> new ArrayList<>())
                    .add(part);
            // The report waits until the listener has heard every result; a listener's failure is its own.
            heard.add(part.done().thenAccept(listener).exceptionally(failure -> null));
        }
        report = CompletableFuture.allOf(heard.toArray(CompletableFuture[]::new))
                .thenApply(ignored -> QueryReport.of(
                        appVersion,
                        startedAt,
                        millis(),
                        query,
                        parts.stream().map(p -> p.done().join()).toList()));
    }

    @Override
    public CompletableFuture<QueryReport> report() {
        return report;
    }

    @Override
    public void cancel() {
        end(ProviderStatus.CANCELLED, "Cancelled before it answered");
    }

    synchronized void onCancel(Runnable action) {
        onCancel.add(action);
    }

    /** The stream is open (or opening): it is cancelled when the query ends first. */
    synchronized void listen(EventSource stream) {
        source = stream;
        if (ended) {
            stream.cancel();
        }
    }

    void finishAll() {
        end(ProviderStatus.FAILED, "not asked");
    }

    void failAll(String why) {
        end(ProviderStatus.FAILED, why);
    }

    void timeOut(String why) {
        end(ProviderStatus.TIMED_OUT, why);
    }

    @Override
    public void onEvent(EventSource source, String id, String type, String data) {
        switch (type == null ? "message" : type) {
            case "new_result" -> result(data);
            case "wait_expired" -> timeOut("Spot stopped waiting for this site (" + data + ")");
            case "error" -> problem("Spot reported an error: " + quote(data));
            default -> {
                // Beam's other events (deleted_task, …) say nothing about a site's result.
            }
        }
    }

    @Override
    public void onClosed(EventSource source) {
        end(ProviderStatus.FAILED, "Spot ended the result stream without this site's result");
    }

    @Override
    public void onFailure(EventSource source, Throwable t, okhttp3.Response response) {
        end(ProviderStatus.FAILED, "The result stream from Spot failed: " + describe(t));
    }

    private void result(String data) {
        TaskResult r;
        try {
            r = Json.mapper().readValue(data, TaskResult.class);
        } catch (IOException e) {
            r = null;
        }
        if (r == null || !r.complete()) {
            problem("Spot sent an unreadable result: " + quote(data));
            return;
        }
        List<Part> asked = bySite.get(r.site());
        if (asked == null) {
            return; // a site this query did not ask
        }
        switch (r.status()) {
            case CLAIMED -> claimed(asked);
            case SUCCEEDED -> answered(asked, r);
            case TEMPFAILED, PERMFAILED -> finish(asked, ProviderStatus.FAILED, r.site() + ": " + r.body(), null);
        }
    }

    private synchronized void claimed(List<Part> asked) {
        for (Part p : asked) {
            if (!p.done().isDone()) {
                progress.accept(new ProviderProgress(
                        p.provider().endpoint().toString(), ProviderProgress.Stage.CLAIMED, millis()));
            }
        }
    }

    private void answered(List<Part> asked, TaskResult r) {
        FederatedSearchResponse response;
        try {
            SiteAnswer answer = Json.mapper().readValue(Base64.getDecoder().decode(r.body()), SiteAnswer.class);
            if (answer.collections() == null
                    || answer.collections().stream().anyMatch(c -> c == null || c.id() == null)) {
                throw new IOException("no collections, or one without an id");
            }
            response = answer.response();
        } catch (IOException | IllegalArgumentException e) {
            finish(
                    asked,
                    ProviderStatus.FAILED,
                    "Spot's answer from " + r.site() + " is unreadable: " + e.getMessage(),
                    null);
            return;
        }
        finish(asked, ProviderStatus.ANSWERED, null, response);
    }

    private synchronized void finish(
            List<Part> which, ProviderStatus status, String error, FederatedSearchResponse response) {
        for (Part p : which) {
            p.done()
                    .complete(new ProviderResult(
                            p.provider().endpoint().toString(), requestUrl, status, error, millis(), response));
        }
    }

    private synchronized void problem(String what) {
        if (problems.size() < 3) {
            problems.add(what);
        }
    }

    /** Ends the query: every provider without a result gets {@code status}, and the stream is stopped. */
    private void end(ProviderStatus status, String why) {
        List<Runnable> actions;
        EventSource stream;
        synchronized (this) {
            String said = problems.isEmpty() ? why : why + " (" + String.join("; ", problems) + ")";
            finish(parts, status, said, null);
            if (ended) {
                return;
            }
            ended = true;
            actions = List.copyOf(onCancel);
            stream = source;
        }
        actions.forEach(Runnable::run);
        if (stream != null) {
            stream.cancel();
        }
    }

    private long millis() {
        return (System.nanoTime() - started) / 1_000_000;
    }

    static String describe(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t == null
                ? "no reason given"
                : t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String quote(String data) {
        String text = data == null ? "" : data.strip();
        return text.length() > QUOTED ? text.substring(0, QUOTED) + "…" : text;
    }
}
