package eu.eucaim.workstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class of the app or the viewer, tests included, grows past {@value #MAX_LINES} lines (formatted): a class that
 * long does several jobs, and is split by job instead (docs/architecture.md).
 */
class SourceSizeTest {
    static final int MAX_LINES = 450;
    /** The modules the rule covers, from the app module's folder (where Maven runs its tests). */
    static final List<Path> ROOTS = List.of(
            Path.of("src/main/java"),
            Path.of("src/test/java"),
            Path.of("../viewer/fx/src/main/java"),
            Path.of("../viewer/fx/src/test/java"));

    @Test
    void noClassOfTheAppOrTheViewerIsOverTheLimit() {
        assertThat(ROOTS).allSatisfy(root -> assertThat(root).isDirectory());
        List<String> tooLong = ROOTS.stream()
                .flatMap(SourceSizeTest::javaFiles)
                .filter(f -> lines(f) > MAX_LINES)
                .map(f -> f + ": " + lines(f) + " lines")
                .toList();
        assertThat(tooLong).isEmpty();
    }

    private static Stream<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
