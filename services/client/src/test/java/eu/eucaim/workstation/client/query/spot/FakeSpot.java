package eu.eucaim.workstation.client.query.spot;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A Spot that streams what a real one never would (a real server on loopback, the JDK's): {@code POST /beam} takes
 * anything with 201, {@code GET /beam/…} answers with a fixed status, content type and body, then ends.
 */
final class FakeSpot implements AutoCloseable {
    private final HttpServer server;

    private FakeSpot(HttpServer server) {
        this.server = server;
    }

    static FakeSpot streaming(int status, String contentType, String body) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/beam", exchange -> {
                try (exchange) {
                    exchange.getRequestBody().readAllBytes();
                    if (exchange.getRequestMethod().equals("POST")) {
                        exchange.sendResponseHeaders(201, -1);
                        return;
                    }
                    byte[] reply = body.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", contentType);
                    exchange.sendResponseHeaders(status, reply.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(reply);
                    }
                }
            });
            server.start();
            return new FakeSpot(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
