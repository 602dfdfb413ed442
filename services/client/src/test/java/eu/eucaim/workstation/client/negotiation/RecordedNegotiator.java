package eu.eucaim.workstation.client.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A protocol double holding the real Negotiator's replies: armed with one recorded exchange, it answers a request
 * with that exchange's recorded status, content type and body when the request has the recorded method, encoded
 * path and query parameters, and keeps every request it received for the test to compare with the recording. Any
 * other request gets a 404 whose text says what was asked and what was armed, so a wrong path fails loudly.
 */
final class RecordedNegotiator extends Dispatcher {
    private final AtomicReference<RecordedExchange> armed = new AtomicReference<>();
    private final BlockingQueue<RecordedRequest> received = new LinkedBlockingQueue<>();

    /** Answers the next requests with {@code exchange}, and forgets what was received before. */
    void arm(RecordedExchange exchange) {
        received.clear();
        armed.set(exchange);
    }

    /** What the client sent since {@link #arm}. */
    List<RecordedRequest> received() {
        List<RecordedRequest> all = new ArrayList<>();
        received.drainTo(all);
        return all;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        received.add(request);
        RecordedExchange exchange = armed.get();
        if (exchange == null || !answers(exchange, request)) {
            return new MockResponse.Builder()
                    .code(404)
                    .setHeader("Content-Type", "text/plain")
                    .body("No recorded exchange for " + request.getMethod() + " " + request.getTarget() + " (armed: "
                            + (exchange == null
                                    ? "none"
                                    : exchange.name() + ", " + exchange.method() + " " + exchange.path() + " "
                                            + exchange.query())
                            + ")")
                    .build();
        }
        MockResponse.Builder reply = new MockResponse.Builder().code(exchange.status());
        if (exchange.contentType() != null) {
            reply.setHeader("Content-Type", exchange.contentType());
        }
        if (exchange.responseBody() != null) {
            reply.body(exchange.responseBody().toString());
        }
        return reply.build();
    }

    /** Same method, same encoded path, and every recorded query parameter with its recorded value. */
    static boolean answers(RecordedExchange exchange, RecordedRequest request) {
        HttpUrl url = request.getUrl();
        if (!exchange.method().equals(request.getMethod()) || !exchange.path().equals(pathSent(request))) {
            return false;
        }
        for (Map.Entry<String, String> parameter : exchange.query()) {
            if (!url.queryParameterValues(parameter.getKey()).contains(parameter.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The path as it went on the wire (the request target without its query), encodings untouched. */
    static String pathSent(RecordedRequest request) {
        String target = request.getTarget();
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }
}
