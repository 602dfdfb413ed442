package eu.eucaim.workstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eucaim view}: checks its paths, then starts the desktop on them (the desktop is replaced here). */
class ViewCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<List<Path>> launched = new ArrayList<>();
    private ToIntFunction<List<Path>> original;

    @BeforeEach
    void replaceDesktop() {
        original = ViewCommand.desktop;
        ViewCommand.desktop = paths -> {
            launched.add(paths);
            return 0;
        };
    }

    @AfterEach
    void restoreDesktop() {
        ViewCommand.desktop = original;
    }

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void opensTheDesktopOnAbsolutePaths() throws Exception {
        Path a = Files.createDirectory(dir.resolve("study"));
        Path b = Files.writeString(dir.resolve("x.zip"), "zip");
        assertThat(run("view", a.toString(), b.toString())).isZero();
        assertThat(launched).containsExactly(List.of(a.toAbsolutePath(), b.toAbsolutePath()));
    }

    @Test
    void aMissingPathIsNamedAndNothingOpens() {
        Path missing = dir.resolve("nope");
        assertThat(run("view", missing.toString())).isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains(missing + " does not exist");
        assertThat(launched).isEmpty();
    }

    @Test
    void needsAtLeastOnePath() {
        assertThat(run("view")).isEqualTo(2);
        assertThat(launched).isEmpty();
    }
}
