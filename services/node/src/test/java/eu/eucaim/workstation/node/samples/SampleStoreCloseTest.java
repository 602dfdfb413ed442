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
        SampleStore store = new SampleStore(root, 7);
        assertThat(store.studies()).isEmpty(); // starts the generation (seconds of work)
        waitForPartialFolder(root);

        store.close();

        try (Stream<Path> left = Files.list(root)) {
            assertThat(left).isEmpty();
        }
        assertThat(store.studies()).isEmpty();
        Thread.sleep(200);
        try (Stream<Path> left = Files.list(root)) {
            assertThat(left).as("nothing new after close").isEmpty();
        }
    }

    private static void waitForPartialFolder(Path root) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.list(root)) {
                    if (s.anyMatch(p -> p.getFileName().toString().startsWith("seed-7.partial-"))) {
                        return;
                    }
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the generation never started");
    }
}
