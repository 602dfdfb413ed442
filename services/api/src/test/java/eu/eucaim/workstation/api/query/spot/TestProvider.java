package eu.eucaim.workstation.api.query.spot;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A small real provider on loopback (the JDK's HTTP server) that answers {@code POST /api/federated-search} after a
 * delay with a fixed status and body, and records what it was sent. Shared with the node's and the client's tests
 * through this module's test jar.
 */
public final class TestProvider implements AutoCloseable {
    /** What one request brought. */
    public record Received(String method, String contentType, String authorization, String body) {}

    private final HttpServer server;
    public final List<Received> received = new CopyOnWriteArrayList<>();

    private TestProvider(HttpServer server) {
        this.server = server;
    }

    public static TestProvider answering(long delayMs, int status, String body) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TestProvider provider = new TestProvider(server);
            server.createContext("/api/federated-search", exchange -> {
                try (exchange) {
                    String sent = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    provider.received.add(new Received(
                            exchange.getRequestMethod(),
                            exchange.getRequestHeaders().getFirst("Content-Type"),
                            exchange.getRequestHeaders().getFirst("Authorization"),
                            sent));
                    try {
                        Thread.sleep(delayMs);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    byte[] reply = body.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(status, reply.length == 0 ? -1 : reply.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(reply);
                    }
                } catch (IOException e) {
                    // the caller gave up (a timeout): nothing to answer
                }
            });
            // One thread per request, so that a slow answer never holds up another request.
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "test-provider");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node-style base URL: the provider endpoint is its {@code /api/federated-search}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
