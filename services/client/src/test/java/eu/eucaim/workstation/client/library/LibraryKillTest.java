package eu.eucaim.workstation.client.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.library.LibraryInUseException;
import eu.eucaim.workstation.api.library.StoredPatient;
import eu.eucaim.workstation.api.library.StoredSeries;
import eu.eucaim.workstation.api.library.StoredStudy;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.io.DicomReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process storing a series into the library, one instance or one batch at a time, is killed ({@code destroyForcibly},
 * SIGKILL on Linux) at several moments; after each kill the library opens consistent: every listed instance's file
 * exists and is the DICOM instance it is listed as, no temp or unindexed file is left, a batch is listed whole or not
 * at all, and the series can then be stored completely.
 */
class LibraryKillTest {
    private static final int INSTANCES = 40;
    /** Large enough that a kill often lands inside a copy or its fsync. */
    private static final int PIXEL_BYTES = 1_500_000;
    /** A batch of the batched writer; {@link #INSTANCES} is a multiple of it. */
    private static final int BATCH = 8;

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void aProcessKilledMidWriteLeavesALibraryThatOpensConsistentAndCanBeCompleted() throws Exception {
        Path library = tmp.resolve("library");
        // After k stores were reported, wait this many ms, then kill: before the first store, and at different
        // points of a copy, a move or an insert.
        int[][] moments = {{0, 0}, {2, 3}, {5, 25}, {9, 60}, {14, 7}};
        int[] repaired = new int[3];
        for (int[] m : moments) {
            Process writer = start(library, tmp.resolve("work"), 1);
            try {
                BlockingQueue<String> lines = KillTests.lines(writer);
                assertThat(lines.poll(60, TimeUnit.SECONDS))
                        .as("the writer opened the library (log in %s)", tmp.resolve("writer.log"))
                        .isEqualTo("open");
                assertThatThrownBy(() -> LocalImageLibrary.open(library))
                        .as("a second process is refused while the first holds the library")
                        .isInstanceOf(LibraryInUseException.class)
                        .hasMessageContaining("open in another EUCAIM Workstation");
                for (int k = 0; k < m[0]; k++) {
                    String line = lines.poll(60, TimeUnit.SECONDS);
                    if (line == null || line.equals("done")) {
                        break;
                    }
                }
                Thread.sleep(m[1]);
            } finally {
                writer.destroyForcibly();
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }

            try (LocalImageLibrary lib = LocalImageLibrary.open(library)) {
                LibraryRepair.Report r = lib.repairAtOpen();
                repaired[0] += r.rowsDropped();
                repaired[1] += r.orphansDeleted();
                repaired[2] += r.tempsDeleted();
                assertConsistent(lib);
            }
        }
        System.out.printf(
                "LibraryKillTest: over %d kills the repairs dropped %d rows, deleted %d orphan and %d temp files%n",
                moments.length, repaired[0], repaired[1], repaired[2]);

        // The study can be stored again completely, and then says so.
        try (LocalImageLibrary lib = LocalImageLibrary.open(library)) {
            lib.expectStudy(TestInstances.study(1), 1);
            lib.expectSeries(TestInstances.study(1), TestInstances.series(1, 1), INSTANCES);
            Path work = Files.createDirectories(tmp.resolve("again"));
            for (int i = 1; i <= INSTANCES; i++) {
                if (lib.find(TestInstances.sop(1, 1, i)).isEmpty()) {
                    lib.store(TestInstances.origin(1, 1, i), TestInstances.write(work, 1, 1, i, PIXEL_BYTES));
                }
            }
            assertThat(lib.studyComplete(TestInstances.study(1))).isTrue();
            assertConsistent(lib);
            assertThat(KillTests.files(lib.folder().resolve(LibraryFolder.INSTANCES)))
                    .hasSize(INSTANCES);
        }
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void aProcessKilledMidBatchLeavesNoneOfThatBatchListedAndEveryBatchThatReturnedListed() throws Exception {
        Path library = tmp.resolve("library");
        // Held between the moves and the commit: the first batch's files are in place and no row names them yet.
        Process held = start(library, tmp.resolve("work"), 2, String.valueOf(BATCH), "hold");
        try {
            BlockingQueue<String> lines = KillTests.lines(held);
            assertThat(lines.poll(60, TimeUnit.SECONDS)).isEqualTo("open");
            assertThat(lines.poll(60, TimeUnit.SECONDS))
                    .as("the writer moved its first batch into place (log in %s)", tmp.resolve("writer.log"))
                    .isEqualTo("moved " + BATCH);
            assertThat(KillTests.files(library.resolve(LibraryFolder.INSTANCES)))
                    .hasSize(BATCH);
        } finally {
            held.destroyForcibly();
            assertThat(held.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (LocalImageLibrary lib = LocalImageLibrary.open(library)) {
            assertThat(lib.repairAtOpen()).isEqualTo(new LibraryRepair.Report(0, BATCH, 0));
            assertThat(assertConsistent(lib)).isEmpty();
        }

        // Killed while batches go by (after k were reported stored, this many ms later): each batch is all or nothing,
        // and every batch that returned is listed.
        int[][] moments = {{0, 15}, {BATCH, 5}, {2 * BATCH, 40}, {3 * BATCH, 0}};
        for (int[] m : moments) {
            Process writer = start(library, tmp.resolve("work"), 2, String.valueOf(BATCH));
            int reported = 0;
            try {
                BlockingQueue<String> lines = KillTests.lines(writer);
                assertThat(lines.poll(60, TimeUnit.SECONDS)).isEqualTo("open");
                while (reported < m[0]) {
                    String line = lines.poll(60, TimeUnit.SECONDS);
                    if (line == null || line.equals("done")) {
                        break;
                    }
                    reported = Integer.parseInt(line.substring("stored ".length()));
                }
                Thread.sleep(m[1]);
            } finally {
                writer.destroyForcibly();
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            try (LocalImageLibrary lib = LocalImageLibrary.open(library)) {
                Set<String> listed = assertConsistent(lib);
                for (int i = 1; i <= reported; i++) {
                    assertThat(listed).as("stored before the kill").contains(TestInstances.sop(2, 1, i));
                }
                for (int from = 1; from <= INSTANCES; from += BATCH) {
                    int have = 0;
                    for (int i = from; i < from + BATCH; i++) {
                        have += listed.contains(TestInstances.sop(2, 1, i)) ? 1 : 0;
                    }
                    assertThat(have).as("listed of the batch from %d", from).isIn(0, BATCH);
                }
            }
        }
    }

    /**
     * Every listed file is there and is the instance it is listed as; nothing else is in the folder. Returns the
     * listed SOP Instance UIDs.
     */
    private static Set<String> assertConsistent(LocalImageLibrary lib) throws Exception {
        Set<Path> listed = new HashSet<>();
        Set<String> sops = new HashSet<>();
        for (StoredPatient p : lib.listing().get(30, TimeUnit.SECONDS).patients()) {
            for (StoredStudy st : p.studies()) {
                for (StoredSeries se : st.series()) {
                    for (Path f : se.files()) {
                        String sop = DicomReader.read(f).dataset().getString(Tags.SOPInstanceUID);
                        assertThat(f.getFileName().toString()).isEqualTo(LibraryFolder.fileName(sop));
                        assertThat(lib.find(sop)).contains(f);
                        listed.add(f);
                        sops.add(sop);
                    }
                }
            }
        }
        assertThat(KillTests.files(lib.folder().resolve(LibraryFolder.TEMP)))
                .as("temp files")
                .isEmpty();
        assertThat(KillTests.files(lib.folder().resolve(LibraryFolder.INSTANCES)))
                .as("every file is listed")
                .containsExactlyInAnyOrderElementsOf(listed);
        return sops;
    }

    /** The writer, storing one at a time, or with {@code batch} ("size" and maybe "hold") that many at a time. */
    private Process start(Path library, Path work, int study, String... batch) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                LibraryWriterProcess.class.getName(),
                library.toString(),
                work.toString(),
                String.valueOf(study),
                String.valueOf(INSTANCES),
                String.valueOf(PIXEL_BYTES)));
        command.addAll(List.of(batch));
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(
                        tmp.resolve("writer.log").toFile()))
                .start();
    }
}
