package eu.eucaim.workstation.node.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleStoreTest {
    /** A smaller sample CT is a set of its own: its own folder beside the full set's, every kind still in it. */
    @Test
    void aSmallerCtMakesASetInItsOwnFolder(@TempDir Path data) throws Exception {
        Path root = data.resolve("samples");
        try (SampleStore store = new SampleStore(root, 3, 4)) {
            List<String> paths = store.awaitStudies().stream()
                    .flatMap(st -> st.series().stream())
                    .flatMap(se -> se.files().stream())
                    .map(f -> f.path())
                    .toList();
            assertThat(paths)
                    .hasSize(4 + 32 + 1 + 1)
                    .contains(
                            "CT-4/IM00001.dcm",
                            "CT-4/IM00004.dcm",
                            "MR/IM00032.dcm",
                            "XA/IM00001.dcm",
                            "CR/IM00001.dcm");
            assertThat(root.resolve("seed-3-ct4/manifest.json")).isRegularFile();
            assertThat(store.locate("CT-4/IM00004.dcm"))
                    .get()
                    .satisfies(l -> assertThat(l.location()).isEqualTo(root.resolve("seed-3-ct4/CT-4/IM00004.dcm")));
        }
        try (var left = Files.list(root)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("seed-3-ct4");
        }
    }
}
