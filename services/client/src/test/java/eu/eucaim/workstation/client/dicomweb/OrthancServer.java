package eu.eucaim.workstation.client.dicomweb;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real Orthanc (Debian's {@code orthanc} with {@code orthanc-dicomweb} and {@code orthanc-gdcm}) for a test: its own storage in a temp
 * folder, HTTP on a free loopback port with remote access refused, DICOM (DIMSE) off, stopped by {@link #close}.
 */
public final class OrthancServer implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/sbin/Orthanc");
    static final Path DICOMWEB_PLUGIN = Path.of("/usr/share/orthanc/plugins/libOrthancDicomWeb.so");
    /** Debian's orthanc-gdcm: Orthanc decodes and transcodes JPEG 2000 (and more) only with it. */
    static final Path GDCM_PLUGIN = Path.of("/usr/share/orthanc/plugins/libOrthancGdcm.so");

    private Process process;
    private final URI base;
    private ProcessBuilder command;
    private Path dir;
    private int revived;
    // HTTP/1.1: Orthanc's server drops a POST that asks to upgrade to h2c.
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String authorization;

    private OrthancServer(Process process, URI base, String user, String password) {
        this.process = process;
        this.base = base;
        this.authorization = user == null
                ? null
                : "Basic "
                        + java.util.Base64.getEncoder()
                                .encodeToString(
                                        (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri);
        return authorization == null ? b : b.header("Authorization", authorization);
    }

    public static OrthancServer start(Path dir) throws Exception {
        return start(dir, null, null);
    }

    /** With HTTP Basic authentication for one user, when {@code user} is not null. */
    public static OrthancServer start(Path dir, String user, String password) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path config = dir.resolve("orthanc.json");
        Files.writeString(config, """
                {
                  "Name": "eucaim-test",
                  "StorageDirectory": "%s",
                  "IndexDirectory": "%s",
                  "HttpPort": %d,
                  "RemoteAccessAllowed": false,
                  "AuthenticationEnabled": %s,
                  "RegisteredUsers": {%s},
                  "DicomServerEnabled": false,
                  "Plugins": ["%s", "%s"],
                  "DicomWeb": {"Enable": true, "Root": "/dicom-web/"}
                }
                """.formatted(
                        dir.resolve("storage"),
                        dir.resolve("index"),
                        port,
                        user != null,
                        user == null ? "" : "\"" + user + "\": \"" + password + "\"",
                        DICOMWEB_PLUGIN,
                        GDCM_PLUGIN));
        // Its HTTP worker threads get the stack size limit as their stacks: with the default 8 MiB, the GDCM plugin
        // overflows one now and then while it transcodes a frame (a segfault in libgdcmMSFF, Orthanc gone); 64 MiB.
        ProcessBuilder command = new ProcessBuilder(
                        "sh", "-c", "ulimit -s 65536 && exec \"$0\" \"$1\"", BINARY.toString(), config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("orthanc.log").toFile()));
        OrthancServer server =
                new OrthancServer(command.start(), URI.create("http://127.0.0.1:" + port), user, password);
        server.command = command;
        server.dir = dir;
        server.awaitReady(dir);
        return server;
    }

    private void awaitReady(Path dir) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Orthanc stopped: " + Files.readString(dir.resolve("orthanc.log")));
            }
            try {
                HttpResponse<String> r =
                        http.send(request(base.resolve("/system")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        close();
        throw new IllegalStateException(
                "Orthanc did not answer within 30 s: " + Files.readString(dir.resolve("orthanc.log")));
    }

    /**
     * Starts Orthanc again, on the same port and storage, if it has died: Debian's GDCM plugin now and then overflows
     * a civetweb worker's stack while it transcodes a frame (a segfault in libgdcmMSFF; the 64 MiB limit made it
     * rarer, not gone). A peer's crash, not ours: a test may ask again once, and says so. At most three times.
     *
     * @return whether it had died and runs again
     */
    public synchronized boolean revive() throws Exception {
        if (process.isAlive() || revived >= 3) {
            return false;
        }
        revived++;
        System.err.println("Orthanc died (exit " + process.exitValue() + "); starting it again, time " + revived);
        process = command.start();
        awaitReady(dir);
        return true;
    }

    /** Kills Orthanc as its crash would (for the test of {@link #revive}). */
    void crash() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Its DICOMweb root, e.g. {@code http://127.0.0.1:40123/dicom-web}. */
    public URI dicomWeb() {
        return base.resolve("/dicom-web");
    }

    /** Stores a DICOM file through Orthanc's REST API. */
    public void store(Path file) throws Exception {
        HttpResponse<String> r = http.send(
                request(base.resolve("/instances"))
                        .header("Content-Type", "application/dicom")
                        .POST(HttpRequest.BodyPublishers.ofFile(file))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Orthanc did not store " + file + ": " + r.statusCode() + " " + r.body());
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
