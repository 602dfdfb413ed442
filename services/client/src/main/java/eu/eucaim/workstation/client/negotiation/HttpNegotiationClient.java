package eu.eucaim.workstation.client.negotiation;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.ActionKey;
import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.negotiation.AccessForm;
import eu.eucaim.workstation.api.negotiation.AccessRequest;
import eu.eucaim.workstation.api.negotiation.Attachment;
import eu.eucaim.workstation.api.negotiation.HalLists;
import eu.eucaim.workstation.api.negotiation.LifecycleEvent;
import eu.eucaim.workstation.api.negotiation.Negotiation;
import eu.eucaim.workstation.api.negotiation.NegotiationResource;
import eu.eucaim.workstation.api.negotiation.NegotiationService;
import eu.eucaim.workstation.api.negotiation.NewNegotiation;
import eu.eucaim.workstation.api.negotiation.NewPost;
import eu.eucaim.workstation.api.negotiation.NewRequest;
import eu.eucaim.workstation.api.negotiation.NotificationRead;
import eu.eucaim.workstation.api.negotiation.PayloadUpdate;
import eu.eucaim.workstation.api.negotiation.Post;
import eu.eucaim.workstation.api.negotiation.TimelineEvent;
import eu.eucaim.workstation.api.negotiation.UserInfo;
import eu.eucaim.workstation.api.negotiation.ValueSet;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.Expected;
import eu.eucaim.workstation.client.HttpTransport;
import eu.eucaim.workstation.client.IdempotencyKey;
import eu.eucaim.workstation.client.MultipartForm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;

/**
 * The Negotiator v3 API over HTTP, with the paths, headers, bodies and shapes of the real BBMRI-ERIC Negotiator
 * (RecordedNegotiatorClientTest replays its recorded exchanges to this client, RecordedNegotiatorTest to the node),
 * so that the same client works against the node and against
 * {@code negotiator.eucaim.cancerimage.eu/api}: the base URL is the address {@code /v3/…} hangs off, e.g.
 * {@code http://127.0.0.1:43121/api}. Dataset ids in paths are one segment each (a '/' in an id is encoded, so an
 * id cannot address another resource). Every write carries an {@code Idempotency-Key}: the caller's
 * {@link ActionKey}, or a new one per call; the node answers a retry with the first outcome, a real Negotiator ignores
 * the header.
 */
public final class HttpNegotiationClient implements NegotiationService {
    private static final Expected<AccessRequest> REQUEST = Expected.of(AccessRequest.class, r -> r.id() != null);
    private static final Expected<AccessForm> FORM = Expected.of(AccessForm.class, f -> f.sections() != null);
    private static final Expected<ValueSet> VALUE_SET = Expected.of(ValueSet.class, v -> v.availableValues() != null);
    private static final Expected<Negotiation> NEGOTIATION =
            Expected.of(Negotiation.class, n -> n.id() != null && n.status() != null);
    private static final Expected<List<LifecycleEvent>> EVENTS =
            Expected.listOf(LifecycleEvent.class, e -> e.value() != null);
    private static final Expected<List<String>> EVENT_NAMES = Expected.listOf(String.class, Objects::nonNull);
    private static final Expected<HalLists.Resources> RESOURCES = Expected.of(HalLists.Resources.class, r -> true);
    private static final Expected<HalLists.Timeline> TIMELINE = Expected.of(HalLists.Timeline.class, t -> true);
    private static final Expected<UserInfo> USER = Expected.of(UserInfo.class, u -> u.id() != null);
    private static final Expected<HalLists.Negotiations> NEGOTIATIONS =
            Expected.of(HalLists.Negotiations.class, l -> true);
    private static final Expected<Attachment> ATTACHMENT = Expected.of(Attachment.class, a -> a.id() != null);
    private static final Expected<List<Attachment>> ATTACHMENTS =
            Expected.listOf(Attachment.class, a -> a.id() != null);
    private static final Expected<Post> POST = Expected.of(Post.class, p -> p.id() != null);
    private static final Expected<HalLists.Posts> POSTS = Expected.of(HalLists.Posts.class, p -> true);
    private static final Expected<HalLists.Notifications> NOTIFICATIONS =
            Expected.of(HalLists.Notifications.class, n -> true);

    /** What upstream's own front end asks for; the Negotiator picks HAL by it. */
    static final String ACCEPT = "application/hal+json, application/json";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final HttpTransport http;

    /** @param config the Negotiator's API base ({@code …/api}) */
    public HttpNegotiationClient(ClientConfig config, AccessTokenSource tokens) {
        this.http = new HttpTransport(config, tokens).accepting(ACCEPT);
    }

    @Override
    public CompletableFuture<AccessRequest> createRequest(NewRequest request) {
        return http.post(v3("requests").build())
                .json(request)
                .idempotencyKey(IdempotencyKey.random())
                .send(REQUEST);
    }

    @Override
    public CompletableFuture<AccessRequest> request(String requestId) {
        return http.get(
                v3("requests")
                        .addPathSegment(Objects.requireNonNull(requestId, "requestId"))
                        .build(),
                REQUEST);
    }

    @Override
    public CompletableFuture<AccessForm> requestAccessForm(String requestId) {
        return http.get(
                v3("requests")
                        .addPathSegment(requestId)
                        .addPathSegment("access-form")
                        .build(),
                FORM);
    }

    @Override
    public CompletableFuture<ValueSet> valueSet(long id) {
        return http.get(v3("value-sets").addPathSegment(Long.toString(id)).build(), VALUE_SET);
    }

    @Override
    public CompletableFuture<Negotiation> createNegotiation(String requestId, JsonNode payload, boolean draft) {
        return http.post(v3("negotiations").build())
                .json(new NewNegotiation(requestId, payload, draft))
                .idempotencyKey(IdempotencyKey.random())
                .send(NEGOTIATION);
    }

    @Override
    public CompletableFuture<Negotiation> negotiation(String id) {
        return http.get(negotiationUrl(id).build(), NEGOTIATION);
    }

    @Override
    public CompletableFuture<AccessForm> negotiationAccessForm(String id) {
        return http.get(negotiationUrl(id).addPathSegment("access-form").build(), FORM);
    }

    @Override
    public CompletableFuture<Negotiation> updatePayload(String id, JsonNode payload) {
        return http.patch(negotiationUrl(id).build())
                .json(new PayloadUpdate(payload))
                .send(NEGOTIATION);
    }

    @Override
    public CompletableFuture<List<LifecycleEvent>> lifecycle(String id) {
        return http.get(negotiationUrl(id).addPathSegment("lifecycle").build(), EVENTS);
    }

    @Override
    public CompletableFuture<Negotiation> fire(String id, String event, ActionKey key) {
        return http.put(negotiationUrl(id)
                        .addPathSegment("lifecycle")
                        .addPathSegment(event)
                        .build())
                .idempotencyKey(IdempotencyKey.of(key))
                .send(NEGOTIATION);
    }

    @Override
    public CompletableFuture<List<NegotiationResource>> resources(String id) {
        return http.get(negotiationUrl(id).addPathSegment("resources").build(), RESOURCES)
                .thenApply(HalLists.Resources::items);
    }

    @Override
    public CompletableFuture<List<String>> resourceLifecycle(String id, String sourceId) {
        return http.get(resourceUrl(id, sourceId).build(), EVENT_NAMES);
    }

    @Override
    public CompletableFuture<Negotiation> fireOnResource(String id, String sourceId, String event, ActionKey key) {
        return http.put(resourceUrl(id, sourceId).addPathSegment(event).build())
                .idempotencyKey(IdempotencyKey.of(key))
                .send(NEGOTIATION);
    }

    @Override
    public CompletableFuture<List<TimelineEvent>> timeline(String id) {
        return http.get(negotiationUrl(id).addPathSegment("timeline").build(), TIMELINE)
                .thenApply(HalLists.Timeline::items);
    }

    @Override
    public CompletableFuture<UserInfo> userInfo() {
        return http.get(v3("userinfo").build(), USER);
    }

    @Override
    public CompletableFuture<HalLists.Negotiations> negotiations(String userId, String role, int page, int size) {
        return http.get(
                v3("users")
                        .addPathSegment(userId)
                        .addPathSegment("negotiations")
                        .addQueryParameter("role", role)
                        .addQueryParameter("sortBy", "creationDate")
                        .addQueryParameter("sortOrder", "DESC")
                        .addQueryParameter("page", Integer.toString(page))
                        .addQueryParameter("size", Integer.toString(size))
                        .build(),
                NEGOTIATIONS);
    }

    @Override
    public CompletableFuture<HalLists.Negotiations> allNegotiations(String status, int page, int size) {
        HttpUrl.Builder url = v3("negotiations")
                .addQueryParameter("sortBy", "creationDate")
                .addQueryParameter("sortOrder", "DESC")
                .addQueryParameter("page", Integer.toString(page))
                .addQueryParameter("size", Integer.toString(size));
        if (status != null) {
            url.addQueryParameter("status", status);
        }
        return http.get(url.build(), NEGOTIATIONS);
    }

    @Override
    public CompletableFuture<Path> download(Attachment attachment, Path target) {
        HttpUrl url = v3("attachments").addPathSegment(attachment.id()).build();
        return http.download(url, target, attachment.size(), null, bytes -> {});
    }

    @Override
    public CompletableFuture<Attachment> attach(String id, Path file, String contentType, ActionKey key) {
        return http.post(negotiationUrl(id).addPathSegment("attachments").build())
                .multipart(MultipartForm.create().file("file", file, contentType))
                .idempotencyKey(IdempotencyKey.of(key))
                .send(ATTACHMENT);
    }

    @Override
    public CompletableFuture<List<Attachment>> attachments(String id) {
        return http.get(negotiationUrl(id).addPathSegment("attachments").build(), ATTACHMENTS);
    }

    @Override
    public CompletableFuture<Post> post(String id, NewPost post, ActionKey key) {
        return http.post(negotiationUrl(id).addPathSegment("posts").build())
                .json(post)
                .idempotencyKey(IdempotencyKey.of(key))
                .send(POST);
    }

    @Override
    public CompletableFuture<List<Post>> posts(String id) {
        return http.get(negotiationUrl(id).addPathSegment("posts").build(), POSTS)
                .thenApply(HalLists.Posts::items);
    }

    @Override
    public CompletableFuture<HalLists.Notifications> notifications(String userId, int page, int size) {
        return http.get(
                v3("users")
                        .addPathSegment(userId)
                        .addPathSegment("notifications")
                        .addQueryParameter("page", Integer.toString(page))
                        .addQueryParameter("size", Integer.toString(size))
                        .build(),
                NOTIFICATIONS);
    }

    @Override
    public CompletableFuture<Void> markRead(String userId, List<NotificationRead> marks) {
        return http.patch(v3("users")
                        .addPathSegment(userId)
                        .addPathSegment("notifications")
                        .build())
                .json(marks)
                .send();
    }

    private HttpUrl.Builder v3(String what) {
        return http.url("v3").addPathSegment(what);
    }

    private HttpUrl.Builder negotiationUrl(String id) {
        return v3("negotiations").addPathSegment(Objects.requireNonNull(id, "id"));
    }

    /** A dataset's lifecycle, addressed by its {@code sourceId} encoded as upstream's front end encodes it. */
    private HttpUrl.Builder resourceUrl(String id, String sourceId) {
        return negotiationUrl(id)
                .addPathSegment("resources")
                .addEncodedPathSegment(encodeSegment(Objects.requireNonNull(sourceId, "sourceId")))
                .addPathSegment("lifecycle");
    }

    /**
     * {@code value} as one path segment with every byte but RFC 3986's unreserved characters percent-encoded, so a
     * BBMRI sourceId goes as {@code bbmri-eric%3AID%3ASE_890%3A…}, as upstream's front end sends it (OkHttp's
     * {@code addPathSegment} would leave the colons as they are).
     */
    static String encodeSegment(String value) {
        StringBuilder out = new StringBuilder(value.length() * 3);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
        return out.toString();
    }
}
