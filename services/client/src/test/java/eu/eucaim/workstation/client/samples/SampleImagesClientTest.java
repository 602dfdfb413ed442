package eu.eucaim.workstation.client.samples;

import static eu.eucaim.workstation.client.Failures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.catalogue.SampleImages;
import eu.eucaim.workstation.api.error.ServiceUnreachableException;
import eu.eucaim.workstation.api.library.DownloadProgress;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.catalogue.HttpCatalogueClient;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import eu.eucaim.workstation.node.samples.SampleRoutes;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sample downloads from a real node on loopback: complete, resumable, offline, cancellable. */
class SampleImagesClientTest {
    @TempDir
    static Path nodeData;

    static EucaimNode node;
    static String datasetId;

    @BeforeAll
    static void start() throws Exception {
        node = EucaimNode.start(NodeConfig.defaults(nodeData, 7).withDatasetCount(12));
        DatasetPage page = new HttpCatalogueClient(ClientConfig.of(node.baseUri()))
                .search(new DatasetQuery("", java.util.Map.of(), 0, 100))
                .get(20, TimeUnit.SECONDS);
        datasetId = page.items().stream()
                .filter(SampleRoutes::hasSamples)
                .findFirst()
                .orElseThrow()
                .id();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static SampleImagesClient client(URI base, Path library) {
        return new SampleImagesClient(ClientConfig.of(base), library.resolve("node"));
    }

    @Test
    void downloadsEveryFileThenOpensAgainWithoutTheNetwork(@TempDir Path library) throws Exception {
        List<DownloadProgress> seen = new CopyOnWriteArrayList<>();
        List<Path> files =
                client(node.baseUri(), library).download(datasetId, seen::add).get(120, TimeUnit.SECONDS);

        SampleImages listing = Json.mapper()
                .readValue(
                        library.resolve("node")
                                .resolve(datasetId)
                                .resolve("samples.json")
                                .toFile(),
                        SampleImages.class);
        int n = listing.files().size();
        assertThat(files).hasSize(n);
        for (int i = 0; i < files.size(); i++) {
            // Each file once in the store, named by its content hash.
            assertThat(files.get(i))
                    .isEqualTo(ObjectStore.path(library, listing.files().get(i).sha256()));
            assertThat(Files.size(files.get(i)))
                    .isEqualTo(listing.files().get(i).size());
        }
        DownloadProgress last = seen.get(seen.size() - 1);
        assertThat(last.bytesDone()).isEqualTo(last.bytesTotal()).isEqualTo(listing.totalBytes());
        assertThat(last.filesDone()).isEqualTo(n);
        assertThat(SampleDownloadFailuresTest.noPartFiles(library)).isTrue();

        // Offline: a node address nobody listens on. Everything is in the library, so no call is made.
        URI dead = URI.create("http://127.0.0.1:9");
        assertThat(client(dead, library).download(datasetId, p -> {}).get(10, TimeUnit.SECONDS))
                .isEqualTo(files);

        // A missing file needs the network: offline it fails with the typed error ...
        Files.delete(files.get(n / 2));
        failureOf(client(dead, library).download(datasetId, p -> {}), ServiceUnreachableException.class);
        // ... online, only that file is fetched again.
        List<DownloadProgress> again = new CopyOnWriteArrayList<>();
        client(node.baseUri(), library).download(datasetId, again::add).get(60, TimeUnit.SECONDS);
        assertThat(again.get(0).filesDone()).isEqualTo(n - 1);
        assertThat(Files.size(files.get(n / 2)))
                .isEqualTo(listing.files().get(n / 2).size());
        assertThat(client(node.baseUri(), library).keyFile(datasetId))
                .hasValue(ObjectStore.path(
                        library,
                        listing.studies().get(0).series().get(0).keyFile().sha256()));
    }

    /**
     * The same dataset reached under two names (the embedded node, then the same node by its URL): its files are
     * stored once, both references list them, and the library index shows each complete series with its size.
     */
    @Test
    void identicalFilesAreStoredOnceAndTheLibraryListsThem(@TempDir Path library) throws Exception {
        List<Path> first = new SampleImagesClient(ClientConfig.of(node.baseUri()), library.resolve("embedded-node"))
                .download(datasetId, p -> {})
                .get(120, TimeUnit.SECONDS);
        List<Path> second = new SampleImagesClient(ClientConfig.of(node.baseUri()), library.resolve("127.0.0.1_1"))
                .download(datasetId, p -> {})
                .get(120, TimeUnit.SECONDS);
        assertThat(second).isEqualTo(first);
        try (java.util.stream.Stream<Path> stored = Files.walk(library.resolve("objects"))) {
            assertThat(stored.filter(Files::isRegularFile)).hasSameSizeAs(first);
        }
        List<eu.eucaim.workstation.api.library.LibrarySeries> listed =
                new OfflineLibraryIndex(library).contents().get(10, TimeUnit.SECONDS);
        SampleImages listing = Json.mapper()
                .readValue(
                        library.resolve("embedded-node")
                                .resolve(datasetId)
                                .resolve("samples.json")
                                .toFile(),
                        SampleImages.class);
        int series = (int)
                listing.studies().stream().mapToLong(st -> st.series().size()).sum();
        assertThat(listed).hasSize(2 * series);
        assertThat(listed).allSatisfy(s -> {
            assertThat(s.datasetId()).isEqualTo(datasetId);
            assertThat(s.patientId()).isEqualTo("SMP-" + datasetId.toUpperCase(java.util.Locale.ROOT));
            assertThat(s.files()).contains(s.keyFile());
            assertThat(s.bytes())
                    .isEqualTo(s.files().stream()
                            .mapToLong(f -> f.toFile().length())
                            .sum());
        });
        assertThat(listed.stream().map(s -> s.source()).distinct()).containsExactly("127.0.0.1_1", "embedded-node");
        // A file missing from the store: its series is no longer listed as in the library.
        Files.delete(first.get(0));
        assertThat(new OfflineLibraryIndex(library).contents().get(10, TimeUnit.SECONDS))
                .hasSize(2 * series - 2);
    }

    @Test
    void cancellingLeavesNoPartialFileUnderAFinalName(@TempDir Path library) throws Exception {
        SampleImagesClient client = client(node.baseUri(), library);
        CompletableFuture<Boolean> started = new CompletableFuture<>();
        CompletableFuture<List<Path>> download = client.download(datasetId, p -> {
            if (p.bytesDone() > 0) {
                started.complete(true);
            }
        });
        started.get(60, TimeUnit.SECONDS);
        download.cancel(true);
        assertThat(download).isCancelled();
        Thread.sleep(500); // let the cancelled calls unwind and AtomicFile delete its temp files
        assertThat(SampleDownloadFailuresTest.noPartFiles(library)).isTrue();
        SampleImages listing = Json.mapper()
                .readValue(
                        library.resolve("node")
                                .resolve(datasetId)
                                .resolve("samples.json")
                                .toFile(),
                        SampleImages.class);
        long complete = 0;
        for (SampleImages.SampleFile f : listing.files()) {
            Path p = ObjectStore.path(library, f.sha256());
            if (Files.exists(p)) {
                assertThat(Files.size(p)).as(f.path()).isEqualTo(f.size());
                complete++;
            }
        }
        assertThat(complete).isLessThan(listing.files().size());
    }

    @Test
    void aDatasetWithoutSamplesGivesAnEmptyList(@TempDir Path library) throws Exception {
        DatasetPage page = new HttpCatalogueClient(ClientConfig.of(node.baseUri()))
                .search(new DatasetQuery("", java.util.Map.of(), 0, 100))
                .get(20, TimeUnit.SECONDS);
        String none = page.items().stream()
                .filter(d -> !SampleRoutes.hasSamples(d))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(client(node.baseUri(), library).download(none, p -> {}).get(20, TimeUnit.SECONDS))
                .isEmpty();
    }
}
