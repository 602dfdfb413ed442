package eu.eucaim.workstation.app.query;

import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.app.settings.ProviderUrls;
import eu.eucaim.workstation.app.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The providers a query asks, from the settings: those that come with the backend in use (the embedded node and the
 * demo federation's other nodes, or the remote node), unless switched off, then the provider URLs listed in
 * Settings; each endpoint once.
 */
public final class QueryProviders implements Supplier<CompletableFuture<List<QueryProvider>>> {
    private final Supplier<Settings> settings;
    private final Supplier<CompletableFuture<List<QueryProvider>>> backendProviders;

    public QueryProviders(
            Supplier<Settings> settings, Supplier<CompletableFuture<List<QueryProvider>>> backendProviders) {
        this.settings = settings;
        this.backendProviders = backendProviders;
    }

    @Override
    public CompletableFuture<List<QueryProvider>> get() {
        Settings s = settings.get().normalised();
        List<QueryProvider> listed = ProviderUrls.parse(s.queryProviders()).stream()
                .map(QueryProvider::of)
                .toList();
        if (!Boolean.TRUE.equals(s.queryEmbedded())) {
            return CompletableFuture.completedFuture(listed);
        }
        return backendProviders.get().thenApply(own -> join(own, listed));
    }

    private static List<QueryProvider> join(List<QueryProvider> first, List<QueryProvider> then) {
        List<QueryProvider> all = new ArrayList<>(first);
        then.stream()
                .filter(p -> all.stream().noneMatch(a -> a.endpoint().equals(p.endpoint())))
                .forEach(all::add);
        return List.copyOf(all);
    }
}
