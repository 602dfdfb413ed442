package eu.eucaim.workstation.app.cli;

import static eu.eucaim.workstation.app.Futures.await;
import static eu.eucaim.workstation.app.Futures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.error.ServiceUnreachableException;
import eu.eucaim.workstation.api.platform.Posix;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.node.NodeInfoClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeCommandTest {
    private static final String LISTENING = "listening on ";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void printsOneListeningLineServesHealthAndStopsWhenInterrupted(@TempDir Path data) throws Exception {
        AtomicInteger exit = new AtomicInteger(-1);
        Thread command =
                new Thread(() -> exit.set(run("node", "--port", "0", "--data", data.toString(), "--seed", "7")));
        command.start();

        String line = awaitLine(60);
        assertThat(line).matches("listening on http://127\\.0\\.0\\.1:\\d+");
        NodeInfoClient health = new NodeInfoClient(ClientConfig.of(URI.create(line.substring(LISTENING.length()))));
        assertThat(await(health.info()).seed()).isEqualTo(7L);

        command.interrupt();
        command.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(command.isAlive()).isFalse();
        assertThat(exit).hasValue(0);
        assertThat(out.toString()).isEqualTo(line + System.lineSeparator());
        failureOf(health.info(), ServiceUnreachableException.class);
    }

    @Test
    void aWrongTrustedIssuerSettingIsOneLineNamingTheOptionAndTheSetting(@TempDir Path data) {
        assertThat(run(
                        "node",
                        "--port",
                        "0",
                        "--data",
                        data.toString(),
                        "--trust-issuer",
                        "https://kc.example/realms/x;audience=account;claims=realm_access.roles"))
                .isNotZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().toList())
                .singleElement()
                .asString()
                .contains("--trust-issuer")
                .contains("Unknown setting 'claims'")
                .contains("audience, roles, types or role.<role>");
    }

    @Test
    void portInUseIsOneLineOnStderrAndExitCodeOne(@TempDir Path data) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            assertThat(run("node", "--port", Integer.toString(port), "--data", data.toString()))
                    .isEqualTo(1);

            assertThat(out.toString()).isEmpty();
            assertThat(err.toString().lines().toList())
                    .singleElement()
                    .asString()
                    .startsWith("node: port " + port + " on 127.0.0.1 is already in use");
        }
    }

    @Test
    void unreachableDatabaseIsOneLineWithoutThePassword(@TempDir Path data) throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = s.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/eucaim?user=eucaim&password=s3cr3t-url";

        int code = run(
                "node",
                "--data",
                data.toString(),
                "--db",
                url,
                "--db-user",
                "eucaim",
                "--db-password",
                "s3cr3t-option");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().toList())
                .singleElement()
                .asString()
                .startsWith("node: ")
                .contains("127.0.0.1:" + closedPort)
                .doesNotContain("s3cr3t");
    }

    /** The data folder holds the node's signing key: one the user chose that others may read is refused. */
    @Test
    void aDataFolderOthersMayReadIsRefusedWithOneLineAndExitCodeOne(@TempDir Path temp) throws Exception {
        Posix.assumeSupportedAt(temp);
        Path data = Posix.folder(temp.resolve("shared"), "rwxr-xr-x");

        assertThat(run("node", "--port", "0", "--data", data.toString())).isEqualTo(1);

        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().toList())
                .singleElement()
                .asString()
                .startsWith("node: ")
                .contains(data + " is open to other users (mode 755)")
                .contains("chmod 700")
                .contains("--allow-shared-data-dir");
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void allowSharedDataDirStartsInSuchAFolderAndKeepsTheDatabasePrivate(@TempDir Path temp) throws Exception {
        Posix.assumeSupportedAt(temp);
        Path data = Posix.folder(temp.resolve("shared"), "rwxr-xr-x");
        AtomicInteger exit = new AtomicInteger(-1);
        Thread command = new Thread(() -> exit.set(
                run("node", "--port", "0", "--data", data.toString(), "--seed", "8", "--allow-shared-data-dir")));
        command.start();

        assertThat(awaitLine(60)).startsWith(LISTENING);
        assertThat(Posix.mode(data)).isEqualTo("rwxr-xr-x");
        assertThat(Posix.mode(data.resolve("node-8.mv.db"))).isEqualTo("rw-------");

        command.interrupt();
        command.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(exit).hasValue(0);
    }

    private String awaitLine(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String text = out.toString();
            int end = text.indexOf(System.lineSeparator());
            if (end >= 0) {
                return text.substring(0, end);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no line on stdout within " + seconds + " s; stderr: " + err);
    }
}
