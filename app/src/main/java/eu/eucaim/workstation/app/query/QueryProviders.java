package eu.eucaim.workstation.app.query;

import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.app.settings.NodeMode;
import eu.eucaim.workstation.app.settings.ProviderUrls;
import eu.eucaim.workstation.app.settings.Settings;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The providers a query asks, from the settings: the embedded node and the demo federation's other nodes (or the
 * remote node when the app uses one), then the provider URLs listed in Settings.
 */
public final class QueryProviders implements Supplier<CompletableFuture<List<QueryProvider>>> {
    private final Supplier<Settings> settings;
    private final Supplier<CompletableFuture<URI>> currentNode;
    private final DemoFederation federation;

    public QueryProviders(
            Supplier<Settings> settings, Supplier<CompletableFuture<URI>> currentNode, DemoFederation federation) {
        this.settings = settings;
        this.currentNode = currentNode;
        this.federation = federation;
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
        if (s.nodeMode() == NodeMode.REMOTE) {
            return currentNode.get().thenApply(node -> join(List.of(new QueryProvider("Remote node", node)), listed));
        }
        return currentNode.get().thenCombine(federation.members(), (node, others) -> {
            List<QueryProvider> embedded = new ArrayList<>();
            embedded.add(new QueryProvider("Node 1 (embedded)", node));
            embedded.addAll(others);
            return join(embedded, listed);
        });
    }

    private static List<QueryProvider> join(List<QueryProvider> first, List<QueryProvider> then) {
        List<QueryProvider> all = new ArrayList<>(first);
        then.stream()
                .filter(p -> all.stream().noneMatch(a -> a.endpoint().equals(p.endpoint())))
                .forEach(all::add);
        return List.copyOf(all);
    }
}
