package eu.eucaim.workstation.client.library;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.library.ImageLibrary;
import eu.eucaim.workstation.api.library.StoredSeries;
import eu.eucaim.workstation.api.library.StoredStudy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several viewer threads writing through at once, some the same instance: each kept once, all indexed. */
class ConcurrentStoresTest {
    @TempDir
    Path tmp;

    @Test
    void storesFromSeveralThreadsAreEachKeptOnceAndAllIndexed() throws Exception {
        int studies = 4;
        int perSeries = 15;
        List<Path> inputs = new ArrayList<>();
        for (int s = 1; s <= studies; s++) {
            for (int i = 1; i <= perSeries; i++) {
                inputs.add(TestInstances.write(tmp, s, 1, i, 20_000));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (LocalImageLibrary lib =
                LocalImageLibrary.open(tmp.resolve("library"), ImageLibrary.DEFAULT_LIMIT_BYTES, null)) {
            List<Future<Path>> stores = new ArrayList<>();
            for (int round = 0; round < 2; round++) { // every instance twice, from different threads
                for (int s = 1; s <= studies; s++) {
                    for (int i = 1; i <= perSeries; i++) {
                        int study = s;
                        int instance = i;
                        Path in = inputs.get((s - 1) * perSeries + i - 1);
                        stores.add(pool.submit(() -> lib.store(TestInstances.origin(study, 1, instance), in)));
                    }
                }
            }
            long expected = 0;
            for (Path in : inputs) {
                expected += Files.size(in);
            }
            for (Future<Path> f : stores) {
                assertThat(f.get(60, TimeUnit.SECONDS)).exists();
            }

            assertThat(lib.totalBytes()).isEqualTo(expected);
            List<StoredStudy> listed = lib.listing().get(10, TimeUnit.SECONDS).patients().stream()
                    .flatMap(p -> p.studies().stream())
                    .toList();
            assertThat(listed).hasSize(studies);
            assertThat(listed)
                    .allSatisfy(st -> assertThat(st.series())
                            .singleElement()
                            .extracting(StoredSeries::files)
                            .satisfies(files ->
                                    assertThat(files).hasSize(perSeries).doesNotHaveDuplicates()));
            try (Stream<Path> walk = Files.walk(lib.folder().resolve(LibraryFolder.INSTANCES))) {
                assertThat(walk.filter(Files::isRegularFile).count()).isEqualTo((long) studies * perSeries);
            }
            assertThat(lib.folder().resolve(LibraryFolder.TEMP)).isEmptyDirectory();
        } finally {
            pool.shutdownNow();
        }
    }
}
