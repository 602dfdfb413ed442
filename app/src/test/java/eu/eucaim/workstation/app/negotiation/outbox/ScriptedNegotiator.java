package eu.eucaim.workstation.app.negotiation.outbox;

import eu.eucaim.workstation.api.ActionKey;
import eu.eucaim.workstation.api.error.ServiceUnreachableException;
import eu.eucaim.workstation.api.negotiation.Attachment;
import eu.eucaim.workstation.api.negotiation.Negotiation;
import eu.eucaim.workstation.api.negotiation.NewPost;
import eu.eucaim.workstation.api.negotiation.Post;
import eu.eucaim.workstation.app.testing.ScriptedNegotiations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The Negotiator's writes as the outbox uses them, answered as the test says: while {@link #down} every call fails
 * as unreachable; otherwise the next scripted answer ({@link #failNext}, {@link #holdNext}) or a success. Records
 * every call with its key. Reads are not the outbox's business: they fail as not scripted.
 */
final class ScriptedNegotiator extends ScriptedNegotiations {
    /** One call: {@code what} (fire, fireOnResource, attach, post), its arguments in words, its key. */
    record Call(String what, String negotiationId, String detail, ActionKey key) {}

    private static final Object HOLD = new Object();

    final List<Call> writes = new ArrayList<>();
    private final Deque<Object> answers = new ArrayDeque<>();
    boolean down;
    CompletableFuture<Object> held;

    void failNext(Throwable failure) {
        answers.add(failure);
    }

    /** The next call gets no answer until the test completes {@link #held}. */
    void holdNext() {
        answers.add(HOLD);
    }

    @SuppressWarnings("unchecked")
    private <T> CompletableFuture<T> answer(Call call) {
        writes.add(call);
        if (down) {
            return CompletableFuture.failedFuture(new ServiceUnreachableException(
                    "http://127.0.0.1:9/api", new ConnectException("Connection refused")));
        }
        Object next = answers.poll();
        if (next instanceof Throwable failure) {
            return CompletableFuture.failedFuture(failure);
        }
        if (next == HOLD) {
            held = new CompletableFuture<>();
            return (CompletableFuture<T>) held;
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Negotiation> fire(String id, String event, ActionKey key) {
        return answer(new Call("fire", id, event, key));
    }

    @Override
    public CompletableFuture<Negotiation> fireOnResource(String id, String sourceId, String event, ActionKey key) {
        return answer(new Call("fireOnResource", id, sourceId + " " + event, key));
    }

    /** The detail is the file's name, type and content as it is when sent. */
    @Override
    public CompletableFuture<Attachment> attach(String id, Path file, String contentType, ActionKey key) {
        String content;
        try {
            content = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e); // as MultipartForm.file does
        }
        return answer(new Call("attach", id, file.getFileName() + " " + contentType + " " + content, key));
    }

    @Override
    public CompletableFuture<Post> post(String id, NewPost post, ActionKey key) {
        return answer(new Call("post", id, post.type() + " " + post.text(), key));
    }

    // ---- not the outbox's

    /** Calls as "what negotiation detail", for assertions. */
    List<String> said() {
        List<String> out = new ArrayList<>();
        for (Call c : writes) {
            out.add(c.what() + " " + c.negotiationId() + " " + c.detail());
        }
        return out;
    }
}
