package eu.eucaim.workstation.app.viewer.remote;

import static eu.eucaim.workstation.app.viewer.remote.RemoteTestSources.NOW;
import static eu.eucaim.workstation.app.viewer.remote.RemoteTestSources.await;
import static eu.eucaim.workstation.app.viewer.remote.RemoteTestSources.counting;
import static eu.eucaim.workstation.app.viewer.remote.RemoteTestSources.firstSeriesFound;
import static eu.eucaim.workstation.app.viewer.remote.RemoteTestSources.holdingFirstImage;
import static eu.eucaim.workstation.app.viewer.remote.RemoteTestSources.sourceOver;
import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.dicomweb.DicomWebService;
import eu.eucaim.workstation.api.dicomweb.DicomWebSources;
import eu.eucaim.workstation.api.dicomweb.ImageSource;
import eu.eucaim.workstation.client.dicomweb.OrthancServer;
import eu.eucaim.workstation.dicom.image.DicomImage;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.source.RemoteInstance;
import eu.eucaim.workstation.dicom.study.Instance;
import eu.eucaim.workstation.dicom.study.ScanResult;
import eu.eucaim.workstation.viewer.testing.SyntheticStudy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Viewer's remote search against a real Orthanc (Debian's, on loopback): the form finds the study, its series
 * are listed, opening one builds its stack in slice order from the metadata, and its instances come back as the
 * files stored, whole or (for a view-only study) put together from their frames.
 */
class RemoteSearchViewModelTest {
    @TempDir
    static Path dir;

    static OrthancServer orthanc;
    static List<Path> files;
    static ImageSource source;
    static eu.eucaim.workstation.client.library.LocalImageLibrary library;

    @BeforeAll
    static void start() throws Exception {
        orthanc = OrthancServer.start(Files.createDirectories(dir.resolve("orthanc")));
        files = SyntheticStudy.ctSeries(
                Files.createDirectories(dir.resolve("ct")), 3, "Remote chest", 12, 16, 16, (x, y, z) -> 40 * z + x);
        for (Path f : files) {
            orthanc.store(f);
        }
        source = new ImageSource("Test Orthanc", orthanc.dicomWeb(), ImageSource.Auth.NONE, "");
        library = eu.eucaim.workstation.client.library.LocalImageLibrary.open(dir.resolve("library"));
    }

    @AfterAll
    static void stop() {
        if (library != null) {
            library.close();
        }
        if (orthanc != null) {
            orthanc.close();
        }
    }

    private static DicomWebSources sources() {
        return sources(java.util.concurrent.CompletableFuture.completedFuture(java.util.Optional.empty()));
    }

    /** The test Orthanc as the one source, whose studies' datasets allow what {@code terms} will say. */
    private static DicomWebSources sources(
            java.util.concurrent.CompletableFuture<java.util.Optional<eu.eucaim.workstation.api.images.ImageAccess>>
                    terms) {
        return sourceOver(source, terms, java.util.function.UnaryOperator.identity());
    }

    /** A panel over {@code sources} that keeps nothing and opens into nowhere. */
    private static RemoteSearchViewModel nothingKept(DicomWebSources sources, String fetchFolder) {
        return new RemoteSearchViewModel(
                sources,
                new RemoteImages(dir.resolve(fetchFolder), InstanceKeeper.NOTHING_KEPT),
                library,
                new LibraryKeeper(library),
                NOW,
                NOW,
                (t, w) -> {});
    }

    @Test
    void findsTheStudyListsItsSeriesAndOpensItInSliceOrder() throws Exception {
        RemoteImages images = new RemoteImages(dir.resolve("fetch"), InstanceKeeper.NOTHING_KEPT);
        AtomicReference<ScanResult> opened = new AtomicReference<>();
        RemoteSearchViewModel vm = new RemoteSearchViewModel(
                sources(), images, library, new LibraryKeeper(library), NOW, NOW, (t, w) -> opened.set(t));
        assertThat(vm.sourceProperty().get())
                .as("none listed before the panel is shown")
                .isNull();

        vm.patientNameProperty().set("synth"); // a prefix, any case
        vm.modalityProperty().set("ct");
        vm.search(); // lists the sources first, then searches the first
        assertThat(vm.sourceProperty().get()).isEqualTo(source);
        await(() -> !vm.studies().isEmpty());
        assertThat(vm.studies())
                .singleElement()
                .satisfies(s -> assertThat(s.modalities()).isEqualTo("CT"));

        vm.choose(vm.studies().get(0));
        await(() -> !vm.seriesOfStudy().isEmpty());
        RemoteSeries series = vm.seriesOfStudy().get(0);
        assertThat(series.instances()).isEqualTo(12);
        assertThat(series.label()).contains("Remote chest");

        vm.open(series);
        await(() -> opened.get() != null);
        List<Instance> stack =
                opened.get().patients().get(0).studies().get(0).series().get(0).instances();
        assertThat(stack).hasSize(12);
        for (int i = 1; i < stack.size(); i++) {
            assertThat(stack.get(i).slicePosition())
                    .isGreaterThan(stack.get(i - 1).slicePosition());
        }

        RemoteInstance middle = (RemoteInstance) stack.get(6).source();
        byte[] fetched = images.fetch(middle);
        Path local = localFileOf(middle.sopInstanceUid());
        assertThat(fetched).isEqualTo(Files.readAllBytes(local));
        assertThat(
                        Files.exists(dir.resolve("fetch"))
                                ? Files.list(dir.resolve("fetch")).toList()
                                : List.of())
                .as("no temporary file left (without a library, an image is fetched into memory only)")
                .isEmpty();

        images.viewOnly(middle.studyUid());
        byte[] assembled = images.fetch(middle);
        int[] expected = pixels(Files.readAllBytes(local));
        assertThat(pixels(assembled)).isEqualTo(expected);
    }

    /** Signed out: the studies and series found with the last sign-in go, and an answer still coming is dropped. */
    @Test
    void whatTheLastSignInFoundIsForgotten() throws Exception {
        RemoteSearchViewModel vm = nothingKept(sources(), "fetch-forget");
        vm.refreshSources();
        vm.search();
        await(() -> !vm.studies().isEmpty());
        vm.choose(vm.studies().get(0));
        await(() -> !vm.seriesOfStudy().isEmpty());

        vm.search(); // on its way when the user signs out
        vm.forgetAnswers("Signed out.");
        assertThat(vm.studies()).isEmpty();
        assertThat(vm.seriesOfStudy()).isEmpty();
        assertThat(vm.chosenProperty().get()).isNull();
        assertThat(vm.busyProperty().get()).isFalse();
        Thread.sleep(500); // the search's answer would be back by now
        assertThat(vm.studies()).as("the answer that came after is dropped").isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Signed out.");
    }

    /**
     * A series opened before the study's dataset terms arrive waits for them: a view-only study must never stream
     * into the library, and one that may not be viewed is refused, whatever the order of the answers.
     */
    @Test
    void anOpenWaitsForWhatTheDatasetAllows() throws Exception {
        java.util.concurrent.CompletableFuture<java.util.Optional<eu.eucaim.workstation.api.images.ImageAccess>>
                answer = new java.util.concurrent.CompletableFuture<>();
        DicomWebSources slowTerms = sources(answer);
        RemoteImages images = new RemoteImages(dir.resolve("fetch-wait"), InstanceKeeper.NOTHING_KEPT);
        AtomicReference<ScanResult> opened = new AtomicReference<>();
        RemoteSearchViewModel vm = new RemoteSearchViewModel(
                slowTerms, images, library, new LibraryKeeper(library), NOW, NOW, (t, w) -> opened.set(t));
        vm.refreshSources();
        vm.search();
        await(() -> !vm.studies().isEmpty());
        vm.choose(vm.studies().get(0));
        await(() -> !vm.seriesOfStudy().isEmpty());
        assertThat(vm.accessKnownProperty().get()).isFalse();

        vm.open(vm.seriesOfStudy().get(0));
        Thread.sleep(500); // the series' metadata would be back by now, were the open not waiting
        assertThat(opened.get()).as("not opened before the terms are known").isNull();

        answer.complete(java.util.Optional.of(new eu.eucaim.workstation.api.images.ImageAccess(
                "ds-x", true, false, false, "Only the researchers of the holder may see these images.")));
        await(() -> vm.statusProperty().get().contains("Only the researchers"));
        assertThat(vm.accessKnownProperty().get()).isTrue();
        assertThat(opened.get()).as("refused: may not be viewed").isNull();
    }

    /**
     * Viewing writes through the library: an instance fetched once is found there and never fetched again; Keep
     * offline then fetches the rest of the study, pinned, and a second Keep offline fetches nothing.
     */
    @Test
    void viewedInstancesAreKeptAndKeepOfflineCompletesTheStudyOnce() throws Exception {
        LibraryKeeper keeper = new LibraryKeeper(library);
        RemoteImages images = new RemoteImages(dir.resolve("fetch3"), keeper);
        RemoteSearchViewModel vm =
                new RemoteSearchViewModel(sources(), images, library, keeper, NOW, NOW, (t, w) -> {});
        vm.refreshSources();
        vm.patientIdProperty().set("");
        vm.search();
        await(() -> !vm.studies().isEmpty());
        RemoteStudy study = vm.studies().get(0);
        vm.choose(study);
        await(() -> !vm.seriesOfStudy().isEmpty());
        RemoteSeries series = vm.seriesOfStudy().get(0);
        RemoteInstance one = RemoteImages.instance(
                source,
                study.studyUid(),
                series.seriesUid(),
                new DicomReader().readFile(files.get(0)).dataset().getString(0x00080018, ""));
        images.fetch(one); // the image is shown first, then kept
        await(() -> library.find(one.sopInstanceUid()).isPresent());
        assertThat(library.studyComplete(study.studyUid())).isFalse();

        vm.keepOffline();
        awaitKept(vm);
        assertThat(vm.statusProperty().get()).contains("kept offline (11 images fetched)");
        assertThat(library.studyComplete(study.studyUid())).isTrue();
        var listed = library.listing().get().patients().stream()
                .flatMap(p -> p.studies().stream())
                .filter(s -> s.studyUid().equals(study.studyUid()))
                .findFirst()
                .orElseThrow();
        assertThat(listed.pinned()).isTrue();
        assertThat(listed.series().get(0).files()).hasSize(12);
        assertThat(listed.provenances().get(0).sourceName()).isEqualTo("Test Orthanc");

        vm.keepOffline();
        awaitKept(vm);
        assertThat(vm.statusProperty().get()).contains("it was complete already");
    }

    /**
     * Until Keep offline has ended: its progress is gone and its status says how it ended (the two are set one after
     * the other, on the delivering thread: the progress alone may be seen gone a moment before the status).
     */
    private static void awaitKept(RemoteSearchViewModel vm) throws InterruptedException {
        await(() -> vm.keepProgressProperty().get() < 0
                && !vm.statusProperty().get().startsWith("Keeping "));
    }

    /**
     * Close all in the viewer while a series streams: the image on screen, held by the server until then, is the last
     * thing fetched (the rest of the series is not asked for, nor kept); a series still opening is not opened.
     */
    @Test
    void closingTheViewersSeriesStopsWhatStreamsAndWhatOpens() throws Exception {
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        List<String> asked = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        DicomWebSources holding = sourceOver(
                source,
                java.util.concurrent.CompletableFuture.completedFuture(java.util.Optional.empty()),
                real -> holdingFirstImage(counting(real, asked), held));
        var own = eu.eucaim.workstation.client.library.LocalImageLibrary.open(dir.resolve("closed-library"));
        try (own) {
            LibraryKeeper keeper = new LibraryKeeper(own);
            AtomicReference<ScanResult> opened = new AtomicReference<>();
            RemoteSearchViewModel vm = new RemoteSearchViewModel(
                    holding,
                    new RemoteImages(dir.resolve("fetch-closed"), keeper),
                    own,
                    keeper,
                    NOW,
                    NOW,
                    (t, w) -> opened.set(t));
            RemoteSeries series = firstSeriesFound(vm);
            vm.open(series);
            await(() -> asked.contains("instanceBytes"));
            assertThat(opened.get()).isNotNull();

            vm.viewerClosed();
            held.countDown();
            await(() -> !own.seriesFiles(series.seriesUid()).isEmpty()); // the image on screen, kept
            Thread.sleep(500); // the rest of the series would have been asked for by now
            assertThat(asked)
                    .as("nothing after the image on screen")
                    .containsExactly("seriesMetadata", "instanceBytes");
            assertThat(own.seriesFiles(series.seriesUid()))
                    .as("only that image kept")
                    .hasSize(1);

            opened.set(null);
            vm.open(series);
            vm.viewerClosed(); // before its metadata is back
            Thread.sleep(500);
            assertThat(opened.get()).as("not opened once closed").isNull();
            assertThat(vm.statusProperty().get()).isEqualTo("Not opened: the viewer's series were closed.");
        } finally {
            held.countDown();
        }
    }

    /**
     * Before the app is connected, a following service throws: the panel says so instead of failing; once it is
     * connected, listing the sources again chooses the first and the line saying it is not connected goes.
     */
    @Test
    void beforeTheConnectionThePanelSaysSoAndOnceConnectedListsTheSources() {
        java.util.concurrent.atomic.AtomicBoolean connected = new java.util.concurrent.atomic.AtomicBoolean();
        DicomWebSources connecting = new DicomWebSources() {
            @Override
            public List<ImageSource> sources() {
                if (!connected.get()) {
                    throw new eu.eucaim.workstation.app.fx.UserMessageException("not connected yet", null);
                }
                return List.of(source);
            }

            @Override
            public DicomWebService open(ImageSource s) {
                throw new AssertionError("not asked");
            }

            @Override
            public java.util.concurrent.CompletableFuture<
                            java.util.Optional<eu.eucaim.workstation.api.images.ImageAccess>>
                    access(ImageSource s, String studyUid) {
                throw new AssertionError("not asked");
            }
        };
        RemoteSearchViewModel vm = nothingKept(connecting, "fetch4");
        vm.refreshSources();
        assertThat(vm.statusProperty().get()).isEqualTo("Remote images can be searched once the app is connected.");
        vm.search();
        assertThat(vm.statusProperty().get()).isEqualTo("Choose an image source first.");
        vm.refreshSources();
        assertThat(vm.statusProperty().get()).isEqualTo("Remote images can be searched once the app is connected.");
        assertThat(vm.sources()).isEmpty();

        connected.set(true);
        vm.refreshSources();
        assertThat(vm.sources()).containsExactly(source);
        assertThat(vm.sourceProperty().get()).isEqualTo(source);
        assertThat(vm.statusProperty().get()).isEmpty();
    }

    @Test
    void aBadDateSaysWhichFieldAndSearchesNothing() {
        RemoteSearchViewModel vm = nothingKept(sources(), "fetch2");
        vm.refreshSources();
        vm.fromProperty().set("2024-13-01");
        vm.search();
        assertThat(vm.statusProperty().get()).isEqualTo("From date '2024-13-01' is not a date: expected YYYY-MM-DD");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    private static Path localFileOf(String sop) throws Exception {
        for (Path f : files) {
            if (new DicomReader()
                    .readFile(f)
                    .dataset()
                    .getString(0x00080018, "")
                    .equals(sop)) {
                return f;
            }
        }
        throw new AssertionError("no file of " + sop);
    }

    private static int[] pixels(byte[] part10) throws Exception {
        DicomImage image = DicomImage.of(new DicomReader().read(Path.of("x.dcm"), part10));
        var frame = image.frame(0);
        int[] out = new int[16 * 16];
        var p = eu.eucaim.workstation.viewer.engine.Pixels.of(frame);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                out[y * 16 + x] = (int) p.stored(x, y);
            }
        }
        return out;
    }
}
