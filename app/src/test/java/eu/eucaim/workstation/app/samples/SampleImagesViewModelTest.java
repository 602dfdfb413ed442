package eu.eucaim.workstation.app.samples;

import static eu.eucaim.workstation.app.testing.Datasets.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.SampleImages;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleFile;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleSeries;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleStudy;
import eu.eucaim.workstation.api.error.MalformedResponseException;
import eu.eucaim.workstation.api.error.ServiceUnreachableException;
import eu.eucaim.workstation.api.library.DownloadProgress;
import eu.eucaim.workstation.api.library.SampleImagesService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SampleImagesViewModelTest {
    /** Answers every call with a future the test completes itself. */
    static final class ScriptedSource implements SampleImagesService {
        final Map<String, CompletableFuture<SampleImages>> listings = new ConcurrentHashMap<>();
        CompletableFuture<List<Path>> download;
        Consumer<DownloadProgress> progress;

        @Override
        public CompletableFuture<SampleImages> listing(String datasetId) {
            return listings.computeIfAbsent(datasetId, id -> new CompletableFuture<>());
        }

        @Override
        public CompletableFuture<List<Path>> download(String datasetId, Consumer<DownloadProgress> progress) {
            this.progress = progress;
            download = new CompletableFuture<>();
            return download;
        }

        @Override
        public java.util.Optional<Path> keyFile(String datasetId) {
            return java.util.Optional.of(Path.of("lib/objects/" + datasetId + ".dcm"));
        }
    }

    static SampleImages samples(String id) {
        return new SampleImages(
                id,
                false,
                List.of(new SampleStudy(
                        "1.2",
                        "CT",
                        "CT",
                        List.of(new SampleSeries(
                                "1.2.3",
                                "CT",
                                "axial",
                                List.of(
                                        new SampleFile("CT/IM00001.dcm", 2_000_000, "ab"),
                                        new SampleFile("CT/IM00002.dcm", 2_000_000, "cd")))))));
    }

    final ScriptedSource source = new ScriptedSource();
    final List<List<Path>> opened = new ArrayList<>();
    final SampleImagesViewModel vm = new SampleImagesViewModel(source, Runnable::run, (files, focus) -> {
        opened.add(files);
        focus(focus);
    });
    final List<Path> focused = new ArrayList<>();

    private void focus(Path p) {
        focused.add(p);
    }

    @Test
    void theButtonShowsOnlyForADatasetWithSamplesAndAnOldAnswerIsIgnored() {
        vm.datasetProperty().set(dataset("a", "A", 1));
        vm.datasetProperty().set(dataset("b", "B", 1));
        source.listing("a").complete(samples("a"));
        assertThat(vm.availableProperty().get())
                .as("answer for a, but b is shown")
                .isFalse();
        source.listing("b").complete(new SampleImages("b", false, List.of()));
        assertThat(vm.availableProperty().get()).isFalse();
        vm.datasetProperty().set(dataset("a", "A", 1));
        assertThat(vm.availableProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("1 synthetic study, 2 files, 4.0 MB");
        vm.datasetProperty().set(null);
        assertThat(vm.availableProperty().get()).isFalse();
    }

    @Test
    void aDatasetWhoseSamplesAreStillBeingPreparedOffersThem() {
        source.listing("p").complete(new SampleImages("p", true, List.of()));
        vm.datasetProperty().set(dataset("p", "P", 1));
        assertThat(vm.availableProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).contains("preparing");
    }

    /** While the node makes a dataset's samples, the line says so and asks again until they are listed. */
    @Test
    void samplesStillBeingMadeAreAskedForAgainUntilListedAndNotOnceAnotherDatasetIsShown() {
        List<Runnable> later = new ArrayList<>();
        SampleImagesViewModel asking = new SampleImagesViewModel(source, Runnable::run, later::add, (f, p) -> {});
        source.listing("p").complete(new SampleImages("p", true, List.of()));
        asking.datasetProperty().set(dataset("p", "P", 1));
        assertThat(asking.messageProperty().get()).isEqualTo("The node is preparing synthetic sample studies.");
        assertThat(later).as("asked again later").hasSize(1);

        source.listings.remove("p"); // the next answer: made now
        later.remove(0).run();
        source.listing("p").complete(samples("p"));
        assertThat(asking.messageProperty().get()).isEqualTo("1 synthetic study, 2 files, 4.0 MB");
        assertThat(later).as("listed: not asked again").isEmpty();

        asking.datasetProperty().set(null);
        source.listings.remove("p");
        source.listing("p").complete(new SampleImages("p", true, List.of()));
        asking.datasetProperty().set(dataset("p", "P", 1)); // shown again: being made again
        asking.datasetProperty().set(null); // it was the detail's, not any more
        source.listings.remove("p");
        later.remove(0).run();
        assertThat(source.listings)
                .as("not asked again for a dataset no longer shown")
                .doesNotContainKey("p");
    }

    @Test
    void aListingThatFailsOffersNothingAndLeavesNoError() {
        source.listing("x").completeExceptionally(new ServiceUnreachableException("http://node", null));
        vm.datasetProperty().set(dataset("x", "X", 1));
        assertThat(vm.availableProperty().get()).isFalse();
        assertThat(vm.status().getError()).isNull();
    }

    @Test
    void viewingDownloadsWithProgressThenHandsTheFilesToTheViewer() {
        source.listing("a").complete(samples("a"));
        vm.datasetProperty().set(dataset("a", "A", 1));
        vm.viewSamples();
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.progressProperty().get()).isEqualTo(-1);
        source.progress.accept(new DownloadProgress(true, 0, 0, 0, 0));
        assertThat(vm.messageProperty().get()).isEqualTo("The node is preparing the sample images…");
        source.progress.accept(new DownloadProgress(false, 1_000_000, 4_000_000, 0, 2));
        assertThat(vm.progressProperty().get()).isEqualTo(0.25);
        assertThat(vm.messageProperty().get()).isEqualTo("Downloading 0 of 2 files (1.0 MB of 4.0 MB)");
        vm.viewSamples(); // a second click while busy starts nothing
        CompletableFuture<List<Path>> first = source.download;
        List<Path> files = List.of(Path.of("lib/a/images/CT/IM00001.dcm"), Path.of("lib/a/images/CT/IM00002.dcm"));
        first.complete(files);
        assertThat(opened).containsExactly(files);
        assertThat(focused).containsExactly(Path.of("lib/objects/a.dcm"));
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(1);
        assertThat(vm.messageProperty().get()).isEqualTo("2 files in the offline library");
    }

    @Test
    void cancelStopsTheDownloadAndOpensNothing() {
        source.listing("a").complete(samples("a"));
        vm.datasetProperty().set(dataset("a", "A", 1));
        vm.viewSamples();
        vm.cancel();
        assertThat(source.download).isCancelled();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("Download cancelled");
        assertThat(vm.status().getError()).isNull();
        assertThat(opened).isEmpty();
    }

    @Test
    void aFailedDownloadShowsTheErrorAndRetryStartsAgain() {
        source.listing("a").complete(samples("a"));
        vm.datasetProperty().set(dataset("a", "A", 1));
        vm.viewSamples();
        source.download.completeExceptionally(new MalformedResponseException(
                "http://node", "CT/IM00002.dcm: the body ended after 10 of 20 bytes", null));
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.status().getError()).contains("the body ended after 10 of 20 bytes");
        assertThat(opened).isEmpty();
        vm.viewSamples();
        assertThat(vm.status().getError()).isNull();
        assertThat(vm.busyProperty().get()).isTrue();
    }

    @Test
    void openingAnotherDatasetCancelsTheRunningDownload() {
        source.listing("a").complete(samples("a"));
        vm.datasetProperty().set(dataset("a", "A", 1));
        vm.viewSamples();
        CompletableFuture<List<Path>> running = source.download;
        vm.datasetProperty().set(dataset("b", "B", 1));
        assertThat(running).isCancelled();
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
