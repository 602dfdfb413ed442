package eu.eucaim.workstation.client.library;

import static eu.eucaim.workstation.client.library.TestInstances.origin;
import static eu.eucaim.workstation.client.library.TestInstances.series;
import static eu.eucaim.workstation.client.library.TestInstances.sop;
import static eu.eucaim.workstation.client.library.TestInstances.study;
import static eu.eucaim.workstation.client.library.TestInstances.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.library.ImageLibrary;
import eu.eucaim.workstation.api.library.InstanceOrigin;
import eu.eucaim.workstation.api.library.LibraryInUseException;
import eu.eucaim.workstation.api.library.LibraryListing;
import eu.eucaim.workstation.api.library.LibrarySeries;
import eu.eucaim.workstation.api.library.Provenance;
import eu.eucaim.workstation.api.library.RejectedInstanceException;
import eu.eucaim.workstation.api.library.StoredSeries;
import eu.eucaim.workstation.api.library.StoredStudy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalImageLibraryTest {
    @TempDir
    Path tmp;

    private final MutableClock clock = new MutableClock();

    private LocalImageLibrary open(long limit) {
        return LocalImageLibrary.open(tmp.resolve("library"), limit, null, clock);
    }

    @Test
    void aNewLibraryMakesItsFoldersAtOnceAndAStoreMakesAFolderGoneMeanwhileAgain() throws Exception {
        try (LocalImageLibrary lib = open(ImageLibrary.DEFAULT_LIMIT_BYTES)) {
            Path instances = lib.folder().resolve("instances");
            try (var folders = Files.list(instances)) {
                assertThat(folders.filter(Files::isDirectory).count())
                        .as("one folder per first two hex digits, made with the library")
                        .isEqualTo(256);
            }
            assertThat(lib.folder().resolve("tmp")).isEmptyDirectory();

            String name = LibraryFolder.fileName(sop(1, 1, 1));
            Files.delete(instances.resolve(name.substring(0, 2)));
            Files.delete(lib.folder().resolve("tmp"));
            Path in = write(tmp, 1, 1, 1, 4096);

            assertThat(lib.store(origin(1, 1, 1), in)).hasSameBinaryContentAs(in);
            assertThat(lib.find(sop(1, 1, 1)))
                    .contains(instances.resolve(name.substring(0, 2)).resolve(name));
        }
    }

    @Test
    void aStoredInstanceIsFoundListedAndByteForByteTheFileGiven() throws Exception {
        try (LocalImageLibrary lib = open(ImageLibrary.DEFAULT_LIMIT_BYTES)) {
            Path in2 = write(tmp, 1, 1, 2, 4096);
            Path in1 = write(tmp, 1, 1, 1, 4096);
            Path kept2 = lib.store(origin(1, 1, 2), in2);
            Path kept1 = lib.store(origin(1, 1, 1), in1);

            assertThat(kept1)
                    .hasSameBinaryContentAs(in1)
                    .startsWith(lib.folder().resolve("instances"));
            assertThat(kept1.getFileName().toString())
                    .isEqualTo(LibraryFolder.fileName(sop(1, 1, 1)))
                    .doesNotContain(sop(1, 1, 1));
            assertThat(lib.find(sop(1, 1, 2))).contains(kept2);
            assertThat(lib.find(sop(1, 1, 3))).isEmpty();
            assertThat(lib.totalBytes()).isEqualTo(Files.size(in1) + Files.size(in2));

            LibraryListing listing = lib.listing().get(10, TimeUnit.SECONDS);
            assertThat(listing.limitBytes()).isEqualTo(ImageLibrary.DEFAULT_LIMIT_BYTES);
            assertThat(listing.totalBytes()).isEqualTo(lib.totalBytes());
            assertThat(listing.patients()).singleElement().satisfies(p -> {
                assertThat(p.patientId()).isEqualTo("P1");
                assertThat(p.patientName()).isEqualTo("Doe^Patient1");
                StoredStudy st = p.studies().get(0);
                assertThat(st.kind()).isEqualTo(StoredStudy.Kind.REMOTE);
                assertThat(st.studyUid()).isEqualTo(study(1));
                assertThat(st.description()).isEqualTo("Study 1");
                assertThat(st.studyDate()).isEqualTo("20240131");
                assertThat(st.pinned()).isFalse();
                assertThat(st.lastUsed()).isEqualTo(clock.instant());
                assertThat(st.provenances()).containsExactly(TestInstances.ORTHANC);
                StoredSeries se = st.series().get(0);
                assertThat(se.seriesUid()).isEqualTo(series(1, 1));
                assertThat(se.modality()).isEqualTo("CT");
                assertThat(se.seriesNumber()).isEqualTo(1);
                assertThat(se.files()).containsExactly(kept1, kept2); // instance number order
                assertThat(se.bytes()).isEqualTo(listing.totalBytes());
                assertThat(se.provenance().datasetId()).isEqualTo("ds-1");
                assertThat(se.provenance().accessConditions()).isEqualTo("DOWNLOAD");
            });

            List<LibrarySeries> contents = lib.contents().get(10, TimeUnit.SECONDS);
            assertThat(contents).singleElement().satisfies(s -> {
                assertThat(s.source()).isEqualTo("Orthanc");
                assertThat(s.datasetId()).isEqualTo("ds-1");
                assertThat(s.files()).containsExactly(kept1, kept2);
                assertThat(s.keyFile()).isIn(kept1, kept2);
            });
        }
    }

    @Test
    void aFetchedFileIsTakenIntoTheLibraryWholeAndIsGoneAfterwardsKeptOrRefused() throws Exception {
        try (LocalImageLibrary lib = open(ImageLibrary.DEFAULT_LIMIT_BYTES)) {
            Path fetched = write(Files.createDirectories(tmp.resolve("fetch")), 1, 1, 1, 300_000);
            byte[] bytes = Files.readAllBytes(fetched);
            Path kept = lib.storeTaking(origin(1, 1, 1), fetched);
            assertThat(fetched).doesNotExist();
            assertThat(kept).hasBinaryContent(bytes);
            assertThat(lib.find(sop(1, 1, 1))).contains(kept);

            Path again = write(tmp.resolve("fetch"), 1, 1, 1, 300_000);
            assertThat(lib.storeTaking(origin(1, 1, 1), again)).isEqualTo(kept);
            assertThat(again).as("a second copy is dropped").doesNotExist();

            Path wrong = write(tmp.resolve("fetch"), 1, 1, 2, 1024);
            assertThatThrownBy(() -> lib.storeTaking(origin(1, 1, 3), wrong))
                    .isInstanceOf(RejectedInstanceException.class);
            assertThat(wrong).doesNotExist();
            assertThat(lib.find(sop(1, 1, 3))).isEmpty();
            try (var left = Files.list(lib.folder().resolve(LibraryFolder.TEMP))) {
                assertThat(left).isEmpty();
            }
        }
    }

    @Test
    void anInstanceStoredTwiceIsKeptOnce() throws Exception {
        try (LocalImageLibrary lib = open(ImageLibrary.DEFAULT_LIMIT_BYTES)) {
            Path in = write(tmp, 1, 1, 1, 2048);
            Path first = lib.store(origin(1, 1, 1), in);
            long total = lib.totalBytes();
            assertThat(lib.store(origin(1, 1, 1), in)).isEqualTo(first);
            assertThat(lib.totalBytes()).isEqualTo(total);
            assertThat(lib.folder().resolve("tmp")).isEmptyDirectory();
        }
    }

    @Test
    void seriesAndStudyAreCompleteOnceEveryInstanceTheViewerAnnouncedIsHere() throws Exception {
        try (LocalImageLibrary lib = open(ImageLibrary.DEFAULT_LIMIT_BYTES)) {
            lib.expectStudy(study(1), 2);
            lib.expectSeries(study(1), series(1, 1), 2);
            assertThat(lib.seriesComplete(series(1, 1))).isFalse();
            lib.store(origin(1, 1, 1), write(tmp, 1, 1, 1, 1024));
            assertThat(lib.seriesComplete(series(1, 1))).isFalse();
            lib.store(origin(1, 1, 2), write(tmp, 1, 1, 2, 1024));
            assertThat(lib.seriesComplete(series(1, 1))).isTrue();
            assertThat(lib.studyComplete(study(1))).as("one of two series").isFalse();

            lib.store(origin(1, 2, 1), write(tmp, 1, 2, 1, 1024));
            assertThat(lib.seriesComplete(series(1, 2)))
                    .as("count not told yet")
                    .isFalse();
            lib.expectSeries(study(1), series(1, 2), 1); // told after the instance came
            assertThat(lib.seriesComplete(series(1, 2))).isTrue();
            assertThat(lib.studyComplete(study(1))).isTrue();
            assertThat(lib.studyComplete(study(2))).isFalse();
            assertThat(firstStudy(lib).complete()).isTrue();
        }
    }

    @Test
    void theLeastRecentlyUsedUnpinnedStudyGoesWhenTheLimitIsReachedAndAPinnedOneNever() throws Exception {
        Path[] files = new Path[5];
        for (int s = 1; s <= 4; s++) {
            files[s] = write(tmp, s, 1, 1, 100_000);
        }
        long one = Files.size(files[1]);
        try (LocalImageLibrary lib = open(3 * one + one / 2)) { // room for three studies
            lib.store(origin(1, 1, 1), files[1]);
            clock.advance(Duration.ofMinutes(1));
            lib.store(origin(2, 1, 1), files[2]);
            clock.advance(Duration.ofMinutes(1));
            lib.store(origin(3, 1, 1), files[3]);
            clock.advance(Duration.ofMinutes(1));
            lib.pin(study(1), true).get(10, TimeUnit.SECONDS); // the oldest, but kept offline
            assertThat(lib.find(sop(2, 1, 1))).isPresent(); // study 2 used again: study 3 is now the oldest unpinned
            clock.advance(Duration.ofMinutes(1));

            lib.store(origin(4, 1, 1), files[4]);

            assertThat(lib.find(sop(3, 1, 1))).isEmpty();
            assertThat(lib.find(sop(1, 1, 1))).isPresent();
            assertThat(lib.find(sop(2, 1, 1))).isPresent();
            assertThat(lib.find(sop(4, 1, 1))).isPresent();
            assertThat(lib.totalBytes()).isEqualTo(3 * one);
            assertThat(Files.list(lib.folder().resolve("instances")).flatMap(LocalImageLibraryTest::list))
                    .hasSize(3);

            // A lower limit evicts at once, least recently used first, and never the pinned study.
            lib.limitBytes(one);
            assertThat(lib.find(sop(1, 1, 1))).isPresent();
            assertThat(lib.find(sop(2, 1, 1))).isEmpty();
            assertThat(lib.find(sop(4, 1, 1))).isEmpty();
            assertThat(lib.totalBytes()).isEqualTo(one);
        }
    }

    @Test
    void aSeriesFilesAreFoundInOneLookUpWhichCountsAsAUseAndForgetsAFileRemovedByHand() throws Exception {
        Path[] files = new Path[4];
        for (int i = 1; i <= 3; i++) {
            files[i] = write(tmp, 1, 1, i, 100_000);
        }
        Path other = write(tmp, 2, 1, 1, 100_000);
        long one = Files.size(files[1]);
        try (LocalImageLibrary lib = open(4 * one + one / 2)) { // room for four instances
            Path[] kept = new Path[4];
            for (int i = 1; i <= 3; i++) {
                kept[i] = lib.store(origin(1, 1, i), files[i]);
            }
            lib.store(origin(1, 2, 1), write(tmp, 1, 2, 1, 1000)); // another series of the same study
            clock.advance(Duration.ofMinutes(1));
            lib.store(origin(2, 1, 1), other);
            clock.advance(Duration.ofMinutes(1));

            assertThat(lib.seriesFiles(series(1, 1)))
                    .containsOnly(
                            java.util.Map.entry(sop(1, 1, 1), kept[1]),
                            java.util.Map.entry(sop(1, 1, 2), kept[2]),
                            java.util.Map.entry(sop(1, 1, 3), kept[3]));
            assertThat(lib.seriesFiles(series(3, 1))).isEmpty();

            // Study 1 was used after study 2 by that look-up: study 2 goes first when the limit is reached.
            clock.advance(Duration.ofMinutes(1));
            lib.store(origin(3, 1, 1), write(tmp, 3, 1, 1, 100_000));
            assertThat(lib.find(sop(2, 1, 1))).isEmpty();
            assertThat(lib.find(sop(1, 1, 1))).isPresent();

            // A file removed by hand is no longer listed, and no longer counted as kept.
            Files.delete(kept[2]);
            assertThat(lib.seriesFiles(series(1, 1))).containsOnlyKeys(sop(1, 1, 1), sop(1, 1, 3));
            assertThat(lib.find(sop(1, 1, 2))).isEmpty();
            assertThatThrownBy(() -> lib.seriesFiles("not a uid"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Series Instance UID");
        }
    }

    @Test
    void aStudyStreamingInIsNotEvictedForItsOwnSizeAndThePinHoldsBeforeTheFirstInstance() throws Exception {
        try (LocalImageLibrary lib = open(1)) { // smaller than any file
            lib.pin(study(9), true).get(10, TimeUnit.SECONDS);
            lib.store(origin(1, 1, 1), write(tmp, 1, 1, 1, 1024));
            lib.store(origin(1, 1, 2), write(tmp, 1, 1, 2, 1024));
            assertThat(lib.find(sop(1, 1, 1)))
                    .as("the study being stored stays")
                    .isPresent();
            clock.advance(Duration.ofMinutes(1));
            lib.store(origin(9, 1, 1), write(tmp, 9, 1, 1, 1024));
            assertThat(lib.find(sop(1, 1, 1))).as("evicted for another study").isEmpty();
            clock.advance(Duration.ofMinutes(1));
            lib.store(origin(2, 1, 1), write(tmp, 2, 1, 1, 1024));
            assertThat(lib.find(sop(9, 1, 1))).as("pinned before it came").isPresent();
        }
    }

    @Test
    void thePinAndTheCountsSurviveAReopen() throws Exception {
        Path in = write(tmp, 1, 1, 1, 1024);
        try (LocalImageLibrary lib = open(ImageLibrary.DEFAULT_LIMIT_BYTES)) {
            lib.store(origin(1, 1, 1), in);
            lib.expectSeries(study(1), series(1, 1), 1);
            lib.expectStudy(study(1), 1);
            lib.pin(study(1), true).get(10, TimeUnit.SECONDS);
        }
        try (LocalImageLibrary lib = open(ImageLibrary.DEFAULT_LIMIT_BYTES)) {
            StoredStudy st = firstStudy(lib);
            assertThat(st.pinned()).isTrue();
            assertThat(lib.studyComplete(study(1))).isTrue();
            lib.pin(study(1), false).get(10, TimeUnit.SECONDS);
        }
        try (LocalImageLibrary lib = open(ImageLibrary.DEFAULT_LIMIT_BYTES)) {
            assertThat(firstStudy(lib).pinned()).isFalse();
        }
    }

    @Test
    void deleteRemovesAStudysFilesAndWhatTheLibraryKnewOfIt() throws Exception {
        try (LocalImageLibrary lib = open(ImageLibrary.DEFAULT_LIMIT_BYTES)) {
            Path kept = lib.store(origin(1, 1, 1), write(tmp, 1, 1, 1, 1024));
            lib.store(origin(2, 1, 1), write(tmp, 2, 1, 1, 1024));
            lib.expectStudy(study(1), 1);
            lib.expectSeries(study(1), series(1, 1), 1);
            lib.pin(study(1), true).get(10, TimeUnit.SECONDS);

            assertThat(lib.delete(study(1)).get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(kept).doesNotExist();
            assertThat(lib.find(sop(1, 1, 1))).isEmpty();
            assertThat(lib.studyComplete(study(1))).isFalse();
            assertThat(lib.listing().get(10, TimeUnit.SECONDS).patients())
                    .flatExtracting(
                            p -> p.studies().stream().map(StoredStudy::studyUid).toList())
                    .containsExactly(study(2));
            assertThat(lib.delete(study(1)).get(10, TimeUnit.SECONDS)).isFalse();
        }
    }

    @Test
    void aFileThatIsNotTheNamedDicomInstanceIsRefusedNamingTheInstanceAndItsSource() throws Exception {
        try (LocalImageLibrary lib = open(ImageLibrary.DEFAULT_LIMIT_BYTES)) {
            Path html = Files.writeString(tmp.resolve("error.html"), "<html><body>502 Bad Gateway</body></html>");
            assertThatThrownBy(() -> lib.store(origin(1, 1, 1), html))
                    .isInstanceOf(RejectedInstanceException.class)
                    .hasMessageContaining(sop(1, 1, 1))
                    .hasMessageContaining("Orthanc")
                    .hasMessageContaining("not a readable DICOM file");

            Path other = write(tmp, 1, 1, 2, 1024);
            assertThatThrownBy(() -> lib.store(origin(1, 1, 1), other))
                    .isInstanceOf(RejectedInstanceException.class)
                    .hasMessageContaining("has SOP Instance UID " + sop(1, 1, 2) + ", not " + sop(1, 1, 1));

            Path otherStudy = write(tmp, 2, 1, 1, 1024);
            InstanceOrigin claimed = new InstanceOrigin(TestInstances.ORTHANC, study(1), series(1, 1), sop(2, 1, 1));
            assertThatThrownBy(() -> lib.store(claimed, otherStudy))
                    .isInstanceOf(RejectedInstanceException.class)
                    .hasMessageContaining("has Study Instance UID " + study(2));

            Path whole = write(tmp, 1, 1, 3, 8192);
            Path truncated = tmp.resolve("truncated.dcm");
            byte[] bytes = Files.readAllBytes(whole);
            Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length - 100));
            assertThatThrownBy(() -> lib.store(origin(1, 1, 3), truncated))
                    .isInstanceOf(RejectedInstanceException.class)
                    .hasMessageContaining(sop(1, 1, 3));

            assertThat(lib.totalBytes()).isZero();
            assertThat(lib.listing().get(10, TimeUnit.SECONDS).patients()).isEmpty();
            assertThat(lib.folder().resolve("tmp")).isEmptyDirectory();
            assertThat(KillTests.files(lib.folder().resolve("instances"))).isEmpty();
        }
    }

    @Test
    void badArgumentsAreRefusedWithWhatIsWrong() throws Exception {
        try (LocalImageLibrary lib = open(ImageLibrary.DEFAULT_LIMIT_BYTES)) {
            assertThatThrownBy(() -> new InstanceOrigin(TestInstances.ORTHANC, study(1), series(1, 1), "../../etc"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("SOP Instance UID '../../etc' is not a DICOM UID");
            assertThatThrownBy(() -> new InstanceOrigin(
                            new Provenance("Samples", null, null, null), study(1), series(1, 1), sop(1, 1, 1)))
                    .hasMessageContaining("needs the source's URL");
            assertThatThrownBy(() -> lib.find("1.2." + "3".repeat(70))).hasMessageContaining("at most 64");
            assertThatThrownBy(() -> lib.store(origin(1, 1, 1), tmp.resolve("nothing.dcm")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not a file");
            assertThatThrownBy(() -> lib.expectSeries(study(1), series(1, 1), 0))
                    .hasMessageContaining("must be positive");
            assertThatThrownBy(() -> lib.limitBytes(0)).hasMessageContaining("size limit must be positive");

            lib.store(origin(1, 1, 1), write(tmp, 1, 1, 1, 1024));
            assertThatThrownBy(() -> lib.expectSeries(study(2), series(1, 1), 3))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("series " + series(1, 1) + " is in study " + study(1));
        }
    }

    @Test
    void onlyOneLibraryObjectMayHoldAFolder() {
        LocalImageLibrary first = open(ImageLibrary.DEFAULT_LIMIT_BYTES);
        try {
            assertThatThrownBy(() -> open(ImageLibrary.DEFAULT_LIMIT_BYTES))
                    .isInstanceOf(LibraryInUseException.class)
                    .hasMessageContaining("already open");
        } finally {
            first.close();
        }
        open(ImageLibrary.DEFAULT_LIMIT_BYTES).close();
        assertThatThrownBy(() -> first.totalBytes()).hasMessageContaining("is closed");
    }

    /** The first study of the first patient in the library's listing. */
    static StoredStudy firstStudy(ImageLibrary lib) throws Exception {
        return lib.listing()
                .get(10, TimeUnit.SECONDS)
                .patients()
                .get(0)
                .studies()
                .get(0);
    }

    static java.util.stream.Stream<Path> list(Path dir) {
        try {
            return Files.list(dir).toList().stream();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
