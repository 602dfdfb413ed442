package eu.eucaim.workstation.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The shared HTTP client's sockets read ahead, and lose nothing doing so: not a byte, not a timeout, not TLS. */
@Timeout(60)
class ReadAheadSocketsTest {
    private static byte[] pattern(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void everyByteArrivesInOrderHoweverItIsWrittenAndRead() throws Exception {
        byte[] sent = pattern(3 * 1024 * 1024 + 17, 1);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try (Socket s = server.accept();
                        OutputStream out = s.getOutputStream()) {
                    Random sizes = new Random(2);
                    for (int at = 0; at < sent.length; ) {
                        int n = Math.min(sent.length - at, 1 + sizes.nextInt(70_000));
                        out.write(sent, at, n);
                        out.flush();
                        at += n;
                        if (sizes.nextInt(8) == 0) {
                            Thread.sleep(1); // the reader catches up and finds the socket empty
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try (Socket s = new ReadAheadSockets().createSocket(server.getInetAddress(), server.getLocalPort())) {
                InputStream in = s.getInputStream();
                assertSame(
                        in, s.getInputStream(), "one stream per socket: a second would lose what the first read ahead");
                ByteArrayOutputStream got = new ByteArrayOutputStream();
                Random asks = new Random(3);
                byte[] buf = new byte[300_000];
                while (true) {
                    int ask = switch (asks.nextInt(4)) {
                        case 0 -> 1;
                        case 1 -> 8192; // as Okio asks
                        case 2 -> 1 + asks.nextInt(20_000);
                        default -> buf.length; // more than the read-ahead at once
                    };
                    int n = ask == 1 ? single(in, buf) : in.read(buf, 0, ask);
                    if (n < 0) {
                        break;
                    }
                    got.write(buf, 0, n);
                }
                assertArrayEquals(sent, got.toByteArray());
            }
            writer.get(30, TimeUnit.SECONDS);
        }
    }

    private static int single(InputStream in, byte[] buf) throws java.io.IOException {
        int b = in.read();
        if (b < 0) {
            return -1;
        }
        buf[0] = (byte) b;
        return 1;
    }

    @Test
    void aReadThatTimesOutLosesNothingAndTheNextReadGoesOn() throws Exception {
        // OkHttp checks that a pooled connection is healthy with a read that times out after 1 ms.
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket s = new ReadAheadSockets().createSocket(server.getInetAddress(), server.getLocalPort());
                Socket peer = server.accept()) {
            s.setSoTimeout(100);
            byte[] first = pattern(10, 4);
            peer.getOutputStream().write(first);
            InputStream in = s.getInputStream();
            assertArrayEquals(first, in.readNBytes(10));
            assertThrows(SocketTimeoutException.class, () -> in.read(new byte[8192]));
            byte[] second = pattern(5000, 5);
            peer.getOutputStream().write(second);
            peer.shutdownOutput();
            s.setSoTimeout(10_000);
            assertArrayEquals(second, in.readAllBytes());
        }
    }

    @Test
    void aClosedSocketHasNoInputAsAPlainSocketHasNone() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Socket s = new ReadAheadSockets().createSocket(server.getInetAddress(), server.getLocalPort());
            InputStream in = s.getInputStream();
            in.close(); // as a plain socket's stream: closing it closes the socket
            assertTrue(s.isClosed());
            assertThrows(SocketException.class, s::getInputStream);
            Socket unconnected = new ReadAheadSockets().createSocket();
            assertThrows(SocketException.class, unconnected::getInputStream);
        }
    }

    @Test
    void theSharedClientReadsAheadUnderTlsAndKeepsEveryByte() throws Exception {
        HeldCertificate localhost = new HeldCertificate.Builder()
                .addSubjectAlternativeName("localhost")
                .build();
        HandshakeCertificates serverSide =
                new HandshakeCertificates.Builder().heldCertificate(localhost).build();
        HandshakeCertificates clientSide = new HandshakeCertificates.Builder()
                .addTrustedCertificate(localhost.certificate())
                .build();
        byte[] body = pattern(2 * 1024 * 1024 + 5, 6);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverSide.sslContext()));
        server.createContext("/series", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int at = 0; at < body.length; at += 50_000) {
                    out.write(body, at, Math.min(50_000, body.length - at));
                    out.flush();
                }
            }
        });
        server.start();
        try {
            assertInstanceOf(ReadAheadSockets.class, SharedHttp.client().socketFactory());
            // The app's client as it is, trusting the test's certificate (verification stays on: host name included).
            OkHttpClient client = SharedHttp.client()
                    .newBuilder()
                    .sslSocketFactory(clientSide.sslSocketFactory(), clientSide.trustManager())
                    .build();
            for (int round = 0; round < 2; round++) { // the second over the pooled connection
                Request request = new Request.Builder()
                        .url("https://localhost:" + server.getAddress().getPort() + "/series")
                        .build();
                try (Response response = client.newCall(request).execute()) {
                    assertEquals(200, response.code());
                    assertArrayEquals(body, response.body().bytes());
                }
            }
        } finally {
            server.stop(0);
        }
    }
}
