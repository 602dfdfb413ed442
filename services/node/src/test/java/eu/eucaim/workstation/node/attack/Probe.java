package eu.eucaim.workstation.node.attack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A well-behaved client timing its requests: the latency an ordinary user sees, before and during an attack. A
 * request that does not answer within the timeout counts as the timeout.
 */
final class Probe {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI base;

    Probe(URI base) {
        this.base = base;
    }

    /** Milliseconds for one GET of {@code path} and the status; the timeout when it does not answer. */
    long get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** Milliseconds for one form POST of {@code body} to {@code path}. */
    long postForm(String path, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private long send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.discarding());
            return (System.nanoTime() - start) / 1_000_000;
        } catch (java.io.IOException e) {
            return TIMEOUT.toMillis();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TIMEOUT.toMillis();
        }
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
