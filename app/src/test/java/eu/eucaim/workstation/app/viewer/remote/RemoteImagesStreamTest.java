package eu.eucaim.workstation.app.viewer.remote;

import static eu.eucaim.workstation.app.viewer.remote.RemoteTestSources.counting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.dicomweb.ImageSource;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.dicomweb.HttpDicomWebClient;
import eu.eucaim.workstation.client.dicomweb.OrthancServer;
import eu.eucaim.workstation.client.library.LocalImageLibrary;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.source.RemoteInstance;
import eu.eucaim.workstation.viewer.testing.SyntheticStudy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A series streamed whole from a real Orthanc: the decoders get each instance as soon as the reply has brought it,
 * not when the library has kept it (its stores go at the disk's pace, and wait for the decoders to be quiet).
 */
class RemoteImagesStreamTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void theDecodersReadWhatTheSeriesReplyBroughtBeforeTheLibraryHasKeptIt() throws Exception {
        List<Path> slices = SyntheticStudy.ctSeries(
                Files.createDirectories(dir.resolve("ct")), 7, "Streamed", 30, 16, 16, (x, y, z) -> z + x);
        try (OrthancServer server = serving(slices);
                LocalImageLibrary library = LocalImageLibrary.open(dir.resolve("library"))) {
            ImageSource at = new ImageSource("Stream Orthanc", server.dicomWeb(), ImageSource.Auth.NONE, "");
            CountDownLatch storesMayGoOn = new CountDownLatch(1);
            InstanceKeeper slowStores = new SlowStores(new LibraryKeeper(library), storesMayGoOn);
            RemoteImages images = new RemoteImages(dir.resolve("fetch"), slowStores);
            List<String> asked = java.util.Collections.synchronizedList(new ArrayList<>());
            images.register(at, counting(new HttpDicomWebClient(ClientConfig.of(at.baseUrl()), null), asked));
            List<RemoteInstance> order = order(slices, at);
            RemoteInstance last = order.get(order.size() - 1);
            CountDownLatch lastArrived = new CountDownLatch(1);

            images.stream(order);
            assertThat(images.arriving(last, lastArrived::countDown))
                    .as("the last comes with the series' reply")
                    .isTrue();

            try {
                assertThat(lastArrived.await(60, TimeUnit.SECONDS))
                        .as("arrived while the library's stores are held")
                        .isTrue();
                assertThat(library.find(last.sopInstanceUid()))
                        .as("not kept yet")
                        .isEmpty();
                byte[] bytes = images.fetch(last);
                Path read = Files.write(dir.resolve("read.dcm"), bytes);
                assertThat(DicomReader.readHeader(read).dataset().getString(Tags.SOPInstanceUID))
                        .isEqualTo(last.sopInstanceUid());
                asked.clear();
                var keepOffline = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return images.keep(last);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                Thread.sleep(300);
                assertThat(keepOffline)
                        .as("Keep offline waits for the store under way")
                        .isNotDone();
                storesMayGoOn.countDown();
                assertThat(keepOffline.get(60, TimeUnit.SECONDS))
                        .as("then finds it kept")
                        .isFalse();
                assertThat(asked).as("not fetched a second time").isEmpty();
            } finally {
                storesMayGoOn.countDown();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (library.seriesFiles(last.seriesUid()).size() < order.size() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(library.seriesFiles(last.seriesUid()))
                    .as("then all kept")
                    .hasSize(order.size());
            assertThat(dir.resolve("fetch"))
                    .as("nothing left where they arrived")
                    .isEmptyDirectory();
            assertThat(images.fetch(last))
                    .as("now read from the library")
                    .isEqualTo(Files.readAllBytes(
                            library.find(last.sopInstanceUid()).orElseThrow()));
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void theReplysFilesAreKeptOnceTheDecodersAreQuiet() throws Exception {
        List<Path> slices = SyntheticStudy.ctSeries(
                Files.createDirectories(dir.resolve("ct")), 8, "Quiet", 30, 16, 16, (x, y, z) -> z * x);
        try (OrthancServer server = serving(slices);
                LocalImageLibrary library = LocalImageLibrary.open(dir.resolve("library"))) {
            ImageSource at = new ImageSource("Quiet Orthanc", server.dicomWeb(), ImageSource.Auth.NONE, "");
            RemoteImages images = new RemoteImages(dir.resolve("fetch"), new LibraryKeeper(library));
            java.util.concurrent.atomic.AtomicBoolean quiet = new java.util.concurrent.atomic.AtomicBoolean();
            images.keepWhenQuiet(quiet::get);
            images.register(at, new HttpDicomWebClient(ClientConfig.of(at.baseUrl()), null));
            List<RemoteInstance> order = order(slices, at);
            RemoteInstance last = order.get(order.size() - 1);
            CountDownLatch lastArrived = new CountDownLatch(1);

            images.stream(order);
            assertThat(images.arriving(last, lastArrived::countDown)).isTrue();
            assertThat(lastArrived.await(60, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(300);
            assertThat(library.seriesFiles(last.seriesUid()))
                    .as("while the decoders are busy only those fetched alone, ahead of the reply, are kept")
                    .hasSizeLessThanOrEqualTo(RemoteImages.STREAMS);

            quiet.set(true);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (library.seriesFiles(last.seriesUid()).size() < order.size() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(library.seriesFiles(last.seriesUid())).as("then all").hasSize(order.size());
        }
    }

    /**
     * The image to be shown comes into memory and is given before anything is written: with a fetch folder that
     * cannot be made (the library's disk full, read-only or gone) it is still shown, only not kept; with one that can,
     * the library keeps it after.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void theImageToShowIsGivenFromMemoryAndKeptAfter() throws Exception {
        List<Path> slices = SyntheticStudy.ctSeries(
                Files.createDirectories(dir.resolve("ct")), 9, "Shown", 3, 16, 16, (x, y, z) -> x + y + z);
        try (OrthancServer server = serving(slices);
                LocalImageLibrary library = LocalImageLibrary.open(dir.resolve("library"))) {
            ImageSource at = new ImageSource("Shown Orthanc", server.dicomWeb(), ImageSource.Auth.NONE, "");
            RemoteInstance middle = order(slices, at).get(1);
            byte[] stored = Files.readAllBytes(slices.get(1));

            Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "a file where the fetch folder goes");
            RemoteImages unwritable = new RemoteImages(notAFolder, new LibraryKeeper(library));
            unwritable.register(at, new HttpDicomWebClient(ClientConfig.of(at.baseUrl()), null));
            assertThat(unwritable.fetch(middle)).as("shown all the same").isEqualTo(stored);
            assertThatThrownBy(() -> unwritable.keep(middle))
                    .as("Keep offline says why it could not")
                    .isInstanceOf(java.io.IOException.class);
            assertThat(library.find(middle.sopInstanceUid())).as("not kept").isEmpty();

            RemoteImages images = new RemoteImages(dir.resolve("fetch"), new LibraryKeeper(library));
            List<String> asked = java.util.Collections.synchronizedList(new ArrayList<>());
            images.register(at, counting(new HttpDicomWebClient(ClientConfig.of(at.baseUrl()), null), asked));
            assertThat(images.fetch(middle)).isEqualTo(stored);
            images.keep(middle); // Keep offline: waits for the keeping under way (or finds it done)
            assertThat(asked).as("fetched once, into memory").containsExactly("instanceBytes");
            assertThat(library.find(middle.sopInstanceUid()))
                    .as("kept after it was given")
                    .hasValueSatisfying(kept -> assertThat(kept).hasBinaryContent(stored));
            assertThat(dir.resolve("fetch"))
                    .as("nothing left where it was written")
                    .isEmptyDirectory();

            RemoteInstance gone = RemoteImages.instance(at, middle.studyUid(), middle.seriesUid(), "1.2.826.0.1.404");
            asked.clear();
            for (int attempt = 0; attempt < 2; attempt++) {
                assertThatThrownBy(() -> images.fetch(gone))
                        .as("the server's answer, each time asked again")
                        .isInstanceOf(java.io.IOException.class)
                        .hasMessageContaining("404");
            }
            assertThat(asked).containsExactly("instanceBytes", "instanceBytes");
            assertThatThrownBy(() -> images.keep(gone)).isInstanceOf(java.io.IOException.class);
        }
    }

    /**
     * The image shown first is asked for as soon as the series' metadata is here, before its stack is built, and the
     * decoder's fetch shares that request; nothing is asked for an image the library has, one of a view-only study,
     * or without a library (nothing would hold the bytes until the decoder asks).
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void theImageShownFirstIsAskedForBeforeTheStackIsBuiltAndOnlyOnce() throws Exception {
        List<Path> slices = SyntheticStudy.ctSeries(
                Files.createDirectories(dir.resolve("ct")), 11, "Ahead", 9, 16, 16, (x, y, z) -> x * z + y);
        try (OrthancServer server = serving(slices);
                LocalImageLibrary library = LocalImageLibrary.open(dir.resolve("library"))) {
            ImageSource at = new ImageSource("Ahead Orthanc", server.dicomWeb(), ImageSource.Auth.NONE, "");
            List<String> asked = java.util.Collections.synchronizedList(new ArrayList<>());
            var service = counting(new HttpDicomWebClient(ClientConfig.of(at.baseUrl()), null), asked);
            RemoteInstance any = order(slices, at).get(0);
            var metadata =
                    service.seriesMetadata(any.studyUid(), any.seriesUid()).get(60, TimeUnit.SECONDS);
            RemoteImages images = new RemoteImages(dir.resolve("fetch"), new LibraryKeeper(library));
            images.register(at, service);
            images.recall(any.studyUid(), any.seriesUid());
            asked.clear();

            RemoteInstance first = RemoteStack.middle(at, any.studyUid(), any.seriesUid(), metadata)
                    .orElseThrow();
            images.fetchAhead(first);
            assertThat(asked).as("asked before the stack is built").containsExactly("instanceBytes");
            List<RemoteInstance> stack =
                    RemoteStack.middleOut(RemoteStack.tree(at, any.studyUid(), any.seriesUid(), metadata));
            assertThat(stack.get(0)).as("the stack's first").isEqualTo(first);
            byte[] stored = Files.readAllBytes(slices.get(order(slices, at).indexOf(first)));
            assertThat(images.fetch(first)).as("the decoder's").isEqualTo(stored);
            images.keep(first);
            assertThat(asked).as("one request for both").containsExactly("instanceBytes");

            asked.clear();
            RemoteImages reopened = new RemoteImages(dir.resolve("fetch"), new LibraryKeeper(library));
            reopened.register(at, service);
            reopened.recall(any.studyUid(), any.seriesUid());
            reopened.fetchAhead(first);
            reopened.viewOnly(any.studyUid());
            reopened.fetchAhead(stack.get(1));
            RemoteImages noLibrary = new RemoteImages(dir.resolve("fetch"), InstanceKeeper.NOTHING_KEPT);
            noLibrary.register(at, service);
            noLibrary.fetchAhead(stack.get(1));
            assertThat(asked).as("kept already, view-only, no library").isEmpty();
        }
    }

    /**
     * A series reply waits in memory only up to its bound ({@link ArrivalMemory}), the rest in files; the decoders read
     * either without asking the server again, and once kept nothing is held, nothing left in the fetch folder, and
     * the library has every instance as stored.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aSeriesReplyWaitsInMemoryOnlyUpToItsBoundAndTheRestInFiles() throws Exception {
        List<Path> slices = SyntheticStudy.ctSeries(
                Files.createDirectories(dir.resolve("ct")), 10, "Bounded", 40, 32, 32, (x, y, z) -> x * y + z);
        long largest = 0;
        for (Path f : slices) {
            largest = Math.max(largest, Files.size(f));
        }
        long bound = 5 * largest;
        try (OrthancServer server = serving(slices);
                LocalImageLibrary library = LocalImageLibrary.open(dir.resolve("library"))) {
            ImageSource at = new ImageSource("Bounded Orthanc", server.dicomWeb(), ImageSource.Auth.NONE, "");
            CountDownLatch storesMayGoOn = new CountDownLatch(1);
            RemoteImages images = new RemoteImages(
                    dir.resolve("fetch"), new SlowStores(new LibraryKeeper(library), storesMayGoOn), bound);
            List<String> asked = java.util.Collections.synchronizedList(new ArrayList<>());
            images.register(at, counting(new HttpDicomWebClient(ClientConfig.of(at.baseUrl()), null), asked));
            List<RemoteInstance> order = order(slices, at);
            RemoteInstance last = order.get(order.size() - 1);
            CountDownLatch lastArrived = new CountDownLatch(1);
            try {
                images.stream(order);
                assertThat(images.arriving(last, lastArrived::countDown)).isTrue();
                assertThat(lastArrived.await(60, TimeUnit.SECONDS)).isTrue();
                assertThat(images.heldInMemory())
                        .as("some of the reply in memory, never more than the bound")
                        .isPositive()
                        .isLessThanOrEqualTo(bound);
                try (var files = Files.list(dir.resolve("fetch"))) {
                    assertThat(files.count()).as("the rest in files").isPositive();
                }
                asked.clear();
                for (int i = 0; i < order.size(); i++) {
                    assertThat(images.fetch(order.get(i)))
                            .as("slice %d", i)
                            .isEqualTo(Files.readAllBytes(slices.get(i)));
                }
                assertThat(asked)
                        .as("each read where it arrived, none asked again")
                        .isEmpty();
            } finally {
                storesMayGoOn.countDown();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while ((library.seriesFiles(last.seriesUid()).size() < order.size() || images.heldInMemory() > 0)
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(images.heldInMemory()).as("let go once kept").isZero();
            assertThat(dir.resolve("fetch"))
                    .as("nothing left where they arrived")
                    .isEmptyDirectory();
            for (int i = 0; i < order.size(); i++) {
                Path stored = slices.get(i);
                assertThat(library.find(order.get(i).sopInstanceUid()))
                        .as("slice %d kept as stored", i)
                        .hasValueSatisfying(kept -> assertThat(kept).hasSameBinaryContentAs(stored));
            }
        }
    }

    /** A real Orthanc on loopback holding the slices. */
    private OrthancServer serving(List<Path> slices) throws Exception {
        OrthancServer server = OrthancServer.start(Files.createDirectories(dir.resolve("orthanc")));
        try {
            for (Path f : slices) {
                server.store(f);
            }
            return server;
        } catch (Exception | AssertionError e) {
            server.close();
            throw e;
        }
    }

    private static List<RemoteInstance> order(List<Path> slices, ImageSource at) throws Exception {
        List<RemoteInstance> order = new ArrayList<>();
        for (Path f : slices) {
            var header = DicomReader.readHeader(f).dataset();
            order.add(RemoteImages.instance(
                    at,
                    header.getString(Tags.StudyInstanceUID),
                    header.getString(Tags.SeriesInstanceUID),
                    header.getString(Tags.SOPInstanceUID)));
        }
        return order;
    }

    /** The library, its whole-series stores held until {@code mayGoOn}. */
    private record SlowStores(InstanceKeeper library, CountDownLatch mayGoOn) implements InstanceKeeper {
        @Override
        public Optional<Path> find(String sopInstanceUid) {
            return library.find(sopInstanceUid);
        }

        @Override
        public Map<String, Path> findSeries(String seriesUid) {
            return library.findSeries(seriesUid);
        }

        @Override
        public Path keep(ImageSource source, RemoteInstance instance, Path fetched) throws java.io.IOException {
            return library.keep(source, instance, fetched);
        }

        @Override
        public Map<String, Path> keepAll(ImageSource source, List<Arrived> arrived) {
            try {
                mayGoOn.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return library.keepAll(source, arrived);
        }
    }
}
