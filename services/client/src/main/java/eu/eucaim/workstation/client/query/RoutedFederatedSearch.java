package eu.eucaim.workstation.client.query;

import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.FederatedSearchService;
import eu.eucaim.workstation.api.query.ProviderProgress;
import eu.eucaim.workstation.api.query.ProviderResult;
import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.api.query.QueryReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One federated query over two routes: the providers a Spot federates are asked through it (one task, results as
 * server-sent events, "claimed" news), every other provider (one added in Settings) directly. The listener and the
 * report see one query: each provider once, in the order given.
 */
public final class RoutedFederatedSearch implements FederatedSearchService {
    private final FederatedSearchService spot;
    private final Predicate<QueryProvider> throughSpot;
    private final FederatedSearchService direct;
    private final String appVersion;

    public RoutedFederatedSearch(
            FederatedSearchService spot,
            Predicate<QueryProvider> throughSpot,
            FederatedSearchService direct,
            String appVersion) {
        this.spot = Objects.requireNonNull(spot, "spot");
        this.throughSpot = Objects.requireNonNull(throughSpot, "throughSpot");
        this.direct = Objects.requireNonNull(direct, "direct");
        this.appVersion = Objects.requireNonNull(appVersion, "appVersion");
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
        Instant startedAt = Instant.now();
        long t0 = System.nanoTime();
        List<QueryProvider> viaSpot = providers.stream().filter(throughSpot).toList();
        List<QueryProvider> asked =
                providers.stream().filter(throughSpot.negate()).toList();
        List<Running> parts = new ArrayList<>();
        if (!viaSpot.isEmpty()) {
            parts.add(spot.start(viaSpot, query, listener, progress));
        }
        if (!asked.isEmpty()) {
            parts.add(direct.start(asked, query, listener, progress));
        }
        CompletableFuture<QueryReport> report = CompletableFuture.allOf(
                        parts.stream().map(Running::report).toArray(CompletableFuture[]::new))
                .thenApply(done -> {
                    Map<String, ProviderResult> byProvider = new HashMap<>();
                    for (Running r : parts) {
                        for (ProviderResult p : r.report().join().providers()) {
                            byProvider.put(p.provider(), p);
                        }
                    }
                    List<ProviderResult> inOrder = providers.stream()
                            .map(p -> byProvider.get(p.endpoint().toString()))
                            .filter(Objects::nonNull)
                            .toList();
                    return QueryReport.of(appVersion, startedAt, (System.nanoTime() - t0) / 1_000_000, query, inOrder);
                });
        return new Running() {
            @Override
            public CompletableFuture<QueryReport> report() {
                return report;
            }

            @Override
            public void cancel() {
                parts.forEach(Running::cancel);
            }
        };
    }
}
