package eu.eucaim.workstation.client.query.spot;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.auth.SessionCookie;
import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.FederatedSearchService;
import eu.eucaim.workstation.api.query.ProviderProgress;
import eu.eucaim.workstation.api.query.ProviderResult;
import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.api.query.spot.LensQuery;
import eu.eucaim.workstation.api.query.spot.SpotQuery;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.HttpTransport;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * The federated query through a Spot, as the EUCAIM explorer asks it: {@code POST {spot}/beam} with the query's
 * Focus AST for the providers' sites, then the results read from the server-sent events of
 * {@code GET {spot}/beam/{id}?wait_count=N}. Each site is reported as Beam reports it: {@code claimed} as a
 * {@link ProviderProgress}, {@code succeeded} as ANSWERED with the site's collections, {@code tempfailed} and
 * {@code permfailed} as FAILED with the site's reason. A query that ends before a site's result reports that site
 * TIMED_OUT (no result within the timeout, or Spot stopped waiting), FAILED (the stream broke off or Spot refused the
 * query) or CANCELLED.
 * <pre>{@code
 * FederatedSearchService search = new SpotFederatedSearch(nodeUrl, tokens, Duration.ofSeconds(60), "1.0", FocusAst::json);
 * search.start(providers, query, result -> ..., progress -> ...);
 * }</pre>
 */
public final class SpotFederatedSearch implements FederatedSearchService {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final HttpTransport http;
    private final Duration timeout;
    private final String appVersion;
    private final BiFunction<CohortQuery, String, String> astJson;
    private final Function<QueryProvider, String> siteOf;

    /**
     * Sites named by their providers' names ({@link QueryProvider#name()}).
     *
     * @param spot    Spot's root (the explorer's {@code …/backend/}, or a node, which serves {@code /beam})
     * @param timeout the longest the whole query may take; sites without a result by then are TIMED_OUT
     * @param astJson the {@code {"ast":…,"id":…}} JSON of a query and an id ({@code FocusAst::json})
     */
    public SpotFederatedSearch(
            URI spot,
            AccessTokenSource tokens,
            Duration timeout,
            String appVersion,
            BiFunction<CohortQuery, String, String> astJson) {
        this(spot, tokens, timeout, appVersion, astJson, QueryProvider::name);
    }

    /** @param siteOf the Beam site name of a provider (Spot addresses sites by name, not by URL) */
    public SpotFederatedSearch(
            URI spot,
            AccessTokenSource tokens,
            Duration timeout,
            String appVersion,
            BiFunction<CohortQuery, String, String> astJson,
            Function<QueryProvider, String> siteOf) {
        this(
                config -> HttpTransport.unqueued(config, Objects.requireNonNull(tokens, "tokens")),
                spot,
                timeout,
                appVersion,
                astJson,
                siteOf);
    }

    /**
     * A Spot behind oauth2-proxy, as the EUCAIM explorer's is: every call carries the explorer's session cookie
     * instead of a bearer token. Without a cookie, or once the proxy refuses it, every provider is FAILED saying to
     * sign in to the explorer (see {@link HttpTransport#unqueuedWithCookie}).
     */
    public static SpotFederatedSearch withSessionCookie(
            URI spot,
            SessionCookie cookie,
            Duration timeout,
            String appVersion,
            BiFunction<CohortQuery, String, String> astJson,
            Function<QueryProvider, String> siteOf) {
        Objects.requireNonNull(cookie, "cookie");
        return new SpotFederatedSearch(
                config -> HttpTransport.unqueuedWithCookie(config, cookie), spot, timeout, appVersion, astJson, siteOf);
    }

    private SpotFederatedSearch(
            Function<ClientConfig, HttpTransport> transport,
            URI spot,
            Duration timeout,
            String appVersion,
            BiFunction<CohortQuery, String, String> astJson,
            Function<QueryProvider, String> siteOf) {
        Objects.requireNonNull(spot, "spot");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("The query timeout must be positive, got " + timeout);
        }
        // The stream stays open while sites work: the call timeout bounds a silence (Spot sends a comment at
        // least every few seconds), the query's own timer bounds the whole.
        this.http = transport.apply(
                new ClientConfig(spot, shorter(timeout, ClientConfig.DEFAULT_CONNECT_TIMEOUT), timeout));
        this.appVersion = Objects.requireNonNull(appVersion, "appVersion");
        this.astJson = Objects.requireNonNull(astJson, "astJson");
        this.siteOf = Objects.requireNonNull(siteOf, "siteOf");
    }

    @Override
    public Running start(List<QueryProvider> providers, CohortQuery query, Consumer<ProviderResult> listener) {
        return start(providers, query, listener, progress -> {});
    }

    @Override
    public Running start(
            List<QueryProvider> providers,
            CohortQuery query,
            Consumer<ProviderResult> listener,
            Consumer<ProviderProgress> progress) {
        UUID id = UUID.randomUUID();
        List<String> sites = providers.stream().map(siteOf).distinct().toList();
        HttpUrl stream = http.url("beam/" + id)
                .addQueryParameter("wait_count", Integer.toString(sites.size()))
                .build();
        SpotRun run = new SpotRun(providers, siteOf, stream.toString(), appVersion, query, listener, progress);
        if (providers.isEmpty()) {
            run.finishAll();
            return run;
        }
        String body;
        try {
            body = SpotQuery.encode(astJson.apply(query, id.toString()));
        } catch (RuntimeException e) {
            run.failAll("The query cannot be put as a Focus AST: " + e.getMessage());
            return run;
        }
        CompletableFuture<Void> posted = http.post(http.url("beam").build())
                .json(new LensQuery(id.toString(), sites, body))
                .send();
        run.onCancel(() -> posted.cancel(true));
        posted.whenComplete((ok, failure) -> {
            if (failure != null) {
                run.failAll("Spot did not take the query: " + SpotRun.describe(failure));
            } else {
                run.listen(http.events(stream, run));
            }
        });
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .execute(() -> run.timeOut("No result within " + describe(timeout)));
        return run;
    }

    static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
