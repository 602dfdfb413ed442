package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.api.catalogue.SampleImages;
import eu.eucaim.workstation.api.library.DownloadProgress;
import eu.eucaim.workstation.app.samples.SampleImagesSource;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.samples.SafePaths;
import eu.eucaim.workstation.client.samples.SampleImagesClient;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sample images of whichever node {@link Connection} points at now, kept in the offline library under
 * {@code <data>/library/<node>/}: {@code embedded-node} for the embedded node (its port changes at every start,
 * its content does not), {@code <host>_<port>} for a remote one.
 */
final class SwitchableSamples implements SampleImagesSource {
    static final String EMBEDDED = "embedded-node";

    private final Connection connection;
    private final Path library;
    private SampleImagesClient client;
    private URI clientBase;

    SwitchableSamples(Connection connection, Path library) {
        this.connection = connection;
        this.library = library;
    }

    static String nodeFolder(NodeLink link) {
        URI base = link.baseUri();
        return "Embedded node".equals(link.kind())
                ? EMBEDDED
                : SafePaths.segment(base.getHost() + "_" + base.getPort());
    }

    private synchronized SampleImagesClient client(NodeLink link) {
        if (client == null || !link.baseUri().equals(clientBase)) {
            client = new SampleImagesClient(ClientConfig.of(link.baseUri()), library.resolve(nodeFolder(link)));
            clientBase = link.baseUri();
        }
        return client;
    }

    @Override
    public CompletableFuture<SampleImages> listing(String datasetId) {
        return through(c -> c.listing(datasetId));
    }

    @Override
    public CompletableFuture<List<Path>> download(String datasetId, Consumer<DownloadProgress> progress) {
        return through(c -> c.download(datasetId, progress));
    }

    /** Chains on the link, and passes a cancel of the result on to the inner call (thenCompose would not). */
    private <T> CompletableFuture<T> through(Function<SampleImagesClient, CompletableFuture<T>> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        connection.link().whenComplete((link, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
                return;
            }
            if (result.isDone()) {
                return;
            }
            CompletableFuture<T> inner = call.apply(client(link));
            result.whenComplete((v, e) -> inner.cancel(true));
            inner.whenComplete((v, e) -> {
                if (e != null) {
                    result.completeExceptionally(e);
                } else {
                    result.complete(v);
                }
            });
        });
        return result;
    }
}
