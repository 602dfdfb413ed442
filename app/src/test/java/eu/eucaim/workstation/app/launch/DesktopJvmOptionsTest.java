package eu.eucaim.workstation.app.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/desktop-jvm-options} (the desktop app's JVM options, used by {@code bin/eucaim}) against JVMs that
 * have or lack what it asks for: a stand-in {@code java} that refuses the options a JDK without them would refuse
 * and records every call. The script runs from a copy in a temporary tree, so its answer cache stays there.
 */
class DesktopJvmOptionsTest {
    private static final long MAX_HEAP = 4L << 30;

    @TempDir
    Path root;

    private Path script;

    @BeforeEach
    void copyScript() throws IOException {
        Path source =
                Path.of("..", "bin", "desktop-jvm-options").toAbsolutePath().normalize();
        script = root.resolve("bin/desktop-jvm-options");
        Files.createDirectories(script.getParent());
        Files.copy(source, script);
        executable(script);
        Files.createDirectories(root.resolve("app/target"));
    }

    /** A stand-in java: refuses each option in {@code refused}, prints MaxHeapSize, logs its arguments. */
    private Path java(String name, String... refused) throws IOException {
        Path java = root.resolve(name);
        StringBuilder sh = new StringBuilder("#!/bin/sh\necho \"$*\" >> \"$0.calls\"\nfor a in \"$@\"; do\n");
        for (String r : refused) {
            sh.append("  case \"$a\" in ").append(r).append("*) echo \"Unrecognized VM option\" >&2; exit 1;; esac\n");
        }
        sh.append("  if [ \"$a\" = -XX:+PrintFlagsFinal ]; then\n")
                .append("    echo '   size_t MaxHeapSize                              = ")
                .append(MAX_HEAP)
                .append("                                {product} {ergonomic}'\n  fi\ndone\nexit 0\n");
        Files.writeString(java, sh.toString());
        executable(java);
        return java;
    }

    private String run(Path java) throws Exception {
        Process p = new ProcessBuilder(script.toString(), java.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static void executable(Path p) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void aJdkWithEverythingGetsShenandoahHugePagesAndASoftLimitOfHalfTheMaximum() throws Exception {
        assertThat(run(java("full")))
                .isEqualTo(
                        "-XX:+UseShenandoahGC -XX:+UseTransparentHugePages" + " -XX:SoftMaxHeapSize=" + MAX_HEAP / 2);
    }

    @Test
    void aJdkWithoutShenandoahKeepsItsOwnCollector() throws Exception {
        assertThat(run(java("oracle", "-XX:+UseShenandoahGC")))
                .isEqualTo("-XX:+UseTransparentHugePages" + " -XX:SoftMaxHeapSize=" + MAX_HEAP / 2);
    }

    @Test
    void optionsAJdkRefusesAreLeftOut() throws Exception {
        assertThat(run(java("old", "-XX:+UseTransparentHugePages", "-XX:SoftMaxHeapSize")))
                .isEqualTo("-XX:+UseShenandoahGC");
        assertThat(run(java("bare", "-XX:+UseShenandoahGC", "-XX:+UseTransparentHugePages", "-XX:SoftMaxHeapSize")))
                .isEmpty();
    }

    /** The JVM is asked once per build: the answer is kept in app/target, keyed by the java it was asked of. */
    @Test
    void theAnswerIsKeptPerJava() throws Exception {
        Path full = java("full");
        Path oracle = java("oracle", "-XX:+UseShenandoahGC");
        String first = run(full);
        long calls = Files.readAllLines(Path.of(full + ".calls")).size();
        assertThat(run(full)).isEqualTo(first);
        assertThat(Files.readAllLines(Path.of(full + ".calls"))).hasSize((int) calls);
        assertThat(run(oracle)).doesNotContain("Shenandoah");
        assertThat(run(full)).isEqualTo(first); // asked again after another java's answer replaced the kept one
        List<String> kept = Files.readAllLines(root.resolve("app/target/desktop-jvm-options"));
        assertThat(kept).containsExactly(full.toString(), first);
    }
}
