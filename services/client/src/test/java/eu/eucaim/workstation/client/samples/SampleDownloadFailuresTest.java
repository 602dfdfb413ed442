package eu.eucaim.workstation.client.samples;

import static eu.eucaim.workstation.client.Failures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.catalogue.SampleImages;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleFile;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleSeries;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleStudy;
import eu.eucaim.workstation.api.error.MalformedResponseException;
import eu.eucaim.workstation.api.error.ServiceErrorException;
import eu.eucaim.workstation.api.library.DownloadProgress;
import eu.eucaim.workstation.api.platform.SafePaths;
import eu.eucaim.workstation.client.ClientConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures a real node does not produce: truncated bodies, an error halfway, corrupt bytes, hostile names. */
class SampleDownloadFailuresTest {
    static final String LISTING_PATH = "/api/catalogue/datasets/ds-1/samples";
    static final byte[] ONE = "first file content".repeat(100).getBytes(StandardCharsets.US_ASCII);
    static final byte[] TWO = "second file".repeat(300).getBytes(StandardCharsets.US_ASCII);

    MockWebServer server;
    final Map<String, Integer> hits = new ConcurrentHashMap<>();
    volatile Function<String, MockResponse> files;
    volatile SampleImages listing = listing(file("A/1.dcm", ONE), file("A/2.dcm", TWO));

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                String path = r.getUrl().encodedPath();
                hits.merge(path, 1, Integer::sum);
                if (path.equals(LISTING_PATH)) {
                    try {
                        return new MockResponse.Builder()
                                .code(200)
                                .setHeader("Content-Type", "application/json")
                                .body(Json.mapper().writeValueAsString(listing))
                                .build();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return files.apply(path.substring((LISTING_PATH + "/files/").length()));
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static SampleFile file(String path, byte[] content) {
        try {
            return new SampleFile(
                    path,
                    content.length,
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static SampleImages listing(SampleFile... files) {
        return new SampleImages(
                "ds-1",
                false,
                List.of(new SampleStudy(
                        "1.2.3", "study", "CT", List.of(new SampleSeries("1.2.3.4", "CT", "series", List.of(files))))));
    }

    static MockResponse ok(byte[] body) {
        return new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/dicom")
                .body(new okio.Buffer().write(body))
                .build();
    }

    /** A client whose node folder is {@code <library>/node}; the files go to {@code <library>/objects}. */
    SampleImagesClient client(Path library) {
        return new SampleImagesClient(ClientConfig.of(server.url("/").uri()), library.resolve("node"));
    }

    @Test
    void aServerErrorHalfwayFailsTypedKeepsTheGoodFileAndARetryFetchesOnlyTheRest(@TempDir Path library)
            throws Exception {
        files = p -> p.equals("A/1.dcm")
                ? ok(ONE)
                : new MockResponse.Builder()
                        .code(500)
                        .setHeader("Content-Type", "application/json")
                        .body("{\"error\":\"internal\",\"message\":\"disk on fire\"}")
                        .build();
        ServiceErrorException e = failureOf(client(library).download("ds-1", p -> {}), ServiceErrorException.class);
        assertThat(e.status()).isEqualTo(500);
        assertThat(e.getMessage()).contains("disk on fire");
        Path one = ObjectStore.path(library, file("A/1.dcm", ONE).sha256());
        Path two = ObjectStore.path(library, file("A/2.dcm", TWO).sha256());
        assertThat(two).doesNotExist();
        assertThat(partFilesGone(library)).isTrue();

        // The two files go in parallel, so the good one may or may not have finished before the failure.
        boolean kept = Files.exists(one);
        if (kept) {
            assertThat(Files.readAllBytes(one)).isEqualTo(ONE);
        }
        files = p -> p.equals("A/1.dcm") ? ok(ONE) : ok(TWO);
        int firstBefore = hits.getOrDefault(LISTING_PATH + "/files/A/1.dcm", 0);
        List<Path> paths = client(library).download("ds-1", p -> {}).get(10, TimeUnit.SECONDS);
        assertThat(Files.readAllBytes(paths.get(0))).isEqualTo(ONE);
        assertThat(Files.readAllBytes(paths.get(1))).isEqualTo(TWO);
        assertThat(hits.getOrDefault(LISTING_PATH + "/files/A/1.dcm", 0))
                .isEqualTo(kept ? firstBefore : firstBefore + 1);
    }

    @Test
    void whileTheNodePreparesTheClientAsksAgainAndSaysSo(@TempDir Path library) throws Exception {
        SampleImages ready = listing;
        listing = new SampleImages("ds-1", true, List.of());
        files = p -> ok(p.equals("A/1.dcm") ? ONE : TWO);
        List<DownloadProgress> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        var download = client(library).download("ds-1", seen::add);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (hits.getOrDefault(LISTING_PATH, 0) < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(download).isNotDone();
        listing = ready;
        assertThat(download.get(10, TimeUnit.SECONDS)).hasSize(2);
        assertThat(seen.get(0).preparing()).isTrue();
        assertThat(seen.get(0).fraction()).isEqualTo(-1);
        assertThat(seen.get(seen.size() - 1).fraction()).isEqualTo(1);
    }

    @Test
    void aBodyCutOffMidwayIsMalformedAndLeavesNothing(@TempDir Path library) throws Exception {
        files = p -> new MockResponse.Builder()
                .code(200)
                .body(new okio.Buffer().write(p.equals("A/1.dcm") ? ONE : TWO))
                .onResponseBody(new SocketEffect.CloseSocket(true, false, false))
                .build();
        MalformedResponseException e =
                failureOf(client(library).download("ds-1", p -> {}), MalformedResponseException.class);
        assertThat(e.getMessage()).contains("the body ended after");
        assertThat(ObjectStore.path(library, file("A/1.dcm", ONE).sha256())).doesNotExist();
        assertThat(ObjectStore.path(library, file("A/2.dcm", TWO).sha256())).doesNotExist();
        assertThat(partFilesGone(library)).isTrue();
    }

    @Test
    void aShortOrCorruptBodyIsMalformed(@TempDir Path library) throws Exception {
        byte[] corrupt = ONE.clone();
        corrupt[10] ^= 1;
        files = p -> p.equals("A/1.dcm") ? ok(corrupt) : ok(java.util.Arrays.copyOf(TWO, 100));
        MalformedResponseException e =
                failureOf(client(library).download("ds-1", p -> {}), MalformedResponseException.class);
        assertThat(e.getMessage()).containsAnyOf("SHA-256", "ended after 100 of " + TWO.length);
        assertThat(ObjectStore.path(library, file("A/1.dcm", ONE).sha256())).doesNotExist();
        assertThat(ObjectStore.path(library, file("A/2.dcm", TWO).sha256())).doesNotExist();
    }

    @Test
    void unsafeNamesFromTheServerAreRefusedBeforeAnythingIsWritten(@TempDir Path temp) throws Exception {
        Path library = temp.resolve("library");
        files = p -> ok(ONE);
        for (String bad : List.of(
                "../escape.dcm", "A/../../escape.dcm", "/etc/passwd", "C:\\x.dcm", "A//1.dcm", "NUL.dcm", ".hidden")) {
            listing = listing(file(bad, ONE));
            MalformedResponseException e =
                    failureOf(client(library).download("ds-1", p -> {}), MalformedResponseException.class);
            assertThat(e.getMessage()).as(bad).contains("sample listing of 'ds-1'");
        }
        try (Stream<Path> all = Files.walk(temp)) {
            assertThat(all.filter(p -> p.getFileName().toString().startsWith("escape")))
                    .isEmpty();
        }
        assertThat(hits.keySet()).containsOnly(LISTING_PATH);
    }

    @Test
    void aHostileDatasetIdBecomesOneSafeFolder(@TempDir Path library) {
        SampleImagesClient client = client(library);
        assertThat(client.folder("../../x").getParent()).isEqualTo(library.resolve("node"));
        assertThat(client.folder("../../x").getFileName().toString()).doesNotContain("/", "..");
        assertThat(client.folder("ds-1")).isEqualTo(library.resolve("node/ds-1"));
        assertThat(SafePaths.segment("a/b")).isNotEqualTo(SafePaths.segment("a_b"));
    }

    /**
     * A failure completes the download at once and cancels the other transfers; a cancelled transfer deletes its
     * temporary file on its own HTTP thread a moment later. So: no ".part" file may remain, within a bound.
     */
    static boolean partFilesGone(Path root) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!noPartFiles(root)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    static boolean noPartFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.noneMatch(p -> p.getFileName().toString().endsWith(".part"));
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.file.NoSuchFileException) {
                return false; // a file was deleted while the walk passed it: not settled yet, look again
            }
            throw e;
        }
    }
}
