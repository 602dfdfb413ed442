package eu.eucaim.workstation.node.spot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** Reads a whole server-sent event stream as the test's client: each event with the time it arrived. */
final class SseEvents {
    /** One event; {@code atMs} counts from the request. */
    record Event(String type, String data, long atMs) {}

    /** The reply: its status and content type, and the events until the server ended the stream. */
    record Reply(int status, String contentType, List<Event> events, int comments, String body) {}

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SseEvents() {}

    static Reply read(URI url, String token) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).header("Accept", "text/event-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        long started = System.nanoTime();
        try {
            HttpResponse<Stream<String>> response =
                    CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofLines());
            List<Event> events = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            int comments = 0;
            String type = null;
            StringBuilder data = null;
            try (Stream<String> body = response.body()) {
                for (Iterator<String> it = body.iterator(); it.hasNext(); ) {
                    String line = it.next();
                    lines.add(line);
                    if (line.isEmpty()) {
                        if (data != null) {
                            events.add(new Event(
                                    type == null ? "message" : type,
                                    data.toString(),
                                    (System.nanoTime() - started) / 1_000_000));
                        }
                        type = null;
                        data = null;
                    } else if (line.startsWith(":")) {
                        comments++;
                    } else if (line.startsWith("event: ")) {
                        type = line.substring("event: ".length());
                    } else if (line.startsWith("data: ")) {
                        data = data == null ? new StringBuilder() : data.append('\n');
                        data.append(line.substring("data: ".length()));
                    }
                }
            }
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    events,
                    comments,
                    String.join("\n", lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
