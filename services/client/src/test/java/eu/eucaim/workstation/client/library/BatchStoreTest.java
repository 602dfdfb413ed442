package eu.eucaim.workstation.client.library;

import static eu.eucaim.workstation.client.library.TestInstances.origin;
import static eu.eucaim.workstation.client.library.TestInstances.sop;
import static eu.eucaim.workstation.client.library.TestInstances.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.library.FetchedInstance;
import eu.eucaim.workstation.api.library.ImageLibrary;
import eu.eucaim.workstation.api.library.InstanceOrigin;
import eu.eucaim.workstation.api.library.LibraryException;
import eu.eucaim.workstation.api.library.RejectedInstanceException;
import eu.eucaim.workstation.api.library.StoreOutcome;
import eu.eucaim.workstation.api.library.StoredSeries;
import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.io.DicomWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ImageLibrary#storeAllTaking}: a batch kept in one transaction, a bad file refused alone, a failure keeps none
 * of it.
 */
class BatchStoreTest {
    @TempDir
    Path tmp;

    private LocalImageLibrary open() {
        return LocalImageLibrary.open(tmp.resolve("library"), ImageLibrary.DEFAULT_LIMIT_BYTES, null);
    }

    private List<FetchedInstance> fetched(int study, int from, int to) throws Exception {
        Path fetch = Files.createDirectories(tmp.resolve("fetch"));
        List<FetchedInstance> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(new FetchedInstance(origin(study, 1, i), write(fetch, study, 1, i, 20_000)));
        }
        return out;
    }

    /** A copy of the file with its Series Instance UID changed, beside it. */
    private static Path inSeries(Path file, String seriesUid) throws Exception {
        Dataset ds = DicomReader.read(file).dataset();
        ds.put(Tags.SeriesInstanceUID, VR.UI, seriesUid);
        Path changed = file.resolveSibling("changed-" + file.getFileName());
        DicomWriter.write(changed, ds, TransferSyntax.EXPLICIT_VR_LE_UID);
        Files.delete(file);
        return changed;
    }

    @Test
    void aBatchIsKeptWholeInItsOrderListedAndTakenFromTheFetchFolder() throws Exception {
        try (LocalImageLibrary lib = open()) {
            Path first = lib.store(origin(1, 1, 5), write(tmp, 1, 1, 5, 20_000));
            List<FetchedInstance> batch = new ArrayList<>(fetched(1, 1, 40));
            Path again = Files.createDirectories(tmp.resolve("fetch").resolve("again"));
            batch.add(new FetchedInstance(origin(1, 1, 7), write(again, 1, 1, 7, 20_000)));
            List<byte[]> bytes = new ArrayList<>();
            for (FetchedInstance f : batch) {
                bytes.add(Files.readAllBytes(f.file()));
            }

            List<StoreOutcome> outcomes = lib.storeAllTaking(batch);

            assertThat(outcomes)
                    .hasSize(41)
                    .allSatisfy(o -> assertThat(o.isKept()).isTrue());
            for (int k = 0; k < 41; k++) {
                assertThat(outcomes.get(k).origin()).isEqualTo(batch.get(k).origin());
                assertThat(outcomes.get(k).kept()).hasBinaryContent(bytes.get(k));
                assertThat(lib.find(batch.get(k).origin().sopInstanceUid()))
                        .contains(outcomes.get(k).kept());
            }
            assertThat(outcomes.get(4).kept()).as("kept before: the same copy").isEqualTo(first);
            assertThat(outcomes.get(40).kept())
                    .as("twice in the batch: one copy")
                    .isEqualTo(outcomes.get(6).kept());
            assertThat(lib.listing().get(10, TimeUnit.SECONDS).patients())
                    .flatExtracting(p -> p.studies())
                    .flatExtracting(st -> st.series())
                    .flatExtracting(StoredSeries::files)
                    .hasSize(40)
                    .doesNotHaveDuplicates();
            assertThat(KillTests.files(lib.folder().resolve(LibraryFolder.INSTANCES)))
                    .hasSize(40);
            assertThat(KillTests.files(tmp.resolve("fetch")))
                    .as("every fetched file taken")
                    .isEmpty();
            assertThat(lib.folder().resolve(LibraryFolder.TEMP)).isEmptyDirectory();
        }
    }

    @Test
    void aBadFileInABatchIsRefusedAloneWithAMessageNamingItAndTheRestAreKept() throws Exception {
        try (LocalImageLibrary lib = open()) {
            lib.store(origin(2, 1, 1), write(tmp, 2, 1, 1, 1024)); // series 1.2.…2.1 is in study 2
            List<FetchedInstance> batch = new ArrayList<>(fetched(1, 1, 10));
            Path fetch = tmp.resolve("fetch");
            // 3: another instance's file; 5: a server's error page; 7: a file that is not there; 9: its series is
            // filed under another study.
            Files.delete(batch.get(2).file());
            batch.set(2, new FetchedInstance(origin(1, 1, 3), write(fetch, 1, 1, 30, 1024)));
            Files.writeString(batch.get(4).file(), "<html><body>502 Bad Gateway</body></html>");
            Files.delete(batch.get(6).file());
            InstanceOrigin elsewhere = new InstanceOrigin(
                    TestInstances.ORTHANC, TestInstances.study(1), TestInstances.series(2, 1), sop(1, 1, 9));
            batch.set(8, new FetchedInstance(elsewhere, inSeries(batch.get(8).file(), TestInstances.series(2, 1))));

            List<StoreOutcome> outcomes = lib.storeAllTaking(batch);

            assertThat(outcomes.get(2).refusal())
                    .isInstanceOf(RejectedInstanceException.class)
                    .hasMessageContaining(sop(1, 1, 3))
                    .hasMessageContaining("Orthanc")
                    .hasMessageContaining("SOP Instance UID " + sop(1, 1, 30));
            assertThat(outcomes.get(4).refusal())
                    .isInstanceOf(RejectedInstanceException.class)
                    .hasMessageContaining(sop(1, 1, 5))
                    .hasMessageContaining("not a readable DICOM file");
            assertThat(outcomes.get(6).refusal())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(sop(1, 1, 7))
                    .hasMessageContaining("is not a file");
            assertThat(outcomes.get(8).refusal())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(sop(1, 1, 9))
                    .hasMessageContaining("is in study " + TestInstances.study(2));
            for (int k : new int[] {0, 1, 3, 5, 7, 9}) {
                assertThat(outcomes.get(k).isKept()).as("instance %d", k + 1).isTrue();
                assertThat(lib.find(sop(1, 1, k + 1))).contains(outcomes.get(k).kept());
            }
            for (int k : new int[] {2, 4, 6, 8}) {
                assertThat(outcomes.get(k).isKept()).isFalse();
                assertThat(lib.find(sop(1, 1, k + 1))).isEmpty();
            }
            assertThat(KillTests.files(lib.folder().resolve(LibraryFolder.INSTANCES)))
                    .hasSize(7);
            assertThat(KillTests.files(fetch)).isEmpty();
            assertThat(lib.folder().resolve(LibraryFolder.TEMP)).isEmptyDirectory();
        }
    }

    @Test
    void aFailureBeforeTheCommitKeepsNoneOfTheBatchAndTheLibraryStaysConsistent() throws Exception {
        Path library = tmp.resolve("library");
        Path before;
        try (LocalImageLibrary lib = open()) {
            before = lib.store(origin(1, 1, 1), write(tmp, 1, 1, 1, 20_000));
            List<Path> inPlace = new ArrayList<>();
            lib.beforeCommit(() -> {
                try {
                    inPlace.addAll(KillTests.files(library.resolve(LibraryFolder.INSTANCES)));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                throw new IllegalStateException("the disk went away");
            });

            assertThatThrownBy(() -> lib.storeAllTaking(fetched(1, 2, 11)))
                    .isInstanceOf(LibraryException.class)
                    .hasMessageContaining("Cannot keep 10 instances")
                    .hasMessageContaining(sop(1, 1, 2))
                    .hasMessageContaining("the disk went away");

            assertThat(inPlace).as("the batch was in place when it failed").hasSize(11);
            assertThat(KillTests.files(library.resolve(LibraryFolder.INSTANCES)))
                    .containsExactly(before);
            assertThat(lib.totalBytes()).isEqualTo(Files.size(before));
            for (int i = 2; i <= 11; i++) {
                assertThat(lib.find(sop(1, 1, i))).isEmpty();
            }
            assertThat(KillTests.files(tmp.resolve("fetch"))).isEmpty();
            assertThat(lib.folder().resolve(LibraryFolder.TEMP)).isEmptyDirectory();

            lib.beforeCommit(() -> {});
            assertThat(lib.storeAllTaking(fetched(1, 2, 11)))
                    .allSatisfy(o -> assertThat(o.isKept()).isTrue());
        }
        try (LocalImageLibrary lib = open()) {
            assertThat(lib.repairAtOpen().changedAnything()).isFalse();
            assertThat(KillTests.files(library.resolve(LibraryFolder.INSTANCES)))
                    .hasSize(11);
        }
    }

    @Test
    void aClosedLibraryRefusesTheWholeBatchAndTakesItsFiles() throws Exception {
        LocalImageLibrary lib = open();
        lib.close();
        List<FetchedInstance> batch = fetched(1, 1, 3);
        assertThatThrownBy(() -> lib.storeAllTaking(batch))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("is closed");
        assertThat(KillTests.files(tmp.resolve("fetch"))).isEmpty();
        assertThat(KillTests.files(tmp.resolve("library").resolve(LibraryFolder.TEMP)))
                .isEmpty();
    }
}
