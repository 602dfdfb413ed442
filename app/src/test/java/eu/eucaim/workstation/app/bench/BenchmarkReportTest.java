package eu.eucaim.workstation.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkReportTest {
    @Test
    void percentilesAreNearestRank() {
        List<Long> sorted = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(BenchmarkReport.percentile(sorted, 50)).isEqualTo(5L);
        assertThat(BenchmarkReport.percentile(sorted, 90)).isEqualTo(9L);
        assertThat(BenchmarkReport.percentile(sorted, 99)).isEqualTo(10L);
    }

    @Test
    void writingReplacesOnlyThisBenchmarksSection(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("docs/benchmarks.md");
        BenchmarkReport.writeSection(file, BenchmarkReport.HEADING + "\n\nold\n");
        Files.writeString(file, Files.readString(file) + "\n## DICOM decoding\n\nkept\n");

        BenchmarkReport.writeSection(file, BenchmarkReport.HEADING + "\n\nnew\n");

        assertThat(Files.readString(file))
                .isEqualTo(
                        "# Benchmarks\n\n" + BenchmarkReport.HEADING + "\n\nnew\n" + "\n## DICOM decoding\n\nkept\n");
    }
}
