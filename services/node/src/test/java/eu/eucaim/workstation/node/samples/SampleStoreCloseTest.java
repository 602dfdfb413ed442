package eu.eucaim.workstation.node.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node stopped while its sample images are being made leaves nothing behind and starts nothing new. */
class SampleStoreCloseTest {
    @Test
    void closingDuringGenerationRemovesThePartialFolderAndStartsNoOther(@TempDir Path data) throws Exception {
        Path root = data.resolve("samples");
        // A generation that takes as long as it is let: it writes a file, then waits to be told to stop.
        SampleStore store = new SampleStore(root.resolve("ds-7"), (dir, cancelled) -> {
            Files.writeString(Files.createDirectories(dir.resolve("1-CT")).resolve("IM00001.dcm"), "x");
            while (!cancelled.getAsBoolean()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            throw new java.io.InterruptedIOException("cancelled");
        });
        assertThat(store.studies()).isEmpty(); // starts the generation
        waitForPartialFolder(root);

        store.close();

        try (Stream<Path> left = Files.list(root)) {
            assertThat(left)
                    .as("only the set's lock file, kept empty")
                    .containsExactly(SampleStore.lockFile(root.resolve("ds-7")));
        }
        assertThat(store.studies()).isEmpty();
        Thread.sleep(200);
        try (Stream<Path> left = Files.list(root)) {
            assertThat(left).as("nothing new after close").containsExactly(SampleStore.lockFile(root.resolve("ds-7")));
        }
    }

    private static void waitForPartialFolder(Path root) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.list(root)) {
                    if (s.anyMatch(p -> p.getFileName().toString().startsWith("ds-7.partial-"))) {
                        return;
                    }
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the generation never started");
    }
}
