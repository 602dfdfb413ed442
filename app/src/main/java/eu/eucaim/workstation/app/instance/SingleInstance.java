package eu.eucaim.workstation.app.instance;

import eu.eucaim.workstation.api.platform.AtomicFile;
import eu.eucaim.workstation.common.NamedThreads;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One desktop app per data folder. The first start holds a lock on {@code app.lock} in the data folder (the system
 * drops it when the process ends, however it ends, so a crash leaves nothing that stops the next start) and listens
 * on a loopback port for later starts; the port and a random secret are in {@code app.instance}, readable by the
 * user only, so that no other local user can make the app open files. A later start sends its paths there and
 * ends; the running app comes to the front and opens them. If the lock is held but nothing answers, something else
 * has the data folder: the later start says so and ends.
 */
public final class SingleInstance implements AutoCloseable {
    static final String LOCK = "app.lock";
    static final String ADDRESS = "app.instance";
    static final String HELLO = "EUCAIM-OPEN 1";
    private static final int TIMEOUT_MS = 5_000;
    private static final int MAX_PATHS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a start found. */
    public sealed interface Claim {
        /** This is the only app on the data folder: keep {@code instance} open while the app runs. */
        record First(SingleInstance instance) implements Claim {}

        /** The running app took the paths. */
        record HandedOver() implements Claim {}

        /** Something else holds the data folder; {@code message} says so in one line. */
        record Locked(String message) implements Claim {}
    }

    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;
    private final String secret;
    private final Path addressFile;

    private SingleInstance(FileChannel channel, FileLock lock, ServerSocket server, String secret, Path addressFile) {
        this.channel = channel;
        this.lock = lock;
        this.server = server;
        this.secret = secret;
        this.addressFile = addressFile;
    }

    /** Claims {@code dataDir} for this process, or hands {@code paths} to the app that has it. */
    public static Claim claim(Path dataDir, List<Path> paths) throws IOException {
        Files.createDirectories(dataDir);
        Path lockFile = dataDir.resolve(LOCK);
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this very process holds it (a second app in one JVM)
        }
        if (lock == null) {
            channel.close();
            return handOver(dataDir, paths);
        }
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        Path address = dataDir.resolve(ADDRESS);
        String line = server.getLocalPort() + " " + secret + "\n";
        AtomicFile.writeOwnerOnly(address, out -> out.write(line.getBytes(StandardCharsets.US_ASCII)));
        return new Claim.First(new SingleInstance(channel, lock, server, secret, address));
    }

    private static Claim handOver(Path dataDir, List<Path> paths) {
        String why;
        try {
            String[] address =
                    Files.readString(dataDir.resolve(ADDRESS)).strip().split(" ");
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(address[0])), 2000);
                s.setSoTimeout(TIMEOUT_MS);
                StringBuilder message =
                        new StringBuilder(HELLO).append('\n').append(address[1]).append('\n');
                paths.forEach(
                        p -> message.append(p.toAbsolutePath().normalize()).append('\n'));
                message.append('\n');
                OutputStream out = s.getOutputStream();
                out.write(message.toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
                String answer = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
                if ("OK".equals(answer)) {
                    return new Claim.HandedOver();
                }
                why = "it refused the request";
            }
        } catch (IOException | RuntimeException e) {
            why = "no running EUCAIM Workstation answered";
        }
        return new Claim.Locked("The data folder " + dataDir + " is in use by another program (it holds "
                + dataDir.resolve(LOCK) + ") and " + why + "; close that program, or start with another EUCAIM_HOME.");
    }

    /** Hands every later start's paths to {@code open} (on a background thread) until closed. */
    public void listen(Consumer<List<Path>> open) {
        NamedThreads.start("eucaim-instance", () -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    s.setSoTimeout(TIMEOUT_MS);
                    List<Path> paths = read(s);
                    s.getOutputStream().write((paths == null ? "REFUSED\n" : "OK\n").getBytes(StandardCharsets.UTF_8));
                    if (paths != null) {
                        open.accept(paths);
                    }
                } catch (IOException | RuntimeException e) {
                    if (!server.isClosed()) {
                        LOG.warn("A later start could not hand over its files: {}", e.toString());
                    }
                }
            }
        });
    }

    /** The paths sent, or null when the request is not from a start of this user (wrong secret, malformed). */
    private List<Path> read(Socket s) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        if (!HELLO.equals(in.readLine())) {
            return null;
        }
        String given = in.readLine();
        if (given == null
                || !MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8))) {
            LOG.warn("Refused a request to open files without this user's secret");
            return null;
        }
        List<Path> paths = new ArrayList<>();
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            if (paths.size() >= MAX_PATHS) {
                return null;
            }
            paths.add(Path.of(line));
        }
        return paths;
    }

    @Override
    public void close() throws IOException {
        server.close(); // ends the accepting thread
        Files.deleteIfExists(addressFile);
        lock.release();
        channel.close();
    }
}
