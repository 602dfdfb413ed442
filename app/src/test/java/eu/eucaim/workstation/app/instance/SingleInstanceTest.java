package eu.eucaim.workstation.app.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 2: one app per data folder. A later start hands its paths to the running one; a crash leaves
 * nothing that stops the next start; a folder locked by another program is refused in one line; nobody without
 * the user's secret can make the app open files.
 */
class SingleInstanceTest {
    @TempDir
    Path data;

    private final LinkedBlockingQueue<List<Path>> handed = new LinkedBlockingQueue<>();

    @Test
    void aLaterStartHandsItsPathsToTheRunningAppAndEnds() throws Exception {
        try (SingleInstance first = first(SingleInstance.claim(data, List.of()))) {
            first.listen(handed::add);
            Path study = data.resolve("study");

            SingleInstance.Claim later = SingleInstance.claim(data, List.of(study, Path.of("relative.dcm")));

            assertThat(later).isInstanceOf(SingleInstance.Claim.HandedOver.class);
            assertThat(handed.poll(5, TimeUnit.SECONDS))
                    .containsExactly(study, Path.of("relative.dcm").toAbsolutePath());
            assertThat(SingleInstance.claim(data, List.of())).isInstanceOf(SingleInstance.Claim.HandedOver.class);
            assertThat(handed.poll(5, TimeUnit.SECONDS))
                    .as("a plain start: to the front")
                    .isEmpty();
            assertThat(PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(data.resolve(SingleInstance.ADDRESS))))
                    .as("the port and secret are the user's only")
                    .isEqualTo("rw-------");
        }
        assertThat(SingleInstance.claim(data, List.of()))
                .as("after the app ends, the next start is the first")
                .isInstanceOfSatisfying(SingleInstance.Claim.First.class, f -> close(f.instance()));
    }

    @Test
    void whatACrashLeftBehindDoesNotStopTheNextStart() throws Exception {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = s.getLocalPort();
        }
        Files.writeString(data.resolve(SingleInstance.ADDRESS), deadPort + " 00ff\n");
        Files.writeString(data.resolve(SingleInstance.LOCK), "");

        try (SingleInstance instance = first(SingleInstance.claim(data, List.of()))) {
            assertThat(Files.readString(data.resolve(SingleInstance.ADDRESS))).doesNotStartWith(deadPort + " ");
        }
    }

    @Test
    void aFolderLockedByAnotherProgramIsRefusedInOneLine() throws Exception {
        // python's lockf takes the same kind of lock (fcntl) as Java's FileChannel.lock on Linux and macOS
        Process holder = new ProcessBuilder(
                        "python3",
                        "-c",
                        "import fcntl,sys,time; f=open(sys.argv[1],'a'); fcntl.lockf(f, fcntl.LOCK_EX);"
                                + " print('locked', flush=True); time.sleep(60)",
                        data.resolve(SingleInstance.LOCK).toString())
                .start();
        try {
            assertThat(new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))
                            .readLine())
                    .isEqualTo("locked");

            SingleInstance.Claim claim = SingleInstance.claim(data, List.of(Path.of("x.dcm")));

            assertThat(claim)
                    .isInstanceOfSatisfying(
                            SingleInstance.Claim.Locked.class,
                            l -> assertThat(l.message())
                                    .contains(data.toString(), "in use by another program", "EUCAIM_HOME")
                                    .doesNotContain("\n"));
        } finally {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRequestWithoutTheUsersSecretOpensNothing() throws Exception {
        try (SingleInstance first = first(SingleInstance.claim(data, List.of()))) {
            first.listen(handed::add);
            int port = Integer.parseInt(
                    Files.readString(data.resolve(SingleInstance.ADDRESS)).split(" ")[0]);
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                s.getOutputStream()
                        .write((SingleInstance.HELLO + "\nguessed\n/etc/passwd\n\n").getBytes(StandardCharsets.UTF_8));
                String answer = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
                assertThat(answer).isEqualTo("REFUSED");
            }
            assertThat(handed.poll(1, TimeUnit.SECONDS)).isNull();
        }
    }

    private static SingleInstance first(SingleInstance.Claim claim) {
        assertThat(claim).isInstanceOf(SingleInstance.Claim.First.class);
        return ((SingleInstance.Claim.First) claim).instance();
    }

    private static void close(SingleInstance instance) {
        try {
            instance.close();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
