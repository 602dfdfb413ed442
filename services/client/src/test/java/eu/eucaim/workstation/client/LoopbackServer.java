package eu.eucaim.workstation.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.eucaim.workstation.common.NamedThreads;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Test helper: a real HTTP server (the JDK's) on 127.0.0.1 and a free port that records every request it received
 * and answers each with what {@code answer} says.
 */
public final class LoopbackServer implements AutoCloseable {
    /** A request as the server received it; the body is read completely before {@code answer} sees it. */
    /** A request as received; {@code query} is the raw query string, or null for none. */
    public record Received(String method, String path, String query, Headers headers, byte[] body) {
        public String header(String name) {
            return headers.getFirst(name);
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** An answer; an empty body is sent with no body at all (Content-Length 0, or none for 204). */
    public record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {
        public static Answer json(int status, String json) {
            return new Answer(status, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        public static Answer empty(int status) {
            return new Answer(status, null, new byte[0], Map.of());
        }

        public Answer withHeader(String name, String value) {
            Map<String, String> more = new java.util.LinkedHashMap<>(headers);
            more.put(name, value);
            return new Answer(status, contentType, body, more);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(NamedThreads.daemon("test-loopback"));
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

    private LoopbackServer(Function<Received, Answer> answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                Received r = new Received(
                        exchange.getRequestMethod(),
                        exchange.getRequestURI().getRawPath(),
                        exchange.getRequestURI().getRawQuery(),
                        exchange.getRequestHeaders(),
                        readAll(exchange.getRequestBody()));
                received.add(r);
                send(exchange, answer.apply(r));
            }
        });
        server.start();
    }

    /** Starts a server that answers every request with {@code answer}'s reply to it. */
    public static LoopbackServer start(Function<Received, Answer> answer) {
        try {
            return new LoopbackServer(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server whose handler does all the work itself (to hold a request, read slowly, drop the connection). */
    public static HttpServer raw(com.sun.net.httpserver.HttpHandler handler, ExecutorService threads) {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            s.setExecutor(threads);
            s.createContext("/", handler);
            s.start();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI uri() {
        return uri(server);
    }

    public static URI uri(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** The next request received, waiting a bounded time for it. */
    public Received take() {
        try {
            Received r = received.poll(10, TimeUnit.SECONDS);
            assertThat(r).as("a request within 10 s").isNotNull();
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every request received so far and not yet taken. */
    public List<Received> drain() {
        List<Received> all = new java.util.ArrayList<>();
        received.drainTo(all);
        return all;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static void send(HttpExchange exchange, Answer a) throws IOException {
        if (a.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", a.contentType());
        }
        a.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        // -1: no body at all (what a 204 must have); otherwise the exact length.
        exchange.sendResponseHeaders(a.status(), a.body().length == 0 ? -1 : a.body().length);
        if (a.body().length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(a.body());
            }
        }
    }
}
