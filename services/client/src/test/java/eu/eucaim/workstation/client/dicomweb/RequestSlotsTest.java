package eu.eucaim.workstation.client.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.eucaim.workstation.api.dicomweb.RenderedImage;
import eu.eucaim.workstation.api.dicomweb.Rendering;
import eu.eucaim.workstation.client.ClientConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bound on requests in flight, measured where it matters: at a real HTTP server on loopback (the JDK's), which
 * counts the requests it is serving at once. Studies named "slow-…" take a while; "held-…" wait for the test.
 */
class RequestSlotsTest {
    private HttpServer server;
    private ExecutorService threads;
    private final AtomicInteger serving = new AtomicInteger();
    private final AtomicInteger mostServing = new AtomicInteger();
    private final Set<String> arrived = ConcurrentHashMap.newKeySet();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        threads = Executors.newFixedThreadPool(64); // never the server's bound: the client's is measured
        server.setExecutor(threads);
        server.createContext("/dicom-web/", this::serve);
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String study = exchange.getRequestURI().getPath().split("/")[3];
        arrived.add(study);
        mostServing.accumulateAndGet(serving.incrementAndGet(), Math::max);
        try {
            if (study.startsWith("slow-")) {
                Thread.sleep(40);
            } else if (study.startsWith("held-")) {
                release.await(20, TimeUnit.SECONDS);
            }
            byte[] body = {(byte) 0x89, 'P', 'N', 'G'};
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            serving.decrementAndGet();
            exchange.close();
        }
    }

    private HttpDicomWebClient client() {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/dicom-web");
        return new HttpDicomWebClient(ClientConfig.of(base), null);
    }

    private static CompletableFuture<RenderedImage> render(HttpDicomWebClient c, String study) {
        return c.rendered(study, "1", "1", 1, Rendering.png());
    }

    @Test
    void manyRequestsNeverHaveMoreThanTheLimitInFlight() throws Exception {
        HttpDicomWebClient byDefault = client();
        assertThat(byDefault.maxConcurrentRequests()).isEqualTo(6);
        for (HttpDicomWebClient c : List.of(byDefault, byDefault.withMaxConcurrentRequests(3))) {
            mostServing.set(0);
            List<CompletableFuture<RenderedImage>> all = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                all.add(render(c, "slow-" + c.maxConcurrentRequests() + "-" + i));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            assertThat(mostServing.get()).as("at most, and up to, the limit").isEqualTo(c.maxConcurrentRequests());
        }
    }

    @Test
    void cancellingARequestInFlightFreesItsSlotAndCancellingAWaitingOneDropsIt() throws Exception {
        HttpDicomWebClient c = client().withMaxConcurrentRequests(2);
        CompletableFuture<RenderedImage> first = render(c, "held-1");
        CompletableFuture<RenderedImage> second = render(c, "held-2");
        awaitArrival("held-1", "held-2");
        CompletableFuture<RenderedImage> dropped = render(c, "waiting-dropped");
        CompletableFuture<RenderedImage> next = render(c, "waiting-next");
        Thread.sleep(200);
        assertThat(arrived).doesNotContain("waiting-dropped", "waiting-next");

        dropped.cancel(true);
        first.cancel(true); // its call is cancelled: its slot goes to the next waiting, while held-2 still holds one
        assertThat(next.get(10, TimeUnit.SECONDS).mediaType()).isEqualTo("image/png");
        assertThat(second).isNotDone();
        assertThat(arrived).doesNotContain("waiting-dropped");

        release.countDown();
        assertThat(second.get(10, TimeUnit.SECONDS).data()).hasSize(4);
        // the dropped one never reached the server, not even once a slot was free
        render(c, "after-1").get(10, TimeUnit.SECONDS);
        assertThat(arrived).doesNotContain("waiting-dropped");
    }

    private void awaitArrival(String... studies) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!arrived.containsAll(List.of(studies))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the server saw only " + arrived);
            }
            Thread.sleep(10);
        }
    }
}
