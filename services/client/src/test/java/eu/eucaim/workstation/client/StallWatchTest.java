package eu.eucaim.workstation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import eu.eucaim.workstation.api.error.ServiceTimeoutException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A streamed reply has no bound on its whole length, but a stall longer than the call timeout fails it (see
 * {@link StallWatch}), against a real HTTP server on loopback that sends slowly or stops sending.
 */
class StallWatchTest {
    private static final Duration LIMIT = Duration.ofMillis(400);

    private final CountDownLatch end = new CountDownLatch(1);
    private HttpServer server;

    @AfterEach
    void stop() {
        end.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    /** A server whose one reply sends {@code pieces} bytes, {@code gapMs} apart, then holds the reply open if told. */
    private HttpTransport serving(int pieces, long gapMs, boolean thenStall) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/reply", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, 0); // chunked
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < pieces; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(gapMs);
                }
                if (thenStall) {
                    end.await(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.io.IOException e) {
                // the client went away
            }
        });
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        return new HttpTransport(new ClientConfig(base, Duration.ofSeconds(3), LIMIT));
    }

    private static HttpUrl reply(HttpTransport http) {
        return http.url("reply").build();
    }

    /** The watch on its own: over HTTP/1.1 the socket's read timeout would fail a stalled reply first. */
    @Test
    void aBodyThatStopsIsStoppedAfterTheLimitAndTheReadSaysItStalled() throws Exception {
        okio.Pipe pipe = new okio.Pipe(1024);
        try (okio.BufferedSink sink = okio.Okio.buffer(pipe.sink())) {
            sink.writeUtf8("abc").flush();
            java.io.InputStream body = StallWatch.watch(okio.Okio.buffer(pipe.source()), LIMIT, pipe::cancel);
            byte[] got = new byte[8];
            assertThat(body.read(got, 0, 8)).isEqualTo(3);
            long start = System.nanoTime();
            assertThatThrownBy(body::read)
                    .isInstanceOf(java.io.InterruptedIOException.class)
                    .hasMessageContaining("no data came for 400 ms");
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween(400L, 10_000L);
            body.close();
        }
    }

    /** As a read timeout: only the wait inside a read counts, not the reader's own time between reads. */
    @Test
    void aReaderThatPausesLongerThanTheLimitBetweenReadsIsNotStopped() throws Exception {
        okio.Pipe pipe = new okio.Pipe(1024);
        try (okio.BufferedSink sink = okio.Okio.buffer(pipe.sink())) {
            java.io.InputStream body = StallWatch.watch(okio.Okio.buffer(pipe.source()), LIMIT, pipe::cancel);
            byte[] got = new byte[8];
            sink.writeUtf8("abc").flush();
            assertThat(body.read(got, 0, 8)).isEqualTo(3);
            Thread.sleep(3 * LIMIT.toMillis()); // the reader busy elsewhere, e.g. writing what it read
            sink.writeUtf8("de").flush();
            assertThat(body.read(got, 0, 8)).isEqualTo(2);
            body.close();
        }
    }

    @Test
    void aReplyThatKeepsComingOutlastsTheCallTimeout() throws Exception {
        HttpTransport http = serving(12, 100, false); // 1.2 s in all, never 400 ms without a byte
        byte[] body =
                http.stream(reply(http), "*/*", (type, in) -> in.readAllBytes()).get(20, TimeUnit.SECONDS);
        assertThat(body).hasSize(12);
    }

    @Test
    void aReplyThatStopsFailsAsATimeoutSoonAfterTheCallTimeout() throws Exception {
        HttpTransport http = serving(3, 50, true);
        long start = System.nanoTime();
        assertThatThrownBy(() -> http.stream(reply(http), "*/*", (type, in) -> in.readAllBytes())
                        .get(20, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(ServiceTimeoutException.class)
                .hasMessageContaining("within 400 ms");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(ms).as("failed after the stall, not after the test's bound").isBetween(400L, 10_000L);
    }
}
