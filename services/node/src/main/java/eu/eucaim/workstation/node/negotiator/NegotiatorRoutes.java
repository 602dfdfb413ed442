package eu.eucaim.workstation.node.negotiator;

import com.fasterxml.jackson.core.JsonProcessingException;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.negotiation.AccessForm;
import eu.eucaim.workstation.api.negotiation.LifecycleEvent;
import eu.eucaim.workstation.api.negotiation.Link;
import eu.eucaim.workstation.api.negotiation.Negotiation;
import eu.eucaim.workstation.api.negotiation.NegotiationResource;
import eu.eucaim.workstation.api.negotiation.NewNegotiation;
import eu.eucaim.workstation.api.negotiation.NewRequest;
import eu.eucaim.workstation.api.negotiation.PayloadUpdate;
import eu.eucaim.workstation.api.negotiation.TimelineEvent;
import eu.eucaim.workstation.api.negotiation.UserInfo;
import eu.eucaim.workstation.node.catalogue.CatalogueIndex;
import eu.eucaim.workstation.node.catalogue.CatalogueReadModel;
import eu.eucaim.workstation.node.http.Access;
import eu.eucaim.workstation.node.http.ApiException;
import eu.eucaim.workstation.node.http.ApiRoute;
import eu.eucaim.workstation.node.http.Caller;
import eu.eucaim.workstation.node.http.JsonBody;
import eu.eucaim.workstation.node.http.ObjectRules;
import eu.eucaim.workstation.node.http.Reply;
import eu.eucaim.workstation.node.http.RequestBody;
import eu.eucaim.workstation.node.negotiator.NegotiatorStore.StoredNegotiation;
import eu.eucaim.workstation.node.negotiator.NegotiatorStore.StoredPerson;
import eu.eucaim.workstation.node.negotiator.NegotiatorStore.StoredRequest;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The node's BBMRI-ERIC Negotiator v3 API under {@code /api/v3}: the paths, bodies, status codes and content types
 * of the real Negotiator (recorded exchanges in the tests), and its two error shapes. Where the node does better than
 * upstream (required fields and word limits checked at SUBMIT, events that do not apply refused with 409 instead of
 * ignored), services/node/README.md says so.
 */
public final class NegotiatorRoutes {
    static final String API = "/api/v3";
    private static final String HAL = "application/hal+json";
    /** Room for the multipart framing around a file of the largest size taken. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final Negotiator negotiator;
    private final Supplier<URI> base;

    private NegotiatorRoutes(Negotiator negotiator, Supplier<URI> base) {
        this.negotiator = negotiator;
        this.base = base;
    }

    /** @param base the node's address once it listens: the links' base, and the discovery service it accepts */
    public static NegotiatorRoutes open(
            DataSource db, java.nio.file.Path dataDir, CatalogueReadModel catalogue, Supplier<URI> base) {
        java.nio.file.Path attachments = dataDir == null ? null : dataDir.resolve("attachments");
        return new NegotiatorRoutes(new Negotiator(db, attachments, catalogue, base, Clock.systemUTC()), base);
    }

    public List<ApiRoute> routes() {
        RequestBody json = RequestBody.json(RequestBody.DEFAULT_JSON_LIMIT);
        RequestBody none = RequestBody.NONE;
        List<ApiRoute> routes = new ArrayList<>();
        // Every write honours Idempotency-Key (a deviation: upstream has no such header, and a client that sends
        // none gets upstream's behaviour), so that an action the app queued while the node was away happens once.
        routes.add(ApiRoute.create(API + "/requests", Access.PUBLIC, json, this::createRequest));
        routes.add(ApiRoute.get(API + "/requests/{id}", Access.SIGNED_IN, this::request));
        routes.add(ApiRoute.get(API + "/requests/{id}/access-form", Access.SIGNED_IN, this::requestForm));
        routes.add(ApiRoute.get(API + "/value-sets/{id}", Access.SIGNED_IN, this::valueSet));
        routes.add(ApiRoute.create(API + "/negotiations", Access.SIGNED_IN, json, this::createNegotiation));
        routes.add(ApiRoute.get(API + "/negotiations", Access.SIGNED_IN, this::allNegotiations));
        routes.add(ApiRoute.get(API + "/negotiations/{id}", Access.SIGNED_IN, this::negotiation));
        routes.add(ApiRoute.patch(API + "/negotiations/{id}", Access.SIGNED_IN, json, this::patchNegotiation));
        routes.add(ApiRoute.get(API + "/negotiations/{id}/access-form", Access.SIGNED_IN, this::negotiationForm));
        routes.add(ApiRoute.get(API + "/negotiations/{id}/lifecycle", Access.SIGNED_IN, this::lifecycle));
        routes.add(ApiRoute.idempotent(
                HandlerType.PUT, API + "/negotiations/{id}/lifecycle/{event}", Access.SIGNED_IN, none, this::fire));
        routes.add(ApiRoute.get(API + "/negotiations/{id}/resources", Access.SIGNED_IN, this::resources));
        routes.add(ApiRoute.get(
                API + "/negotiations/{id}/resources/{sourceId}/lifecycle", Access.SIGNED_IN, this::resourceLifecycle));
        routes.add(ApiRoute.idempotent(
                HandlerType.PUT,
                API + "/negotiations/{id}/resources/{sourceId}/lifecycle/{event}",
                Access.SIGNED_IN,
                none,
                this::fireOnResource));
        routes.add(ApiRoute.get(API + "/negotiations/{id}/timeline", Access.SIGNED_IN, this::timeline));
        routes.add(ApiRoute.create(
                API + "/negotiations/{id}/attachments",
                Access.SIGNED_IN,
                RequestBody.multipart(AttachmentTypes.MAX_BYTES + MULTIPART_OVERHEAD),
                this::attach));
        routes.add(ApiRoute.get(API + "/negotiations/{id}/attachments", Access.SIGNED_IN, this::attachments));
        routes.add(ApiRoute.get(API + "/attachments/{id}", Access.SIGNED_IN, this::attachment));
        routes.add(ApiRoute.create(API + "/negotiations/{id}/posts", Access.SIGNED_IN, json, this::post));
        routes.add(ApiRoute.get(API + "/negotiations/{id}/posts", Access.SIGNED_IN, this::posts));
        routes.add(ApiRoute.get(API + "/userinfo", Access.SIGNED_IN, this::userInfo));
        routes.add(ApiRoute.get(API + "/users/{id}/negotiations", Access.SIGNED_IN, this::userNegotiations));
        routes.add(ApiRoute.get(API + "/users/{id}/notifications", Access.SIGNED_IN, this::notifications));
        routes.add(ApiRoute.patch(API + "/users/{id}/notifications", Access.SIGNED_IN, json, this::markNotifications));
        routes.add(ApiRoute.get(API + "/negotiation-lifecycle/states", Access.PUBLIC, this::negotiationStates));
        routes.add(ApiRoute.get(API + "/resource-lifecycle/states", Access.PUBLIC, this::resourceStates));
        routes.add(ApiRoute.get(API + "/resource-lifecycle/events", Access.PUBLIC, this::resourceEventList));
        return routes;
    }

    // ---- requests

    private Reply createRequest(Context ctx, Caller caller) {
        StoredRequest r = negotiator.createRequest(JsonBody.read(ctx, NewRequest.class));
        return Reply.created(null, NegotiatorJson.request(r, catalogue(), redirectUrl(r.id())));
    }

    private void request(Context ctx, Caller caller) throws JsonProcessingException {
        StoredRequest r = negotiator.request(caller, ctx.pathParam("id"));
        hal(ctx, 200, NegotiatorJson.request(r, catalogue(), redirectUrl(r.id())));
    }

    private void requestForm(Context ctx, Caller caller) throws JsonProcessingException {
        StoredRequest r = negotiator.request(caller, ctx.pathParam("id"));
        hal(ctx, 200, form(r.datasetIds()));
    }

    private void valueSet(Context ctx, Caller caller) throws JsonProcessingException {
        long id = number(ctx.pathParam("id"), "value set id");
        hal(
                ctx,
                200,
                negotiator.forms().valueSet(id, api()).orElseThrow(() -> Negotiator.notFound(ctx.pathParam("id"))));
    }

    /** Where the request opens: as upstream, the front end's address for it (the app opens it in its tab). */
    private String redirectUrl(String requestId) {
        return base.get() + "/requests/" + requestId;
    }

    // ---- negotiations

    private Reply createNegotiation(Context ctx, Caller caller) {
        NewNegotiation body = JsonBody.read(ctx, NewNegotiation.class);
        StoredNegotiation n = negotiator.createNegotiation(caller, body.request(), body.payload(), body.draft());
        return Reply.created(null, shown(caller, n, false));
    }

    private void negotiation(Context ctx, Caller caller) throws JsonProcessingException {
        String id = ctx.pathParam("id");
        StoredNegotiation n = negotiator.visible(caller, id);
        hal(
                ctx,
                200,
                NegotiatorJson.negotiation(
                        n,
                        author(n.authorId()),
                        api(),
                        true,
                        negotiator.events(caller, id),
                        negotiator.mayUpdate(caller, n)));
    }

    private void patchNegotiation(Context ctx, Caller caller) throws JsonProcessingException {
        PayloadUpdate body = JsonBody.read(ctx, PayloadUpdate.class);
        StoredNegotiation n = negotiator.updatePayload(caller, ctx.pathParam("id"), body.payload());
        ctx.status(200).json(shown(caller, n, true));
    }

    private void negotiationForm(Context ctx, Caller caller) throws JsonProcessingException {
        String id = ctx.pathParam("id");
        negotiator.visible(caller, id);
        hal(ctx, 200, form(negotiator.datasetIds(id)));
    }

    private void lifecycle(Context ctx, Caller caller) throws JsonProcessingException {
        List<LifecycleEvent> events = negotiator.events(caller, ctx.pathParam("id")).stream()
                .map(e -> new LifecycleEvent(e.name(), e.label, e.description))
                .toList();
        hal(ctx, 200, events);
    }

    private Reply fire(Context ctx, Caller caller) {
        StoredNegotiation n = negotiator.fire(caller, ctx.pathParam("id"), ctx.pathParam("event"));
        return Reply.ok(shown(caller, n, false)).as(HAL);
    }

    private void resources(Context ctx, Caller caller) throws JsonProcessingException {
        String id = ctx.pathParam("id");
        StoredNegotiation n = negotiator.visible(caller, id);
        CatalogueIndex catalogue = catalogue();
        List<NegotiationResource> list = negotiator.resources(caller, id).stream()
                .map(r -> NegotiatorJson.resource(
                        r,
                        catalogue,
                        api(),
                        id,
                        negotiator.actsAsRepresentative(caller, r.datasetId())
                                ? negotiator.possibleEvents(caller, n, r)
                                : List.of()))
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("_embedded", Map.of("resources", list));
        body.put("_links", Map.of("resources", Link.to(api() + "/resources")));
        hal(ctx, 200, body);
    }

    private void resourceLifecycle(Context ctx, Caller caller) throws JsonProcessingException {
        List<String> events = negotiator.resourceEvents(caller, ctx.pathParam("id"), ctx.pathParam("sourceId")).stream()
                .map(Enum::name)
                .toList();
        hal(ctx, 200, events);
    }

    private Reply fireOnResource(Context ctx, Caller caller) {
        StoredNegotiation n = negotiator.fireOnResource(
                caller, ctx.pathParam("id"), ctx.pathParam("sourceId"), ctx.pathParam("event"));
        return Reply.ok(shown(caller, n, false)).as(HAL);
    }

    private void timeline(Context ctx, Caller caller) throws JsonProcessingException {
        Map<Long, String> names = new HashMap<>();
        List<TimelineEvent> events = negotiator.timeline(caller, ctx.pathParam("id")).stream()
                .map(e -> NegotiatorJson.timeline(
                        e,
                        names.computeIfAbsent(
                                e.personId(),
                                pid -> negotiator
                                        .personById(pid)
                                        .map(StoredPerson::name)
                                        .orElse("Unknown"))))
                .toList();
        hal(ctx, 200, Map.of("_embedded", Map.of("timelineEvents", events)));
    }

    // ---- attachments

    private Reply attach(Context ctx, Caller caller) throws java.io.IOException {
        io.javalin.http.UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            throw ApiException.badRequest("An attachment is a multipart body with the file in the part 'file'");
        }
        byte[] bytes;
        try (java.io.InputStream in = file.content()) {
            bytes = in.readAllBytes();
        }
        AttachmentStore.Stored a =
                negotiator.attach(caller, ctx.pathParam("id"), file.filename(), bytes, ctx.formParam("organizationId"));
        return Reply.created(null, attachment(a));
    }

    private void attachments(Context ctx, Caller caller) {
        ctx.json(negotiator.attachments(caller, ctx.pathParam("id")).stream()
                .map(NegotiatorRoutes::attachment)
                .toList());
    }

    private void attachment(Context ctx, Caller caller) {
        Map.Entry<AttachmentStore.Stored, byte[]> a = negotiator.attachment(caller, ctx.pathParam("id"));
        ctx.header(
                        "Content-Disposition",
                        "attachment; filename=\"" + FileNames.ascii(a.getKey().name()) + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .contentType(a.getKey().contentType())
                .result(a.getValue());
    }

    private static eu.eucaim.workstation.api.negotiation.Attachment attachment(AttachmentStore.Stored a) {
        return new eu.eucaim.workstation.api.negotiation.Attachment(
                a.id(), a.organizationId(), a.name(), a.contentType(), a.size());
    }

    // ---- posts

    private Reply post(Context ctx, Caller caller) {
        eu.eucaim.workstation.api.negotiation.NewPost body =
                JsonBody.read(ctx, eu.eucaim.workstation.api.negotiation.NewPost.class);
        String id = ctx.pathParam("id");
        return Reply.created(null, shown(negotiator.post(caller, id, body.text(), body.type(), body.organizationId())))
                .as(HAL);
    }

    private void posts(Context ctx, Caller caller) throws JsonProcessingException {
        List<eu.eucaim.workstation.api.negotiation.Post> list = negotiator.posts(caller, ctx.pathParam("id")).stream()
                .map(this::shown)
                .toList();
        hal(ctx, 200, Map.of("_embedded", Map.of("posts", list)));
    }

    private eu.eucaim.workstation.api.negotiation.Post shown(NegotiatorStore.StoredPost p) {
        return new eu.eucaim.workstation.api.negotiation.Post(
                p.id(),
                p.negotiationId(),
                p.text(),
                NegotiatorJson.date(p.at()),
                author(p.personId()),
                p.organizationId(),
                p.type(),
                Map.of("self", Link.to(api() + "/negotiations/" + p.negotiationId() + "/posts/" + p.id())));
    }

    // ---- users and lists

    private void userInfo(Context ctx, Caller caller) throws JsonProcessingException {
        StoredPerson me = negotiator.person(caller);
        boolean representative = negotiator.representsAny(caller);
        String self = api() + "/users/" + me.id();
        Map<String, Link> links = new LinkedHashMap<>();
        links.put("users", Link.to(api() + "/users"));
        links.put("self", Link.to(self));
        links.put("negotiations", Link.to(self + "/negotiations"));
        links.put("authored_negotiations", Link.to(self + "/negotiations"));
        if (representative) {
            links.put("represented_negotiations", Link.to(self + "/negotiations?role=REPRESENTATIVE"));
        }
        hal(
                ctx,
                200,
                new UserInfo(
                        Negotiator.roles(caller, representative),
                        Long.toString(me.id()),
                        me.subjectId(),
                        me.name(),
                        me.email(),
                        NegotiatorJson.date(me.lastLogin()),
                        false,
                        ObjectRules.isAdmin(caller),
                        representative,
                        false,
                        links));
    }

    private void userNegotiations(Context ctx, Caller caller) throws JsonProcessingException {
        long personId = number(ctx.pathParam("id"), "user id");
        String role = ctx.queryParam("role") == null ? "AUTHOR" : ctx.queryParam("role");
        List<StoredNegotiation> all = switch (role) {
            case "AUTHOR" -> negotiator.authoredBy(caller, personId);
            case "REPRESENTATIVE" -> negotiator.representedBy(caller, personId);
            default -> throw ApiException.badRequest("role is AUTHOR or REPRESENTATIVE, not " + role);
        };
        page(ctx, caller, all, api() + "/users/" + personId + "/negotiations?role=" + role);
    }

    private void notifications(Context ctx, Caller caller) throws JsonProcessingException {
        long personId = number(ctx.pathParam("id"), "user id");
        hal(
                ctx,
                200,
                paged(
                        ctx,
                        negotiator.notifications(caller, personId),
                        20,
                        "notifications",
                        api() + "/users/" + personId + "/notifications",
                        n -> new eu.eucaim.workstation.api.negotiation.Notification(
                                n.id(),
                                n.recipientId(),
                                n.negotiationId(),
                                NegotiatorJson.date(n.at()),
                                n.title(),
                                n.message(),
                                n.read())));
    }

    private void markNotifications(Context ctx, Caller caller) {
        eu.eucaim.workstation.api.negotiation.NotificationRead[] marks =
                JsonBody.read(ctx, eu.eucaim.workstation.api.negotiation.NotificationRead[].class);
        negotiator.markNotifications(caller, number(ctx.pathParam("id"), "user id"), List.of(marks));
        ctx.status(204);
    }

    private void allNegotiations(Context ctx, Caller caller) throws JsonProcessingException {
        page(ctx, caller, negotiator.submitted(caller), api() + "/negotiations");
    }

    /** A page of negotiations as upstream lists them: {@code _embedded.negotiations}, {@code page}. */
    private void page(Context ctx, Caller caller, List<StoredNegotiation> all, String self)
            throws JsonProcessingException {
        String status = ctx.queryParam("status");
        List<StoredNegotiation> filtered = status == null
                ? all
                : all.stream().filter(n -> n.status().name().equals(status)).toList();
        Map<Long, eu.eucaim.workstation.api.negotiation.Person> authors = new HashMap<>();
        hal(
                ctx,
                200,
                paged(
                        ctx,
                        filtered,
                        50,
                        "negotiations",
                        self,
                        n -> NegotiatorJson.negotiation(
                                n, authors.computeIfAbsent(n.authorId(), this::author), api(), true)));
    }

    /**
     * A page of {@code all} as upstream pages lists: {@code _embedded.<name>}, {@code _links.current}, {@code page};
     * {@code ?page} from 0, {@code ?size} 1 to 1000.
     */
    private static <T> Map<String, Object> paged(
            Context ctx,
            List<T> all,
            int defaultSize,
            String name,
            String self,
            java.util.function.Function<T, Object> shown) {
        int size = ctx.queryParam("size") == null ? defaultSize : (int) number(ctx.queryParam("size"), "size");
        int page = ctx.queryParam("page") == null ? 0 : (int) number(ctx.queryParam("page"), "page");
        if (size < 1 || size > 1000 || page < 0) {
            throw ApiException.badRequest("page is 0 or more and size 1 to 1000");
        }
        int from = (int) Math.min(all.size(), (long) page * size);
        int to = Math.min(all.size(), from + size);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "_embedded",
                Map.of(name, all.subList(from, to).stream().map(shown).toList()));
        body.put(
                "_links",
                Map.of("current", Link.to(self + (self.contains("?") ? "&" : "?") + "page=" + page + "&size=" + size)));
        body.put(
                "page",
                Map.of(
                        "size",
                        size,
                        "totalElements",
                        all.size(),
                        "totalPages",
                        (all.size() + size - 1) / size,
                        "number",
                        page));
        return body;
    }

    // ---- the lifecycles' vocabularies

    private void negotiationStates(Context ctx, Caller caller) throws JsonProcessingException {
        List<Map<String, Object>> states = new ArrayList<>();
        for (NegotiationState s : NegotiationState.values()) {
            states.add(vocabulary(s.name(), null, s.label, s.description, "/negotiation-lifecycle/states"));
        }
        hal(ctx, 200, Map.of("_embedded", Map.of("states", states)));
    }

    private void resourceStates(Context ctx, Caller caller) throws JsonProcessingException {
        List<Map<String, Object>> states = new ArrayList<>();
        for (ResourceState s : ResourceState.values()) {
            states.add(vocabulary(s.name(), s.ordinal, s.label, s.description, "/resource-lifecycle/states"));
        }
        hal(ctx, 200, Map.of("_embedded", Map.of("states", states)));
    }

    private void resourceEventList(Context ctx, Caller caller) throws JsonProcessingException {
        List<Map<String, Object>> events = new ArrayList<>();
        for (ResourceEvent e : ResourceEvent.values()) {
            events.add(vocabulary(e.name(), null, e.label, e.description, "/resource-lifecycle/events"));
        }
        hal(ctx, 200, Map.of("_embedded", Map.of("events", events)));
    }

    private Map<String, Object> vocabulary(String value, Integer ordinal, String label, String description, String at) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("value", value);
        if (ordinal != null) {
            entry.put("ordinal", ordinal);
        }
        entry.put("label", label);
        entry.put("description", description);
        String kind = at.substring(at.lastIndexOf('/') + 1);
        entry.put("_links", Map.of(kind, Link.to(api() + at), "self", Link.to(api() + at + "/" + value)));
        return entry;
    }

    // ---- plumbing

    private Negotiation shown(Caller caller, StoredNegotiation n, boolean links) {
        return NegotiatorJson.negotiation(n, author(n.authorId()), api(), links);
    }

    private eu.eucaim.workstation.api.negotiation.Person author(long personId) {
        StoredPerson p = negotiator.personById(personId).orElseThrow();
        return NegotiatorJson.person(p, false, false);
    }

    private AccessForm form(List<String> datasetIds) {
        return AccessForms.shown(negotiator.formFor(datasetIds), api());
    }

    private CatalogueIndex catalogue() {
        return negotiator.catalogue().current();
    }

    private String api() {
        return base.get() + API;
    }

    private static long number(String text, String what) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("The " + what + " is a number, not '" + text + "'");
        }
    }

    private static void hal(Context ctx, int status, Object body) throws JsonProcessingException {
        ctx.status(status).contentType(HAL).result(Json.mapper().writeValueAsBytes(body));
    }
}
