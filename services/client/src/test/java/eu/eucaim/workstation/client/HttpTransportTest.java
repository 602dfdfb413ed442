package eu.eucaim.workstation.client;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.node.NodeInfo;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpTransportTest {
    private MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void cancellingTheFutureCancelsTheCall() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body("{\"status\":\"UP\"}")
                .headersDelay(20, TimeUnit.SECONDS)
                .build());
        HttpTransport transport = new HttpTransport(
                new ClientConfig(server.url("/").uri(), Duration.ofSeconds(1), Duration.ofSeconds(60)));

        CompletableFuture<NodeInfo> future =
                transport.get(transport.url("api/health").build(), Expected.of(NodeInfo.class, i -> true));
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(SharedHttp.client().dispatcher().runningCallsCount()).isEqualTo(1);

        future.cancel(true);

        // Without cancellation the call would wait 20 s for the headers.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (SharedHttp.client().dispatcher().runningCallsCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(SharedHttp.client().dispatcher().runningCallsCount()).isZero();
    }

    @Test
    void httpThreadsDoNotKeepTheProcessAlive() throws Exception {
        server.enqueue(
                new MockResponse.Builder().code(200).body("{\"status\":\"UP\"}").build());
        HttpTransport transport =
                new HttpTransport(ClientConfig.of(server.url("/").uri()));
        // Seen from inside the response's handling: a stage added after the call might run on this (test) thread
        // if the response came first.
        CompletableFuture<Boolean> daemon = new CompletableFuture<>();
        transport
                .get(transport.url("api/health").build(), Expected.of(NodeInfo.class, i -> {
                    daemon.complete(Thread.currentThread().isDaemon());
                    return true;
                }))
                .get(10, TimeUnit.SECONDS);
        assertThat(daemon.get(10, TimeUnit.SECONDS)).isTrue();
    }
}
