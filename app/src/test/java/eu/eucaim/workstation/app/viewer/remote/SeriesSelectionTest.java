package eu.eucaim.workstation.app.viewer.remote;

import static eu.eucaim.workstation.app.viewer.remote.RemoteTestSources.NOW;
import static eu.eucaim.workstation.app.viewer.remote.RemoteTestSources.await;
import static eu.eucaim.workstation.app.viewer.remote.RemoteTestSources.counting;
import static eu.eucaim.workstation.app.viewer.remote.RemoteTestSources.firstSeriesFound;
import static eu.eucaim.workstation.app.viewer.remote.RemoteTestSources.sourceOver;
import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.dicomweb.ImageSource;
import eu.eucaim.workstation.api.images.ImageAccess;
import eu.eucaim.workstation.client.dicomweb.OrthancServer;
import eu.eucaim.workstation.client.library.LocalImageLibrary;
import eu.eucaim.workstation.dicom.source.RemoteInstance;
import eu.eucaim.workstation.dicom.study.ScanResult;
import eu.eucaim.workstation.viewer.testing.SyntheticStudy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Selecting a series in the Remote panel's list prepares its open, against a real Orthanc (Debian's, on loopback):
 * its metadata and the image it shows first are asked for then, and the open that follows asks for neither again;
 * nothing of a study that may only be viewed is written, and nothing is asked for one that may not be viewed.
 */
class SeriesSelectionTest {
    @TempDir
    static Path dir;

    static OrthancServer orthanc;
    static ImageSource source;

    @BeforeAll
    static void start() throws Exception {
        orthanc = OrthancServer.start(Files.createDirectories(dir.resolve("orthanc")));
        for (Path f : SyntheticStudy.ctSeries(
                Files.createDirectories(dir.resolve("ct")), 4, "Selected", 12, 16, 16, (x, y, z) -> 30 * z + y)) {
            orthanc.store(f);
        }
        for (Path f : SyntheticStudy.ctSeries(
                Files.createDirectories(dir.resolve("ct-other")), 5, "Other", 6, 16, 16, (x, y, z) -> x + z)) {
            orthanc.store(f);
        }
        source = new ImageSource("Selection Orthanc", orthanc.dicomWeb(), ImageSource.Auth.NONE, "");
    }

    @AfterAll
    static void stop() {
        if (orthanc != null) {
            orthanc.close();
        }
    }

    @Test
    void theOpenAfterASelectionAsksForNeitherTheMetadataNorTheImageShownFirst() throws Exception {
        List<String> asked = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<ScanResult> opened = new AtomicReference<>();
        try (LocalImageLibrary own = LocalImageLibrary.open(dir.resolve("library-granted"))) {
            LibraryKeeper keeper = new LibraryKeeper(own);
            RemoteImages images = new RemoteImages(dir.resolve("fetch-granted"), keeper);
            RemoteSearchViewModel vm = viewModel(Optional.empty(), own, keeper, images, asked, opened::set);
            RemoteSeries series = firstSeriesFound(vm);

            vm.select(series);
            await(() -> own.seriesFiles(series.seriesUid()).size() == 1);
            assertThat(asked).containsExactly("seriesMetadata", "instanceBytes");

            vm.open(series);
            await(() -> opened.get() != null);
            RemoteInstance first = RemoteStack.middleOut(opened.get()).get(0);
            assertThat(own.seriesFiles(series.seriesUid()))
                    .as("the image the stack shows first is the one the selection brought")
                    .containsOnlyKeys(first.sopInstanceUid());
            assertThat(images.kept(first))
                    .as("read from the library, not asked again")
                    .isPresent();
            assertThat(asked.stream().filter("seriesMetadata"::equals)).hasSize(1);
        }
    }

    /** Moving down the list: the request the last selection made is cancelled, not left to run before the next. */
    @Test
    void selectingAnotherSeriesCancelsTheRequestTheLastOneMade() throws Exception {
        List<CompletableFuture<?>> held = Collections.synchronizedList(new ArrayList<>());
        try (LocalImageLibrary own = LocalImageLibrary.open(dir.resolve("library-moving"))) {
            LibraryKeeper keeper = new LibraryKeeper(own);
            RemoteSearchViewModel vm = new RemoteSearchViewModel(
                    sourceOver(source, CompletableFuture.completedFuture(Optional.empty()), c -> holding(c, held)),
                    new RemoteImages(dir.resolve("fetch-moving"), keeper),
                    own,
                    keeper,
                    NOW,
                    NOW,
                    (t, w) -> {});
            RemoteSeries first = firstSeriesFound(vm);
            await(() -> vm.seriesOfStudy().size() == 2);
            vm.select(first);
            await(() -> held.size() == 1);
            vm.select(vm.seriesOfStudy().get(1));
            await(() -> held.size() == 2);
            assertThat(held.get(0))
                    .as("the request for the series no longer selected")
                    .isCancelled();
            assertThat(held.get(1)).isNotCancelled();
        }
    }

    /** The service, every series-metadata request held unanswered (and recorded), the rest as they are. */
    private static eu.eucaim.workstation.api.dicomweb.DicomWebService holding(
            eu.eucaim.workstation.api.dicomweb.DicomWebService real, List<CompletableFuture<?>> held) {
        return (eu.eucaim.workstation.api.dicomweb.DicomWebService) java.lang.reflect.Proxy.newProxyInstance(
                real.getClass().getClassLoader(),
                new Class<?>[] {eu.eucaim.workstation.api.dicomweb.DicomWebService.class},
                (proxy, m, args) -> {
                    if (m.getName().equals("seriesMetadata")) {
                        CompletableFuture<Object> never = new CompletableFuture<>();
                        held.add(never);
                        return never;
                    }
                    try {
                        return m.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void aStudyThatMayOnlyBeViewedHasOnlyItsMetadataAskedAndNothingWritten() throws Exception {
        List<String> asked = Collections.synchronizedList(new ArrayList<>());
        try (LocalImageLibrary own = LocalImageLibrary.open(dir.resolve("library-view-only"))) {
            RemoteSearchViewModel vm = viewModel(
                    new ImageAccess("ds-view", true, true, false, "On-site analysis only: no download."), own, asked);
            RemoteSeries series = firstSeriesFound(vm);
            vm.select(series);
            await(() -> asked.contains("seriesMetadata"));
            Thread.sleep(300); // the image would have been asked for by now
            assertThat(asked).containsExactly("seriesMetadata");
            assertThat(own.seriesFiles(series.seriesUid())).isEmpty();
        }
    }

    @Test
    void nothingIsAskedForAStudyThatMayNotBeViewed() throws Exception {
        List<String> asked = Collections.synchronizedList(new ArrayList<>());
        try (LocalImageLibrary own = LocalImageLibrary.open(dir.resolve("library-refused"))) {
            RemoteSearchViewModel vm =
                    viewModel(new ImageAccess("ds-remote", true, false, false, "Remote processing only."), own, asked);
            vm.select(firstSeriesFound(vm));
            Thread.sleep(300);
            assertThat(asked).isEmpty();
        }
    }

    private static RemoteSearchViewModel viewModel(ImageAccess terms, LocalImageLibrary own, List<String> asked) {
        LibraryKeeper keeper = new LibraryKeeper(own);
        RemoteImages images = new RemoteImages(dir.resolve("fetch-" + terms.datasetId()), keeper);
        return viewModel(Optional.of(terms), own, keeper, images, asked, t -> {});
    }

    /** The panel over the test Orthanc, whose study's dataset allows what {@code terms} says, requests recorded. */
    private static RemoteSearchViewModel viewModel(
            Optional<ImageAccess> terms,
            LocalImageLibrary own,
            LibraryKeeper keeper,
            RemoteImages images,
            List<String> asked,
            java.util.function.Consumer<ScanResult> opened) {
        return new RemoteSearchViewModel(
                sourceOver(source, CompletableFuture.completedFuture(terms), c -> counting(c, asked)),
                images,
                own,
                keeper,
                NOW,
                NOW,
                (t, w) -> opened.accept(t));
    }
}
