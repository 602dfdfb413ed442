package eu.eucaim.workstation.client.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.catalogue.SampleImages;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleFile;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleSeries;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleStudy;
import eu.eucaim.workstation.api.library.ImageLibrary;
import eu.eucaim.workstation.api.library.LibraryListing;
import eu.eucaim.workstation.api.library.LibrarySeries;
import eu.eucaim.workstation.api.library.StoredStudy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Viewer's one library: sample downloads (as the sample client leaves them on disk) and viewed images. */
class LibraryWithSamplesTest {
    @TempDir
    Path root;

    @Test
    void sampleDownloadsAndViewedImagesAreListedTogether() throws Exception {
        Path sample = sampleDownload(root, "embedded-node", "ds-9");
        try (LocalImageLibrary lib = LocalImageLibrary.openWithSamples(root, ImageLibrary.DEFAULT_LIMIT_BYTES)) {
            assertThat(lib.folder()).isEqualTo(root.resolve("viewed"));
            Path viewed = lib.store(TestInstances.origin(1, 1, 1), TestInstances.write(root, 1, 1, 1, 1024));

            LibraryListing listing = lib.listing().get(10, TimeUnit.SECONDS);
            List<StoredStudy> studies = listing.patients().stream()
                    .flatMap(p -> p.studies().stream())
                    .toList();
            assertThat(studies)
                    .extracting(StoredStudy::kind, StoredStudy::studyUid, StoredStudy::pinned, StoredStudy::complete)
                    .containsExactlyInAnyOrder(
                            tuple(StoredStudy.Kind.REMOTE, TestInstances.study(1), false, false),
                            tuple(StoredStudy.Kind.SAMPLE, "1.2.3.9", false, true));
            StoredStudy samples = studies.stream()
                    .filter(s -> s.kind() == StoredStudy.Kind.SAMPLE)
                    .findFirst()
                    .orElseThrow();
            assertThat(samples.series().get(0).files()).containsExactly(sample);
            assertThat(samples.provenances()).singleElement().satisfies(p -> {
                assertThat(p.sourceName()).isEqualTo("embedded-node");
                assertThat(p.sourceUrl()).isNull();
                assertThat(p.datasetId()).isEqualTo("ds-9");
            });
            assertThat(listing.totalBytes()).as("samples are outside the limit").isEqualTo(Files.size(viewed));

            assertThat(lib.contents().get(10, TimeUnit.SECONDS))
                    .extracting(LibrarySeries::source, LibrarySeries::keyFile)
                    .containsExactlyInAnyOrder(tuple("Orthanc", viewed), tuple("embedded-node", sample));
        }
    }

    /** A dataset's samples as SampleImagesClient leaves them: the listing, and the file in the object store. */
    private static Path sampleDownload(Path root, String node, String dataset) throws Exception {
        Path src = TestInstances.write(Files.createDirectories(root.resolve("src")), 9, 1, 1, 512);
        byte[] bytes = Files.readAllBytes(src);
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        Path object = root.resolve("objects").resolve(sha.substring(0, 2)).resolve(sha + ".dcm");
        Files.createDirectories(object.getParent());
        Files.write(object, bytes);
        SampleImages listing = new SampleImages(
                dataset,
                false,
                List.of(new SampleStudy(
                        "1.2.3.9",
                        "Sample study",
                        "CT",
                        List.of(new SampleSeries(
                                "1.2.3.9.1",
                                "CT",
                                "Sample series",
                                List.of(new SampleFile("a/1.dcm", bytes.length, sha)))),
                        "Phantom^Ada",
                        "S9",
                        "20240101")));
        Path folder = Files.createDirectories(root.resolve(node).resolve(dataset));
        Json.mapper().writeValue(folder.resolve("samples.json").toFile(), listing);
        return object;
    }
}
