package eu.eucaim.workstation.app.query;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.app.fx.UiThread;
import eu.eucaim.workstation.app.settings.Settings;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.catalogue.HttpCatalogueClient;
import eu.eucaim.workstation.client.query.FederatedQuery;
import eu.eucaim.workstation.node.NodeConfig;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds the Query tab for the app and owns the demo federation behind it, so that the shell only has to place
 * the view, follow the node connection and close this at exit.
 */
public final class QueryTab implements AutoCloseable {
    private final DemoFederation federation;
    private final QueryViewModel vm;
    private final QueryView view;

    /**
     * @param currentNode the node the app uses now (the embedded node 1, or the remote node)
     * @param openInCatalogue shows the Catalogue tab with a dataset loaded from the given catalogue
     * @param warn          shows a warning line (called on the UI thread)
     */
    public QueryTab(
            AccessTokenSource tokens,
            Supplier<Settings> settings,
            Supplier<CompletableFuture<URI>> currentNode,
            Path nodeDataDir,
            Executor io,
            String appVersion,
            BiConsumer<String, CatalogueService> openInCatalogue,
            Consumer<String> openInCurrentCatalogue,
            QueryViewModel.SelectionSink selection,
            Consumer<String> warn,
            Function<Boolean, File> chooseFile) {
        federation = new DemoFederation(
                nodeDataDir,
                NodeConfig.DEFAULT_DATASET_COUNT,
                message -> UiThread.executor().execute(() -> warn.accept(message)));
        QueryProviders providers = new QueryProviders(settings, currentNode, federation);
        QueryViewModel.DatasetOpener opener = (provider, id) -> {
            URI base = provider.catalogueBase();
            CompletableFuture<URI> current = currentNode.get();
            if (base == null) {
                warn.accept(provider.name() + " is not a EUCAIM node: its datasets have no catalogue entry to open.");
            } else if (current.isDone() && !current.isCompletedExceptionally() && base.equals(current.join())) {
                openInCurrentCatalogue.accept(id);
            } else {
                openInCatalogue.accept(id, new HttpCatalogueClient(ClientConfig.of(base)));
            }
        };
        vm = new QueryViewModel(
                tokens,
                providers,
                UiThread.executor(),
                io,
                FederatedQuery.DEFAULT_TIMEOUT,
                appVersion,
                opener,
                selection);
        view = new QueryView(vm, chooseFile);
    }

    public QueryView view() {
        return view;
    }

    public QueryViewModel viewModel() {
        return vm;
    }

    /** Call when the app's node changes: the demo federation's other nodes trust the embedded node, or stop. */
    public void nodeChanged(Settings settings, CompletableFuture<URI> node) {
        if (settings.nodeMode() == eu.eucaim.workstation.app.settings.NodeMode.EMBEDDED) {
            node.thenAccept(federation::follow);
        } else {
            federation.stop();
        }
    }

    @Override
    public void close() {
        federation.close();
    }
}
