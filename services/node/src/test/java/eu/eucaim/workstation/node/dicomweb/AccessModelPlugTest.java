package eu.eucaim.workstation.node.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.node.http.ApiException;
import eu.eucaim.workstation.node.http.ApiServer;
import eu.eucaim.workstation.node.http.Caller;
import eu.eucaim.workstation.node.storage.Database;
import eu.eucaim.workstation.node.storage.JdbcTarget;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DICOMweb routes with another {@link ImageAccessPolicy} and {@link RetrievalLog} plugged in, as the access
 * models will be: what the policy refuses is 403 with its reason, and each image-data reply is recorded once with
 * the bytes sent and its use. Callers come from a header (a test guard), the routes run on a real server.
 */
class AccessModelPlugTest {
    private static final String STUDY = "2.25.7001";
    private static final String SERIES = "2.25.7001.1";
    private static final String SOP = "2.25.7001.1.1";

    record Entry(String account, String study, String series, ImageUse use, long bytes) {}

    @TempDir
    Path temp;

    private final List<Entry> log = new CopyOnWriteArrayList<>();
    private Database db;
    private DicomWeb web;
    private ApiServer server;
    private DicomWebClient client;

    /** What each record of the log waits for first (nothing, unless a test holds the log). */
    private final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CountDownLatch> logging =
            new java.util.concurrent.atomic.AtomicReference<>(new java.util.concurrent.CountDownLatch(0));

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the dataset's model allows download (else it is on-site only). */
    private final java.util.concurrent.atomic.AtomicBoolean download = new java.util.concurrent.atomic.AtomicBoolean();

    /** Retrieval (instances) is refused unless {@link #download}: an on-site-only dataset's model; viewing is allowed. */
    private final ImageAccessPolicy onSiteOnly = (caller, owner, use) -> use == ImageUse.RETRIEVE && !download.get()
            ? Optional.of("Dataset ds-x may be viewed on site only; it cannot be kept")
            : caller.account().equals("stranger") ? Optional.of("Not granted") : Optional.empty();

    @BeforeEach
    void start() throws Exception {
        db = Database.open(JdbcTarget.h2File(temp.resolve("db")));
        web = new DicomWeb(
                db.dataSource(),
                temp.resolve("store"),
                List.of(),
                1,
                onSiteOnly,
                (caller, owner, study, series, use, bytes) -> {
                    awaitQuietly(logging.get());
                    log.add(new Entry(caller.account(), study, series, use, bytes));
                });
        server = ApiServer.start("127.0.0.1", 0, web.routes(), (ctx, access) -> {
            String user = ctx.header("Authorization");
            if (user == null) {
                throw new ApiException(401, "unauthorized", "no user");
            }
            String name = user.substring("Bearer ".length());
            Set<Role> roles = name.equals("steward") ? EnumSet.of(Role.DATA_STEWARD) : EnumSet.of(Role.RESEARCHER);
            return new Caller(name, "test", name, name, roles, Set::of);
        });
        client = new DicomWebClient(URI.create("http://127.0.0.1:" + server.port()));
    }

    @AfterEach
    void stop() {
        server.close();
        web.close();
        db.close();
    }

    private void publishNothingAndStore() throws Exception {
        web.start();
        web.demoPublished().get(30, TimeUnit.SECONDS);
        DicomWebClient.Reply r = client.post(
                "/dicom-web/studies",
                "steward",
                "multipart/related; type=\"application/dicom\"; boundary=b",
                DicomWebClient.multipart(
                        "b",
                        List.of(TestInstances.ct(
                                STUDY, SERIES, SOP, "Plug^Pat", "20240101", TransferSyntax.EXPLICIT_VR_LE_UID, 2)),
                        "application/dicom"));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
    }

    @Test
    void beforeTheDemoImagesAreStoredTheRoutesSay503WithRetryAfter() {
        DicomWebClient.Reply r = client.get("/dicom-web/studies", "researcher", null);
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.header("Retry-After")).isNotNull();
    }

    @Test
    void thePolicysRefusalIs403WithItsReasonAndViewingStillWorks() throws Exception {
        publishNothingAndStore();
        String instance = "/dicom-web/studies/" + STUDY + "/series/" + SERIES + "/instances/" + SOP;
        DicomWebClient.Reply refused = client.get(instance, "researcher", null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("message").asText())
                .isEqualTo("Dataset ds-x may be viewed on site only; it" + " cannot be kept");
        assertThat(client.get("/dicom-web/studies/" + STUDY, "researcher", null).status())
                .isEqualTo(403);
        assertThat(client.get(instance + "/frames/1", "researcher", null).status())
                .isEqualTo(200);
        // Searching is the policy's too: a caller it refuses sees no study, and 403 for the study itself.
        assertThat(client.get("/dicom-web/studies", "stranger", null).json()).isEmpty();
        assertThat(client.get("/dicom-web/studies", "researcher", null).json()).hasSize(1);
        assertThat(client.get("/dicom-web/studies/" + STUDY + "/metadata", "stranger", null)
                        .status())
                .isEqualTo(403);
        assertThat(log).noneMatch(e -> e.use() == ImageUse.RETRIEVE);
    }

    @Test
    void everyImageReplyIsLoggedOnceWithTheBytesSent() throws Exception {
        publishNothingAndStore();
        String instance = "/dicom-web/studies/" + STUDY + "/series/" + SERIES + "/instances/" + SOP;
        log.clear();
        client.get("/dicom-web/studies", "researcher", null);
        client.get(instance + "/metadata", "researcher", null);
        assertThat(log).isEmpty(); // searching and metadata are not image data
        DicomWebClient.Reply frames = client.get(instance + "/frames/1,2", "researcher", null);
        DicomWebClient.Reply rendered = client.get(instance + "/rendered", "researcher", null);
        DicomWebClient.Reply thumb = client.get("/dicom-web/studies/" + STUDY + "/thumbnail", "researcher", null);
        // A reply is recorded once sent: the client may have it a moment before the server's record.
        for (long end = System.nanoTime() + 5_000_000_000L; log.size() < 3 && System.nanoTime() < end; ) {
            Thread.sleep(10);
        }
        assertThat(log)
                .containsExactly(
                        new Entry("researcher", STUDY, SERIES, ImageUse.VIEW, frames.body().length),
                        new Entry("researcher", STUDY, SERIES, ImageUse.VIEW, rendered.body().length),
                        new Entry("researcher", STUDY, SERIES, ImageUse.VIEW, thumb.body().length));
    }

    @Test
    void aMultipartReplyIsCompleteBeforeItsRetrievalIsLogged() throws Exception {
        publishNothingAndStore();
        download.set(true);
        log.clear();
        String instance = "/dicom-web/studies/" + STUDY + "/series/" + SERIES + "/instances/" + SOP;
        for (String path : List.of(instance, instance + "/frames/1")) {
            java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
            logging.set(held);
            try {
                java.util.concurrent.CompletableFuture<DicomWebClient.Reply> reply =
                        java.util.concurrent.CompletableFuture.supplyAsync(() -> client.get(path, "researcher", null));
                // The whole reply arrives while the log is still held (the route has not returned).
                assertThat(reply.get(10, TimeUnit.SECONDS).status()).as(path).isEqualTo(200);
                assertThat(log).isEmpty();
            } finally {
                held.countDown();
            }
            for (long end = System.nanoTime() + 5_000_000_000L; log.isEmpty() && System.nanoTime() < end; ) {
                Thread.sleep(10);
            }
            assertThat(log).as(path).hasSize(1);
            log.clear();
        }
    }

    @Test
    void retrievalsOfInstancesSeriesAndStudiesAreLoggedAsRetrieve() throws Exception {
        publishNothingAndStore();
        download.set(true);
        log.clear();
        String series = "/dicom-web/studies/" + STUDY + "/series/" + SERIES;
        List<DicomWebClient.Reply> replies = List.of(
                client.get(series + "/instances/" + SOP, "researcher", null),
                client.get(series, "researcher", null),
                client.get("/dicom-web/studies/" + STUDY, "researcher", null));
        for (long end = System.nanoTime() + 5_000_000_000L; log.size() < 3 && System.nanoTime() < end; ) {
            Thread.sleep(10);
        }
        assertThat(log).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(replies.get(i).status()).isEqualTo(200);
            assertThat(log.get(i))
                    .isEqualTo(new Entry(
                            "researcher",
                            STUDY,
                            SERIES,
                            ImageUse.RETRIEVE,
                            replies.get(i).body().length));
        }
    }
}
