package eu.eucaim.workstation.app.testing;

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
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link NegotiationService} a test scripts by overriding the calls it expects; every call is recorded in
 * {@link #calls} ("name arg arg…"), and a call the test did not script fails as a node that cannot be reached.
 */
public class ScriptedNegotiations implements NegotiationService {
    public final List<String> calls = new CopyOnWriteArrayList<>();

    /** Records the call; the overriding method calls this first, then answers. */
    protected void record(String name, Object... args) {
        StringBuilder s = new StringBuilder(name);
        Arrays.stream(args).forEach(a -> s.append(' ').append(a));
        calls.add(s.toString());
    }

    private <T> CompletableFuture<T> unscripted(String name, Object... args) {
        record(name, args);
        return CompletableFuture.failedFuture(new ServiceUnreachableException("not scripted: " + name, null));
    }

    @Override
    public CompletableFuture<AccessRequest> createRequest(NewRequest request) {
        return unscripted("createRequest", request);
    }

    @Override
    public CompletableFuture<AccessRequest> request(String requestId) {
        return unscripted("request", requestId);
    }

    @Override
    public CompletableFuture<AccessForm> requestAccessForm(String requestId) {
        return unscripted("requestAccessForm", requestId);
    }

    @Override
    public CompletableFuture<ValueSet> valueSet(long id) {
        return unscripted("valueSet", id);
    }

    @Override
    public CompletableFuture<Negotiation> createNegotiation(String requestId, JsonNode payload, boolean draft) {
        return unscripted("createNegotiation", requestId, payload, draft);
    }

    @Override
    public CompletableFuture<Negotiation> negotiation(String id) {
        return unscripted("negotiation", id);
    }

    @Override
    public CompletableFuture<AccessForm> negotiationAccessForm(String id) {
        return unscripted("negotiationAccessForm", id);
    }

    @Override
    public CompletableFuture<Negotiation> updatePayload(String id, JsonNode payload) {
        return unscripted("updatePayload", id, payload);
    }

    @Override
    public CompletableFuture<List<LifecycleEvent>> lifecycle(String id) {
        return unscripted("lifecycle", id);
    }

    @Override
    public CompletableFuture<Negotiation> fire(String id, String event, ActionKey key) {
        return unscripted("fire", id, event, key);
    }

    @Override
    public CompletableFuture<List<NegotiationResource>> resources(String id) {
        return unscripted("resources", id);
    }

    @Override
    public CompletableFuture<List<String>> resourceLifecycle(String id, String sourceId) {
        return unscripted("resourceLifecycle", id, sourceId);
    }

    @Override
    public CompletableFuture<Negotiation> fireOnResource(String id, String sourceId, String event, ActionKey key) {
        return unscripted("fireOnResource", id, sourceId, event, key);
    }

    @Override
    public CompletableFuture<List<TimelineEvent>> timeline(String id) {
        return unscripted("timeline", id);
    }

    @Override
    public CompletableFuture<UserInfo> userInfo() {
        return unscripted("userInfo");
    }

    @Override
    public CompletableFuture<HalLists.Negotiations> negotiations(String userId, String role, int page, int size) {
        return unscripted("negotiations", userId, role, page, size);
    }

    @Override
    public CompletableFuture<HalLists.Negotiations> allNegotiations(String status, int page, int size) {
        return unscripted("allNegotiations", status, page, size);
    }

    @Override
    public CompletableFuture<Attachment> attach(String id, Path file, String contentType, ActionKey key) {
        return unscripted("attach", id, file, contentType, key);
    }

    @Override
    public CompletableFuture<Path> download(Attachment attachment, Path target) {
        return unscripted("download", attachment, target);
    }

    @Override
    public CompletableFuture<List<Attachment>> attachments(String id) {
        return unscripted("attachments", id);
    }

    @Override
    public CompletableFuture<Post> post(String id, NewPost post, ActionKey key) {
        return unscripted("post", id, post, key);
    }

    @Override
    public CompletableFuture<List<Post>> posts(String id) {
        return unscripted("posts", id);
    }

    @Override
    public CompletableFuture<HalLists.Notifications> notifications(String userId, int page, int size) {
        return unscripted("notifications", userId, page, size);
    }

    @Override
    public CompletableFuture<Void> markRead(String userId, List<NotificationRead> marks) {
        return unscripted("markRead", userId, marks);
    }
}
