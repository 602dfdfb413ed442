package eu.eucaim.workstation.node.spot;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.query.spot.TaskResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes server-sent events as Beam sends them (samply/beam README "Server-sent Events",
 * {@code shared/src/sse_event.rs}): {@code event: new_result} with the result's JSON on one data line,
 * {@code event: wait_expired} when the wait ends first; each event is flushed at once.
 */
final class EventStream {
    static final String NEW_RESULT = "new_result";
    static final String WAIT_EXPIRED = "wait_expired";

    private final OutputStream out;

    EventStream(OutputStream out) {
        this.out = out;
    }

    void result(TaskResult result) throws IOException {
        event(NEW_RESULT, Json.mapper().writeValueAsString(result));
    }

    /** {@code data} must be one line (JSON without pretty printing is). */
    void event(String type, String data) throws IOException {
        write("event: " + type + "\ndata: " + data + "\n\n");
    }

    /**
     * A comment line, which every client ignores: it keeps an idle connection from being closed by the server's
     * idle timeout (or a proxy's) while a site is slow, and tells the node when the client has gone.
     */
    void keepAlive() throws IOException {
        write(": keep-alive\n\n");
    }

    private void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
