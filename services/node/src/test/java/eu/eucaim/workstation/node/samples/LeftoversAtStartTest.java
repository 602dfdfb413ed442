package eu.eucaim.workstation.node.samples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import eu.eucaim.workstation.node.demo.images.DatasetSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 11: a {@code kill -9} during sample generation leaves a {@code *.partial-*} folder; the next start
 * removes it (in the earlier layout, {@code samples/seed-N.partial-*}, and this one, {@code samples/v1/<id>.partial-*}),
 * and leaves the finished sets alone.
 */
class LeftoversAtStartTest {
    @TempDir
    Path data;

    @Test
    void partialFoldersFromAnInterruptedGenerationAreRemovedAtStart() throws Exception {
        Path samples = data.resolve("samples");
        Path old = Files.createDirectories(samples.resolve("seed-1.partial-4711/ct"));
        Files.write(old.resolve("slice.dcm"), new byte[4096]);
        Path current = Files.createDirectories(samples.resolve("v" + DatasetSamples.VERSION + "/ds-1.partial-99"));
        Files.write(current.resolve("x.dcm"), new byte[1024]);
        Path finished = Files.createDirectories(samples.resolve("v" + DatasetSamples.VERSION + "/ds-2"));
        Files.writeString(finished.resolve("manifest.json"), "[]");

        try (EucaimNode node = EucaimNode.start(NodeConfig.defaults(data, 3).withDatasetCount(1))) {
            assertThat(samples.resolve("seed-1.partial-4711")).doesNotExist();
            assertThat(current).doesNotExist();
            assertThat(finished.resolve("manifest.json")).exists();
        }
    }
}
