package eu.eucaim.workstation.client.connection;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.connection.BackendKind;
import eu.eucaim.workstation.api.query.QueryProvider;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NodeBackendTest {
    static final URI NODE = URI.create("http://127.0.0.1:43121");
    static final Path LIBRARY = Path.of("/tmp/library");

    private static NodeBackend.Builder builder(BackendKind kind) {
        return NodeBackend.builder(kind, NODE, LIBRARY, AccessTokenSource.none("not here"), "test");
    }

    @Test
    void theEmbeddedNodeKeepsOneLibraryFolderWhateverItsPortAndOthersOneEach() {
        assertThat(NodeBackend.libraryFolder(BackendKind.EMBEDDED_NODE, NODE)).isEqualTo("embedded-node");
        assertThat(NodeBackend.libraryFolder(BackendKind.NODE, URI.create("https://node.example.org:8443")))
                .isEqualTo("node.example.org_8443");
    }

    @Test
    void theNodeIsAskedFirstThenItsFederation() throws Exception {
        QueryProvider two = new QueryProvider("Node 2", URI.create("http://127.0.0.1:2"));
        NodeBackend backend = builder(BackendKind.EMBEDDED_NODE)
                .providerName("Node 1 (embedded)")
                .alsoAsking(() -> CompletableFuture.completedFuture(List.of(two)))
                .build();
        assertThat(backend.queryProviders().get(5, TimeUnit.SECONDS))
                .containsExactly(new QueryProvider("Node 1 (embedded)", NODE), two);
        assertThat(builder(BackendKind.NODE).build().queryProviders().get(5, TimeUnit.SECONDS))
                .extracting(QueryProvider::name)
                .containsExactly("Remote node");
    }

    @Test
    void anotherNodesCatalogueIsMadeOnceAndTheOwnIsTheOwn() {
        NodeBackend backend = builder(BackendKind.NODE).build();
        URI other = URI.create("http://127.0.0.1:9999");
        assertThat(backend.catalogueAt(NODE)).isSameAs(backend.catalogue());
        assertThat(backend.catalogueAt(other)).isNotSameAs(backend.catalogue()).isSameAs(backend.catalogueAt(other));
        assertThat(backend.kind()).isEqualTo(BackendKind.NODE);
        assertThat(backend.address()).isEqualTo(NODE);
    }

    @Test
    void closingStopsWhatItOwnsLastFirstAndOnlyOnce() {
        List<String> stopped = new ArrayList<>();
        NodeBackend backend = builder(BackendKind.EMBEDDED_NODE)
                .owning(() -> stopped.add("node"))
                .owning(() -> stopped.add("federation"))
                .owning(() -> {
                    throw new IllegalStateException("does not stop");
                })
                .build();
        backend.close();
        backend.close();
        assertThat(stopped).containsExactly("federation", "node");
    }
}
