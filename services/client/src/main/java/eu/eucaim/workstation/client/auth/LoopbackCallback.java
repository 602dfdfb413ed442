package eu.eucaim.workstation.client.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.eucaim.workstation.api.auth.AuthException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The redirect target of a native-app sign-in (RFC 8252 §7.3): a one-shot listener on 127.0.0.1, random port,
 * path {@code /callback}. The first request to it completes {@link #parameters()}; later ones only get the page.
 */
final class LoopbackCallback implements AutoCloseable {
    private static final String PAGE = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>EUCAIM Workstation</title></head><body style=\"font-family:sans-serif;margin:3em\">"
            + "<h1>%s</h1><p>You can close this tab and return to the EUCAIM Workstation.</p></body></html>\n";

    private final HttpServer server;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private final CompletableFuture<Map<String, String>> parameters = new CompletableFuture<>();

    private LoopbackCallback(HttpServer server) {
        this.server = server;
    }

    static LoopbackCallback start() {
        HttpServer server;
        try {
            // 127.0.0.1 literally, not getLoopbackAddress(): that may be ::1, and the redirect URI names 127.0.0.1.
            server =
                    HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        } catch (IOException e) {
            throw new AuthException("Cannot listen on this computer for the browser's answer: " + e.getMessage(), e);
        }
        LoopbackCallback callback = new LoopbackCallback(server);
        server.createContext("/callback", callback::handle);
        server.start();
        return callback;
    }

    String redirectUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/callback";
    }

    CompletableFuture<Map<String, String>> parameters() {
        return parameters;
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> params = query(exchange.getRequestURI().getRawQuery());
        boolean ok = params.containsKey("code");
        // Fixed text only: nothing from the query is echoed into the page.
        byte[] body = String.format(PAGE, ok ? "Signed in" : "Sign-in did not complete")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        parameters.complete(params);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            out.putIfAbsent(
                    URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return out;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
        }
    }
}
