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
import java.util.stream.Stream;
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
        return new SampleImagesClient(ClientConfig.of(base), library);
    }

    @Test
    void downloadsEveryFileThenOpensAgainWithoutTheNetwork(@TempDir Path library) throws Exception {
        List<DownloadProgress> seen = new CopyOnWriteArrayList<>();
        List<Path> files =
                client(node.baseUri(), library).download(datasetId, seen::add).get(120, TimeUnit.SECONDS);

        SampleImages listing = Json.mapper()
                .readValue(library.resolve(datasetId).resolve("samples.json").toFile(), SampleImages.class);
        assertThat(files).hasSize(334).hasSize(listing.files().size());
        for (int i = 0; i < files.size(); i++) {
            assertThat(files.get(i)).startsWith(library.resolve(datasetId).resolve("images"));
            assertThat(Files.size(files.get(i)))
                    .isEqualTo(listing.files().get(i).size());
        }
        assertThat(files.get(0)).endsWith(Path.of("CT", "IM00001.dcm"));
        DownloadProgress last = seen.get(seen.size() - 1);
        assertThat(last.bytesDone()).isEqualTo(last.bytesTotal()).isEqualTo(listing.totalBytes());
        assertThat(last.filesDone()).isEqualTo(334);
        assertThat(noPartFiles(library)).isTrue();

        // Offline: a node address nobody listens on. Everything is in the library, so no call is made.
        URI dead = URI.create("http://127.0.0.1:9");
        assertThat(client(dead, library).download(datasetId, p -> {}).get(10, TimeUnit.SECONDS))
                .isEqualTo(files);

        // A missing file needs the network: offline it fails with the typed error ...
        Files.delete(files.get(100));
        failureOf(client(dead, library).download(datasetId, p -> {}), ServiceUnreachableException.class);
        // ... online, only that file is fetched again.
        List<DownloadProgress> again = new CopyOnWriteArrayList<>();
        client(node.baseUri(), library).download(datasetId, again::add).get(60, TimeUnit.SECONDS);
        assertThat(again.get(0).filesDone()).isEqualTo(333);
        assertThat(Files.size(files.get(100)))
                .isEqualTo(listing.files().get(100).size());
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
        assertThat(noPartFiles(library)).isTrue();
        SampleImages listing = Json.mapper()
                .readValue(library.resolve(datasetId).resolve("samples.json").toFile(), SampleImages.class);
        Path images = library.resolve(datasetId).resolve("images");
        long complete = 0;
        for (SampleImages.SampleFile f : listing.files()) {
            Path p = images.resolve(f.path());
            if (Files.exists(p)) {
                assertThat(Files.size(p)).as(f.path()).isEqualTo(f.size());
                complete++;
            }
        }
        assertThat(complete).isLessThan(334);
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

    static boolean noPartFiles(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.noneMatch(p -> p.getFileName().toString().endsWith(".part"));
        }
    }
}
