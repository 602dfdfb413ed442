package eu.eucaim.workstation.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Issue 13 item 12: the app's information goes to a file in its data folder; the terminal gets warnings and
 * errors only, through the app's own logging configuration (logback.xml on the app's class path).
 */
class LogFileTest {
    @TempDir
    Path data;

    private final PrintStream terminal = System.err;

    @AfterEach
    void restore() {
        System.setErr(terminal);
        LogFile.uninstall();
    }

    @Test
    void informationGoesToTheFileAndOnlyWarningsToTheTerminal() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        Path file = LogFile.install(data);
        LogFile.install(data); // a second call adds no second appender

        org.slf4j.Logger log = LoggerFactory.getLogger("eu.eucaim.workstation.test");
        log.info("Node started on port 4711");
        log.warn("The node's data folder was readable by others");

        assertThat(file).isEqualTo(data.resolve("logs/eucaim.log"));
        String logged = Files.readString(file);
        assertThat(logged).contains("INFO", "Node started on port 4711").contains("The node's data folder");
        assertThat(logged.lines().filter(l -> l.contains("Node started")).count())
                .as("one appender")
                .isEqualTo(1);
        String onTerminal = printed.toString(StandardCharsets.UTF_8);
        assertThat(onTerminal).contains("WARN").contains("The node's data folder");
        assertThat(onTerminal).doesNotContain("Node started");
    }
}
