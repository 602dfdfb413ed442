package eu.eucaim.workstation.app.negotiation.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.ActionKey;
import eu.eucaim.workstation.api.error.ServiceUnreachableException;
import eu.eucaim.workstation.api.negotiation.AccessForm;
import eu.eucaim.workstation.api.negotiation.AccessRequest;
import eu.eucaim.workstation.api.negotiation.Attachment;
import eu.eucaim.workstation.api.negotiation.HalLists;
import eu.eucaim.workstation.api.negotiation.LifecycleEvent;
import eu.eucaim.workstation.api.negotiation.Negotiation;
import eu.eucaim.workstation.api.negotiation.NegotiationResource;
import eu.eucaim.workstation.api.negotiation.NegotiationService;
import eu.eucaim.workstation.api.negotiation.NewPost;
import eu.eucaim.workstation.api.negotiation.NewRequest;
import eu.eucaim.workstation.api.negotiation.NotificationRead;
import eu.eucaim.workstation.api.negotiation.Post;
import eu.eucaim.workstation.api.negotiation.TimelineEvent;
import eu.eucaim.workstation.api.negotiation.UserInfo;
import eu.eucaim.workstation.api.negotiation.ValueSet;
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
 * every call with its key. Reads are not the outbox's business and throw.
 */
final class ScriptedNegotiator implements NegotiationService {
    /** One call: {@code what} (fire, fireOnResource, attach, post), its arguments in words, its key. */
    record Call(String what, String negotiationId, String detail, ActionKey key) {}

    private static final Object HOLD = new Object();

    final List<Call> calls = new ArrayList<>();
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
        calls.add(call);
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

    @Override
    public CompletableFuture<AccessRequest> createRequest(NewRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<AccessForm> requestAccessForm(String requestId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<ValueSet> valueSet(long id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<Negotiation> createNegotiation(String requestId, JsonNode payload, boolean draft) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<Negotiation> negotiation(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<AccessForm> negotiationAccessForm(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<Negotiation> updatePayload(String id, JsonNode payload) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<List<LifecycleEvent>> lifecycle(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<List<NegotiationResource>> resources(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<List<String>> resourceLifecycle(String id, String sourceId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<List<TimelineEvent>> timeline(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<UserInfo> userInfo() {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<HalLists.Negotiations> negotiations(String userId, String role, int page, int size) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<List<Attachment>> attachments(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<List<Post>> posts(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<HalLists.Notifications> notifications(String userId, int page, int size) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<Void> markRead(String userId, List<NotificationRead> marks) {
        throw new UnsupportedOperationException();
    }

    /** Calls as "what negotiation detail", for assertions. */
    List<String> said() {
        List<String> out = new ArrayList<>();
        for (Call c : calls) {
            out.add(c.what() + " " + c.negotiationId() + " " + c.detail());
        }
        return out;
    }
}
