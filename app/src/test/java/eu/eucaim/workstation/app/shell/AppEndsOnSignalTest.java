package eu.eucaim.workstation.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.app.Main;
import eu.eucaim.workstation.app.ui.HeadlessJava;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signal to end the process (what a logout or {@code kill} sends) closes the app as its window's close does: the
 * window's place is saved and the embedded node is stopped before the process ends. The app is the real one
 * ({@link Main}, as {@code bin/eucaim} starts it), headless as the UI tests run it, in a process of its own.
 */
class AppEndsOnSignalTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aTermSignalSavesTheWindowsPlaceAndStopsTheNodeBeforeTheProcessEnds() throws Exception {
        Path home = tmp.resolve("home");
        Path log = home.resolve("data/logs/eucaim.log");
        Path output = tmp.resolve("app.log");
        Process app = new ProcessBuilder(HeadlessJava.command(List.of("-Deucaim.home=" + home), Main.class.getName()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!logHas(log, "Start-up: demo-complete")) {
                assertThat(app.isAlive())
                        .as("the app runs (its output: %s)", output)
                        .isTrue();
                assertThat(System.nanoTime()).as("started within 3 minutes").isLessThan(deadline);
                Thread.sleep(200);
            }
            assertThat(home.resolve("config/settings.json"))
                    .as("no window place saved before the end")
                    .satisfiesAnyOf(
                            f -> assertThat(f).doesNotExist(),
                            f -> assertThat(Files.readString(f)).doesNotContain("\"window\""));

            app.destroy(); // SIGTERM

            assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("ended").isTrue();
        } finally {
            app.destroyForcibly();
        }
        assertThat(Files.readString(home.resolve("config/settings.json")))
                .as("the window's place saved")
                .contains("\"window\"");
        String written = Files.readString(log);
        assertThat(written).as("the embedded node stopped").contains("Javalin has stopped");
        assertThat(written).as("nothing failed on the way out").doesNotContain(" ERROR ");
        assertThat(written).doesNotContain("Database is already closed");
    }

    private static boolean logHas(Path log, String text) throws Exception {
        return Files.exists(log) && Files.readString(log).contains(text);
    }
}
