package eu.eucaim.workstation.client.query;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.error.ServiceTimeoutException;
import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.FederatedSearchResponse;
import eu.eucaim.workstation.api.query.FederatedSearchService;
import eu.eucaim.workstation.api.query.ProviderResult;
import eu.eucaim.workstation.api.query.ProviderStatus;
import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.api.query.QueryReport;
import eu.eucaim.workstation.client.ClientConfig;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Asks every provider at once, each with its own timeout. Each provider's {@link ProviderResult} is handed to the
 * listener as soon as it is known, on an HTTP thread; a failure or timeout is a result like any other and never
 * delays the rest. {@link Running#cancel()} ends what is still outstanding (those providers report CANCELLED).
 * <pre>{@code
 * Running r = new FederatedQuery(tokens, Duration.ofSeconds(10), "1.0").startAt(urls, query, result -> ...);
 * QueryReport report = r.report().join();
 * }</pre>
 */
public final class FederatedQuery implements FederatedSearchService {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    private final AccessTokenSource tokensWithoutRenewal;
    private final Duration timeout;
    private final String appVersion;

    /** @param timeout each provider's bound on its whole call (connect, wait, read) */
    public FederatedQuery(AccessTokenSource tokens, Duration timeout, String appVersion) {
        Objects.requireNonNull(tokens, "tokens");
        // renewAfterRejection keeps its default (nothing newer), so a 401 is final; the source still hears of it.
        this.tokensWithoutRenewal = new AccessTokenSource() {
            @Override
            public String accessToken() {
                return tokens.accessToken();
            }

            @Override
            public void refused(String token, String reason) {
                tokens.refused(token, reason);
            }
        };
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.appVersion = Objects.requireNonNull(appVersion, "appVersion");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("The provider timeout must be positive, got " + timeout);
        }
    }

    /** A query in flight. */
    public static final class Running implements FederatedSearchService.Running {
        private final List<CompletableFuture<ProviderResult>> parts;
        private final CompletableFuture<QueryReport> report;

        private Running(List<CompletableFuture<ProviderResult>> parts, CompletableFuture<QueryReport> report) {
            this.parts = parts;
            this.report = report;
        }

        @Override
        public CompletableFuture<QueryReport> report() {
            return report;
        }

        @Override
        public void cancel() {
            parts.forEach(p -> p.cancel(true));
        }
    }

    @Override
    public Running start(List<QueryProvider> providers, CohortQuery query, Consumer<ProviderResult> listener) {
        return startAt(providers.stream().map(QueryProvider::endpoint).toList(), query, listener);
    }

    /**
     * Starts the query. Each provider's call asks the token source on an HTTP thread, off the caller's (a session
     * may refresh over the network first, once, for all of them); a session hands every provider the same token.
     * Each provider is asked exactly once: a 401 is that provider's answer, not a reason to renew the token and ask
     * again, because in a federation it usually means the provider does not trust our issuer, which no new token
     * changes (and renewing would rotate the sign-in's refresh token at every query).
     *
     * @param given    federated-search endpoint URLs (a bare node URL means its {@code /api/federated-search})
     * @param listener called once per provider, on an HTTP thread, as soon as its outcome is known
     */
    public Running startAt(List<URI> given, CohortQuery query, Consumer<ProviderResult> listener) {
        List<URI> providers =
                given.stream().map(FederatedSearchClient::endpoint).toList();
        Instant startedAt = Instant.now();
        long started = System.nanoTime();
        List<CompletableFuture<ProviderResult>> parts = new ArrayList<>();
        List<CompletableFuture<ProviderResult>> reported = new ArrayList<>();
        for (URI provider : providers) {
            FederatedSearchClient client = client(provider);
            String requestUrl =
                    client == null ? provider.toString() : client.url(query).toString();
            CompletableFuture<ProviderResult> part = client == null
                    ? CompletableFuture.failedFuture(new IllegalArgumentException(
                            "Not an http(s) URL of a federated search provider: " + provider))
                    : ask(client, provider, requestUrl, query);
            parts.add(part);
            // Whatever happened to the part (answer, failure, cancel), exactly one result is reported.
            CompletableFuture<ProviderResult> done = part.handle(
                    (result, failure) -> result != null ? result : failed(provider, requestUrl, failure, started));
            done.thenAccept(listener);
            reported.add(done);
        }
        CompletableFuture<QueryReport> report = CompletableFuture.allOf(reported.toArray(CompletableFuture[]::new))
                .thenApply(ignored -> QueryReport.of(
                        appVersion,
                        startedAt,
                        millisSince(started),
                        query,
                        reported.stream().map(CompletableFuture::join).toList()));
        return new Running(parts, report);
    }

    private CompletableFuture<ProviderResult> ask(
            FederatedSearchClient client, URI provider, String requestUrl, CohortQuery query) {
        long started = System.nanoTime();
        CompletableFuture<ProviderResult> part = new CompletableFuture<>();
        CompletableFuture<FederatedSearchResponse> call = client.search(query);
        call.whenComplete((response, failure) -> {
            if (failure == null) {
                part.complete(new ProviderResult(
                        provider.toString(),
                        requestUrl,
                        ProviderStatus.ANSWERED,
                        null,
                        millisSince(started),
                        response));
            } else {
                part.complete(failed(provider, requestUrl, failure, started));
            }
        });
        // Cancelling the part cancels the HTTP call behind it.
        part.whenComplete((r, failure) -> {
            if (failure instanceof CancellationException) {
                call.cancel(true);
            }
        });
        return part;
    }

    private FederatedSearchClient client(URI provider) {
        try {
            Duration connect = timeout.compareTo(ClientConfig.DEFAULT_CONNECT_TIMEOUT) < 0
                    ? timeout
                    : ClientConfig.DEFAULT_CONNECT_TIMEOUT;
            return new FederatedSearchClient(new ClientConfig(provider, connect, timeout), tokensWithoutRenewal);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ProviderResult failed(URI provider, String requestUrl, Throwable failure, long started) {
        Throwable cause = unwrap(failure);
        ProviderStatus status = cause instanceof CancellationException
                ? ProviderStatus.CANCELLED
                : cause instanceof ServiceTimeoutException ? ProviderStatus.TIMED_OUT : ProviderStatus.FAILED;
        String message = status == ProviderStatus.CANCELLED
                ? "Cancelled before it answered"
                : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new ProviderResult(provider.toString(), requestUrl, status, message, millisSince(started), null);
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
