package eu.eucaim.workstation.client.library;

import static eu.eucaim.workstation.client.library.TestInstances.origin;
import static eu.eucaim.workstation.client.library.TestInstances.sop;
import static eu.eucaim.workstation.client.library.TestInstances.write;
import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.library.ImageLibrary;
import eu.eucaim.workstation.api.library.StoredSeries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What opening repairs: the states a crash, a full disk or a hand in the folder can leave. */
class LibraryRepairTest {
    @TempDir
    Path tmp;

    private LocalImageLibrary open() {
        return LocalImageLibrary.open(tmp.resolve("library"), ImageLibrary.DEFAULT_LIMIT_BYTES, null);
    }

    @Test
    void openingDropsRowsWithoutAFileAndDeletesUnindexedAndTempFiles() throws Exception {
        Path gone;
        Path kept;
        try (LocalImageLibrary lib = open()) {
            gone = lib.store(origin(1, 1, 1), write(tmp, 1, 1, 1, 1024));
            kept = lib.store(origin(1, 1, 2), write(tmp, 1, 1, 2, 1024));
            assertThat(lib.repairAtOpen().changedAnything()).isFalse();
        }
        Path library = tmp.resolve("library");
        Files.delete(gone); // e.g. removed by hand
        // A crash between the move and the insert: a whole file at its name that no row names.
        Path unindexed = new LibraryFolder(library).file(LibraryFolder.fileName(sop(1, 1, 3)));
        Files.createDirectories(unindexed.getParent());
        Files.copy(write(tmp, 1, 1, 3, 1024), unindexed);
        // A crash mid-copy: a temp file.
        Path temp = Files.write(library.resolve("tmp").resolve("0123.part"), new byte[] {1, 2, 3});
        Path stray = Files.writeString(library.resolve("instances").resolve("notes.txt"), "not ours");

        try (LocalImageLibrary lib = open()) {
            assertThat(lib.repairAtOpen()).isEqualTo(new LibraryRepair.Report(1, 2, 1));
            assertThat(unindexed).doesNotExist();
            assertThat(temp).doesNotExist();
            assertThat(stray).doesNotExist();
            assertThat(lib.find(sop(1, 1, 1))).isEmpty();
            assertThat(lib.find(sop(1, 1, 3))).isEmpty();
            assertThat(lib.find(sop(1, 1, 2))).contains(kept);
            assertThat(lib.listing()
                            .get(10, TimeUnit.SECONDS)
                            .patients()
                            .get(0)
                            .studies()
                            .get(0)
                            .series())
                    .flatExtracting(StoredSeries::files)
                    .containsExactly(kept);

            // Both can be stored again.
            lib.store(origin(1, 1, 1), write(tmp, 1, 1, 1, 1024));
            lib.store(origin(1, 1, 3), write(tmp, 1, 1, 3, 1024));
            assertThat(lib.find(sop(1, 1, 1))).isPresent();
            assertThat(lib.find(sop(1, 1, 3))).isPresent();
        }
        try (LocalImageLibrary lib = open()) {
            assertThat(lib.repairAtOpen().changedAnything()).isFalse();
        }
    }

    @Test
    void aFileRemovedWhileTheLibraryIsOpenIsNotFoundAndIsStoredAgain() throws Exception {
        try (LocalImageLibrary lib = open()) {
            Path in = write(tmp, 1, 1, 1, 1024);
            Path kept = lib.store(origin(1, 1, 1), in);
            Files.delete(kept);
            assertThat(lib.find(sop(1, 1, 1))).isEmpty();
            assertThat(lib.totalBytes()).isZero();
            assertThat(lib.store(origin(1, 1, 1), in)).isEqualTo(kept).hasSameBinaryContentAs(in);
        }
    }
}
