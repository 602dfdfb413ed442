package eu.eucaim.workstation.api.negotiation;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.ActionKey;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Access requests through a BBMRI-ERIC Negotiator v3 (the node's, or a real one: the same calls). Futures complete
 * off the UI thread, exceptionally with a {@code ServiceException} that says what the Negotiator answered.
 *
 * <p>The user's actions (an event, a message, an attachment) take an {@link ActionKey}: made once when the user acts
 * and passed again with every retry of that action, so that a Negotiator that honours it (the node) does it once and
 * answers a retry with the first outcome. The methods without a key make a new one per call: a retry through them
 * is a new action.
 */
public interface NegotiationService {
    /** Hands a selection over ({@code POST /v3/requests}); the answer's {@code id} starts the access form. */
    CompletableFuture<AccessRequest> createRequest(NewRequest request);

    /** A request not made into a negotiation yet (once one is made from it, the Negotiator answers 404). */
    CompletableFuture<AccessRequest> request(String requestId);

    CompletableFuture<AccessForm> requestAccessForm(String requestId);

    CompletableFuture<ValueSet> valueSet(long id);

    /** A negotiation from the request: a draft ({@code draft}) from the wizard's first page, or submitted at once. */
    CompletableFuture<Negotiation> createNegotiation(String requestId, JsonNode payload, boolean draft);

    CompletableFuture<Negotiation> negotiation(String id);

    CompletableFuture<AccessForm> negotiationAccessForm(String id);

    CompletableFuture<Negotiation> updatePayload(String id, JsonNode payload);

    /** The events the signed-in user may fire now. */
    CompletableFuture<List<LifecycleEvent>> lifecycle(String id);

    default CompletableFuture<Negotiation> fire(String id, String event) {
        return fire(id, event, ActionKey.random());
    }

    /** Fires {@code event} on negotiation {@code id}, once per {@code key}. */
    CompletableFuture<Negotiation> fire(String id, String event, ActionKey key);

    CompletableFuture<List<NegotiationResource>> resources(String id);

    /** The events the signed-in user may fire on dataset {@code sourceId} now. */
    CompletableFuture<List<String>> resourceLifecycle(String id, String sourceId);

    default CompletableFuture<Negotiation> fireOnResource(String id, String sourceId, String event) {
        return fireOnResource(id, sourceId, event, ActionKey.random());
    }

    /** Fires {@code event} on dataset {@code sourceId} of negotiation {@code id}, once per {@code key}. */
    CompletableFuture<Negotiation> fireOnResource(String id, String sourceId, String event, ActionKey key);

    CompletableFuture<List<TimelineEvent>> timeline(String id);

    CompletableFuture<UserInfo> userInfo();

    /** The user's negotiations as AUTHOR or REPRESENTATIVE, newest first. */
    CompletableFuture<HalLists.Negotiations> negotiations(String userId, String role, int page, int size);

    /**
     * The access committee's queue: every negotiation the Negotiator lists to an admin ({@code GET /v3/negotiations}),
     * in {@code status} (a {@code NegotiationState} name, or null for all).
     */
    CompletableFuture<HalLists.Negotiations> allNegotiations(String status, int page, int size);

    default CompletableFuture<Attachment> attach(String id, Path file, String contentType) {
        return attach(id, file, contentType, ActionKey.random());
    }

    /** Uploads {@code file} (named as it is named on disk) to negotiation {@code id}, once per {@code key}. */
    CompletableFuture<Attachment> attach(String id, Path file, String contentType, ActionKey key);

    /** Saves attachment {@code attachment} into {@code target}, whole or not at all. */
    CompletableFuture<Path> download(Attachment attachment, Path target);

    CompletableFuture<List<Attachment>> attachments(String id);

    default CompletableFuture<Post> post(String id, NewPost post) {
        return post(id, post, ActionKey.random());
    }

    /** Posts a message to negotiation {@code id}, once per {@code key}. */
    CompletableFuture<Post> post(String id, NewPost post, ActionKey key);

    CompletableFuture<List<Post>> posts(String id);

    CompletableFuture<HalLists.Notifications> notifications(String userId, int page, int size);

    CompletableFuture<Void> markRead(String userId, List<NotificationRead> marks);
}
