package eu.eucaim.workstation.node.samples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.node.demo.images.DatasetSamples;
import eu.eucaim.workstation.node.demo.images.WrittenSeries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 11, safely: a node's start removes the temporary folders of interrupted generations, but never the
 * one another node (the desktop app's federation, another seed, a node on PostgreSQL) is writing right now; a
 * {@code kill -9} drops that node's lock, and the next start removes what it left.
 */
class GenerationInProgressTest {
    @TempDir
    Path data;

    private Path sets() {
        return data.resolve("samples/v" + DatasetSamples.VERSION);
    }

    @Test
    void anotherNodesStartLeavesAGenerationInProgressAlone() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        SampleStore store = new SampleStore(sets().resolve("ds-7"), (dir, cancelled) -> {
            Path file = Files.writeString(
                    Files.createDirectories(dir.resolve("1-CT")).resolve("IM00001.dcm"), "x");
            written.countDown();
            await(finish);
            return List.of(series(file));
        });
        assertThat(store.studies()).isEmpty(); // starts the generation
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
        Path partial = onlyPartial("ds-7");

        new DatasetSampleStores(data.resolve("samples")).removeLeftovers(); // what a second node's start does

        assertThat(partial.resolve("1-CT/IM00001.dcm"))
                .as("the file being written")
                .exists();
        finish.countDown();
        assertThat(store.awaitStudies())
                .singleElement()
                .extracting(s -> s.studyInstanceUid())
                .isEqualTo("1.2.3");
        store.close();
    }

    /** A real second process: it holds the set's lock as a generating node does, then is killed with SIGKILL. */
    @Test
    void aKilledNodesPartialFolderIsRemovedOnceItsProcessIsGone() throws Exception {
        Path partial = Files.createDirectories(sets().resolve("ds-9.partial-4711/1-CT"))
                .getParent();
        Files.write(partial.resolve("1-CT/IM00001.dcm"), new byte[4096]);
        Process node = new ProcessBuilder(
                        Paths.get(System.getProperty("java.home"), "bin", "java")
                                .toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldGenerationLock.class.getName(),
                        SampleStore.lockFile(sets().resolve("ds-9")).toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo(HoldGenerationLock.HELD);

            new DatasetSampleStores(data.resolve("samples")).removeLeftovers();
            assertThat(partial).as("its node is alive").exists();

            node.destroyForcibly(); // SIGKILL: no clean-up of its own
            assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
            new DatasetSampleStores(data.resolve("samples")).removeLeftovers();
            assertThat(partial).as("its node is gone").doesNotExist();
        } finally {
            node.destroyForcibly();
        }
    }

    /** Two nodes on one folder make a set once: the second waits for the first's lock and reads its set. */
    @Test
    void twoStoresOfOneSetMakeItOnce() throws Exception {
        AtomicInteger made = new AtomicInteger();
        CountDownLatch finish = new CountDownLatch(1);
        SampleStore.Generator slow = (dir, cancelled) -> {
            made.incrementAndGet();
            Path file = Files.writeString(
                    Files.createDirectories(dir.resolve("1-CT")).resolve("IM00001.dcm"), "x");
            await(finish);
            return List.of(series(file));
        };
        try (SampleStore first = new SampleStore(sets().resolve("ds-3"), slow);
                SampleStore second = new SampleStore(sets().resolve("ds-3"), slow)) {
            assertThat(first.studies()).isEmpty();
            onlyPartialWithin("ds-3");
            assertThat(second.studies()).isEmpty();
            Thread.sleep(300); // the second would have started writing by now
            finish.countDown();

            assertThat(first.awaitStudies()).isEqualTo(second.awaitStudies());
            assertThat(made).hasValue(1);
        }
    }

    private Path onlyPartial(String set) throws IOException {
        try (var s = Files.list(sets())) {
            return s.filter(p -> p.getFileName().toString().startsWith(set + SampleStore.PARTIAL))
                    .reduce((a, b) -> {
                        throw new AssertionError("more than one: " + a + ", " + b);
                    })
                    .orElseThrow(() -> new AssertionError("no partial folder of " + set));
        }
    }

    private Path onlyPartialWithin(String set) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(sets())) {
                try (var s = Files.list(sets())) {
                    if (s.anyMatch(p -> p.getFileName().toString().startsWith(set + SampleStore.PARTIAL))) {
                        return onlyPartial(set);
                    }
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the generation of " + set + " never started");
    }

    private static void await(CountDownLatch latch) throws IOException {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IOException("never told to finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        }
    }

    private static WrittenSeries series(Path file) {
        return new WrittenSeries(
                "Demo^One",
                "P1",
                "1.2.3",
                "study",
                "20240101",
                "1.2.3.4",
                "CT",
                "CHEST",
                "series",
                List.of(file),
                0,
                "middle slice");
    }
}
