package eu.eucaim.workstation.node.negotiator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.negotiation.NewRequest;
import eu.eucaim.workstation.api.negotiation.ResourceRef;
import eu.eucaim.workstation.node.catalogue.CatalogueReadModel;
import eu.eucaim.workstation.node.http.ApiException;
import eu.eucaim.workstation.node.http.Caller;
import eu.eucaim.workstation.node.http.NegotiatorErrors;
import eu.eucaim.workstation.node.http.ObjectRules;
import eu.eucaim.workstation.node.negotiator.NegotiatorStore.StoredNegotiation;
import eu.eucaim.workstation.node.negotiator.NegotiatorStore.StoredPerson;
import eu.eucaim.workstation.node.negotiator.NegotiatorStore.StoredRequest;
import eu.eucaim.workstation.node.negotiator.NegotiatorStore.StoredResource;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The node's Negotiator: requests, negotiations and both lifecycles, with who may do what. Routes turn its answers
 * into the API's shapes ({@link NegotiatorRoutes}). Every write holds one lock: a node serves one federation member.
 */
final class Negotiator {
    private final NegotiatorStore store;
    private final NotificationStore notifications;
    private final AttachmentStore attachments;
    private final AccessForms forms;
    private final CatalogueReadModel catalogue;
    /** The discovery service the node accepts requests from: its own catalogue (scheme and host, as upstream). */
    private final Supplier<URI> discovery;

    private final Clock clock;
    private final Object writes = new Object();
    /** Far more than a message needs; a limit so that one post cannot fill the database. */
    static final int MAX_POST_CHARS = 20_000;

    Negotiator(
            DataSource db,
            java.nio.file.Path attachmentRoot,
            CatalogueReadModel catalogue,
            Supplier<URI> discovery,
            Clock clock) {
        this.store = new NegotiatorStore(db);
        this.notifications = new NotificationStore(db);
        this.attachments = new AttachmentStore(db, attachmentRoot);
        this.forms = AccessForms.eucaim();
        this.catalogue = catalogue;
        this.discovery = discovery;
        this.clock = clock;
    }

    AccessForms forms() {
        return forms;
    }

    CatalogueReadModel catalogue() {
        return catalogue;
    }

    // ---- people

    /** The caller as the Negotiator numbers them, made on first call (as upstream, a person exists once they call). */
    StoredPerson person(Caller caller) {
        requireSignedIn(caller);
        String name = caller.username() == null ? caller.subject() : caller.username();
        return store.person(caller.account(), caller.subject(), name, clock.millis());
    }

    Optional<StoredPerson> personById(long id) {
        return store.personById(id);
    }

    // ---- requests

    StoredRequest createRequest(NewRequest body) {
        if (body.url() == null || body.url().isBlank()) {
            throw ApiException.badRequest("A request needs the url of the discovery service it comes from");
        }
        URI from;
        try {
            from = URI.create(body.url().strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The request's url is not a URL: " + body.url());
        }
        URI registered = discovery.get();
        if (from.getScheme() == null
                || from.getHost() == null
                || !from.getScheme().equalsIgnoreCase(registered.getScheme())
                || !from.getHost().equalsIgnoreCase(registered.getHost())) {
            throw ApiException.badRequest("The Discovery Service from which this HTTP request originated is not"
                    + " registered in the Negotiator. Please contact Negotiator Administrators");
        }
        if (body.humanReadable() == null || body.humanReadable().isBlank()) {
            throw ApiException.badRequest("A request needs humanReadable: how the datasets were found");
        }
        if (body.resources() == null || body.resources().isEmpty()) {
            throw ApiException.badRequest("A request needs at least one resource (dataset)");
        }
        List<String> ids = new ArrayList<>();
        for (ResourceRef r : body.resources()) {
            if (r == null
                    || r.id() == null
                    || catalogue.current().dataset(r.id()).isEmpty()) {
                throw ApiException.badRequest("Resource with external ID: " + (r == null ? null : r.id())
                        + " was not found. Make sure that the synchronization between Negotiator and you Discovery"
                        + " Service is running ");
            }
            if (!ids.contains(r.id())) {
                ids.add(r.id());
            }
        }
        StoredRequest request = new StoredRequest(
                UUID.randomUUID().toString(),
                body.url().strip(),
                body.humanReadable(),
                List.copyOf(ids),
                clock.millis());
        synchronized (writes) {
            store.createRequest(request);
        }
        return request;
    }

    StoredRequest request(Caller caller, String id) {
        requireSignedIn(caller);
        return store.request(id).orElseThrow(() -> notFound(id));
    }

    /** The request's form: Annex III's when the request is for the observational-study entry alone. */
    AccessForms.Form formFor(List<String> datasetIds) {
        boolean observational = !datasetIds.isEmpty()
                && datasetIds.stream()
                        .allMatch(id -> catalogue
                                .current()
                                .dataset(id)
                                .map(Dataset::observationalStudy)
                                .orElse(false));
        return forms.formFor(observational);
    }

    // ---- negotiations

    StoredNegotiation createNegotiation(Caller caller, String requestId, JsonNode payload, boolean draft) {
        StoredPerson me = person(caller);
        if (requestId == null) {
            throw ApiException.badRequest("A negotiation is made from a request: give its id as 'request'");
        }
        synchronized (writes) {
            StoredRequest request = store.request(requestId).orElseThrow(() -> notFound(requestId));
            AccessForms.Form form = formFor(request.datasetIds());
            String stored = PayloadRules.checkShape(payload, form);
            long now = clock.millis();
            StoredNegotiation n = store.createNegotiation(
                    UUID.randomUUID().toString(), request, me.id(), stored, NegotiationState.DRAFT, now);
            store.addEvent(
                    n.id(),
                    me.id(),
                    me.name() + " changed the status of the Negotiation to " + NegotiationState.DRAFT.label,
                    now);
            if (!draft) {
                return fire(caller, n.id(), NegotiationEvent.SUBMIT);
            }
            return n;
        }
    }

    /** The negotiation, if the caller may see it: its author, an admin, or a representative of one of its datasets. */
    StoredNegotiation visible(Caller caller, String id) {
        requireSignedIn(caller);
        StoredNegotiation n = store.negotiation(id).orElseThrow(() -> notFound(id));
        if (!isAuthor(caller, n) && !ObjectRules.isAdmin(caller) && !represents(caller, n)) {
            throw notFound(id); // not a party: it may not learn that the negotiation exists
        }
        return n;
    }

    StoredNegotiation updatePayload(Caller caller, String id, JsonNode payload) {
        synchronized (writes) {
            StoredNegotiation n = visible(caller, id);
            if (!isAuthor(caller, n) && !ObjectRules.isAdmin(caller)) {
                throw new ApiException(403, "forbidden", "Only the author of the negotiation may change its form");
            }
            if (!payloadUpdatable(n)) {
                throw new ApiException(
                        409, "conflict", "The negotiation's form can no longer be changed: it is " + n.status().label);
            }
            String stored = PayloadRules.checkShape(payload, formFor(datasetIds(id)));
            store.updatePayload(id, stored, clock.millis());
            return store.negotiation(id).orElseThrow();
        }
    }

    /** As upstream: the form can be changed until the negotiation has ended. */
    static boolean payloadUpdatable(StoredNegotiation n) {
        return n.status() != NegotiationState.ABANDONED
                && n.status() != NegotiationState.DECLINED
                && n.status() != NegotiationState.CONCLUDED;
    }

    boolean mayUpdate(Caller caller, StoredNegotiation n) {
        return payloadUpdatable(n) && (isAuthor(caller, n) || ObjectRules.isAdmin(caller));
    }

    /** The events the caller may fire on the negotiation now. */
    List<NegotiationEvent> events(Caller caller, String id) {
        StoredNegotiation n = visible(caller, id);
        boolean author = isAuthor(caller, n);
        boolean admin = ObjectRules.isAdmin(caller);
        return java.util.Arrays.stream(NegotiationEvent.values())
                .filter(e -> e.allowed(n.status(), author, admin))
                .toList();
    }

    StoredNegotiation fire(Caller caller, String id, String eventName) {
        NegotiationEvent event = NegotiationEvent.named(eventName)
                .orElseThrow(() -> ApiException.badRequest("No such negotiation event: " + eventName
                        + "; the events are " + java.util.Arrays.toString(NegotiationEvent.values())));
        synchronized (writes) {
            return fire(caller, id, event);
        }
    }

    private StoredNegotiation fire(Caller caller, String id, NegotiationEvent event) {
        StoredNegotiation n = visible(caller, id);
        boolean author = isAuthor(caller, n);
        boolean admin = ObjectRules.isAdmin(caller);
        if (!event.mayFire(author, admin)) {
            throw new ApiException(
                    403,
                    NegotiatorErrors.LIFECYCLE,
                    "You are not allowed to " + event.label.toLowerCase(Locale.ROOT) + " the Negotiation");
        }
        if (!event.sources.contains(n.status())) {
            throw new ApiException(
                    409,
                    NegotiatorErrors.LIFECYCLE,
                    "The negotiation is " + n.status().label + ": "
                            + event.label.toLowerCase(Locale.ROOT) + " applies only when it is "
                            + event.sources.stream().map(s -> s.label).sorted().toList());
        }
        if (event == NegotiationEvent.SUBMIT) {
            PayloadRules.requireComplete(PayloadRules.parse(n.payload()), formFor(datasetIds(id)), forms);
        }
        StoredPerson me = person(caller);
        long now = clock.millis();
        boolean publicPosts = n.publicPosts() || event.target == NegotiationState.SUBMITTED;
        boolean privatePosts = n.privatePosts() || event.target == NegotiationState.IN_PROGRESS;
        if (event.target == NegotiationState.ABANDONED) {
            publicPosts = false;
            privatePosts = false;
        }
        store.updateStatus(id, event.target, publicPosts, privatePosts, now);
        store.addEvent(id, me.id(), me.name() + " changed the status of the Negotiation to " + event.target.label, now);
        if (event == NegotiationEvent.APPROVE) {
            contactRepresentatives(id, me, now);
        }
        StoredNegotiation after = store.negotiation(id).orElseThrow();
        statusChanged(after, me, now);
        return after;
    }

    /** Entering IN_PROGRESS contacts every dataset's representatives (unreachable where the node knows none). */
    private void contactRepresentatives(String id, StoredPerson by, long now) {
        for (StoredResource r : store.resources(id)) {
            if (r.state() == null || r.state() == ResourceState.SUBMITTED) {
                ResourceState state = catalogue
                                .biobankOf(r.datasetId())
                                .map(store::hasRepresentative)
                                .orElse(false)
                        ? ResourceState.REPRESENTATIVE_CONTACTED
                        : ResourceState.REPRESENTATIVE_UNREACHABLE;
                store.updateResourceState(id, r.datasetId(), state, now);
            }
        }
    }

    // ---- resources

    List<StoredResource> resources(Caller caller, String id) {
        visible(caller, id);
        return store.resources(id);
    }

    List<ResourceEvent> resourceEvents(Caller caller, String id, String datasetId) {
        StoredNegotiation n = visible(caller, id);
        StoredResource r = resource(id, datasetId);
        return possibleEvents(caller, n, r);
    }

    List<ResourceEvent> possibleEvents(Caller caller, StoredNegotiation n, StoredResource r) {
        if (n.status() != NegotiationState.IN_PROGRESS || r.state() == null) {
            return List.of();
        }
        boolean representative = actsAsRepresentative(caller, r.datasetId());
        boolean author = isAuthor(caller, n);
        boolean admin = ObjectRules.isAdmin(caller);
        return java.util.Arrays.stream(ResourceEvent.values())
                .filter(e -> e.sources.contains(r.state()) && e.mayFire(representative, author, admin))
                .toList();
    }

    StoredNegotiation fireOnResource(Caller caller, String id, String datasetId, String eventName) {
        ResourceEvent event = ResourceEvent.named(eventName)
                .orElseThrow(() -> ApiException.badRequest("No such resource event: " + eventName));
        synchronized (writes) {
            StoredNegotiation n = visible(caller, id);
            StoredResource r = resource(id, datasetId);
            boolean representative = actsAsRepresentative(caller, datasetId);
            if (!event.mayFire(representative, isAuthor(caller, n), ObjectRules.isAdmin(caller))) {
                throw new ApiException(
                        403,
                        NegotiatorErrors.LIFECYCLE,
                        switch (event.who) {
                            case REPRESENTATIVE ->
                                "Only a representative of " + datasetId + " may "
                                        + event.label.toLowerCase(Locale.ROOT);
                            case AUTHOR ->
                                "Only the researcher who made the request may " + event.label.toLowerCase(Locale.ROOT);
                            case ADMIN ->
                                "Only an admin (the access committee) may " + event.label.toLowerCase(Locale.ROOT);
                        });
            }
            if (n.status() != NegotiationState.IN_PROGRESS) {
                throw new ApiException(
                        409,
                        NegotiatorErrors.LIFECYCLE,
                        "The negotiation is " + n.status().label
                                + ": a dataset's state changes only while it is In Progress");
            }
            if (r.state() == null || !event.sources.contains(r.state())) {
                throw new ApiException(
                        409,
                        NegotiatorErrors.LIFECYCLE,
                        datasetId + " is "
                                + (r.state() == null ? "not yet contacted" : r.state().label) + ": "
                                + event.label.toLowerCase(Locale.ROOT) + " applies only from "
                                + event.sources.stream()
                                        .map(s -> s.label)
                                        .sorted()
                                        .toList());
            }
            StoredPerson me = person(caller);
            long now = clock.millis();
            store.updateResourceState(id, datasetId, event.target, now);
            store.addEvent(
                    id, me.id(), me.name() + " changed the status of " + datasetId + " to " + event.target.label, now);
            Set<Long> told = new LinkedHashSet<>();
            told.add(n.authorId());
            catalogue.biobankOf(datasetId).ifPresent(b -> told.addAll(representatives(b)));
            tell(
                    n,
                    me,
                    told,
                    "Request Status update",
                    "Resource " + datasetId
                            + " had a change of status in your request " + title(n) + ", from "
                            + (r.state() == null ? "Submitted" : r.state().label) + " to " + event.target.label,
                    now);
            concludeWhenEveryDatasetIsDone(id, me, now);
            return store.negotiation(id).orElseThrow();
        }
    }

    /** When every dataset has reached an end, the negotiation concludes by itself. */
    private void concludeWhenEveryDatasetIsDone(String id, StoredPerson by, long now) {
        List<StoredResource> all = store.resources(id);
        if (!all.isEmpty()
                && all.stream().allMatch(r -> r.state() != null && ResourceState.FINAL.contains(r.state()))) {
            StoredNegotiation n = store.negotiation(id).orElseThrow();
            store.updateStatus(id, NegotiationState.CONCLUDED, n.publicPosts(), n.privatePosts(), now);
            store.addEvent(
                    id,
                    by.id(),
                    "Every dataset has reached its end: the Negotiation is " + NegotiationState.CONCLUDED.label,
                    now);
            statusChanged(store.negotiation(id).orElseThrow(), by, now);
        }
    }

    private StoredResource resource(String id, String datasetId) {
        return store.resources(id).stream()
                .filter(r -> r.datasetId().equals(datasetId))
                .findFirst()
                .orElseThrow(() -> new ApiException(
                        404, "not_found", "Resource with id " + datasetId + " not found in negotiation " + id));
    }

    List<NegotiatorStore.StoredEvent> timeline(Caller caller, String id) {
        visible(caller, id);
        return store.events(id);
    }

    // ---- attachments

    /**
     * Keeps a file for the negotiation: any party may attach while it has not ended; {@code organizationId} (a
     * biobank) makes it visible to that biobank's representatives only, besides the author and the committee.
     */
    AttachmentStore.Stored attach(Caller caller, String id, String name, byte[] bytes, String organizationId) {
        StoredNegotiation n = visible(caller, id);
        if (!payloadUpdatable(n)) {
            throw new ApiException(
                    409,
                    NegotiatorErrors.LIFECYCLE,
                    "The negotiation is " + n.status().label + ": nothing can be attached any more");
        }
        String shownName = name == null || name.isBlank() ? "attachment" : FileNames.shown(name);
        String type = AttachmentTypes.check(bytes, shownName);
        StoredPerson me = person(caller);
        AttachmentStore.Stored a = new AttachmentStore.Stored(
                UUID.randomUUID().toString(),
                id,
                organizationId == null || organizationId.isBlank() ? null : organizationId,
                shownName,
                type,
                bytes.length,
                AttachmentStore.sha256(bytes),
                me.id(),
                clock.millis());
        return attachments.save(a, bytes);
    }

    List<AttachmentStore.Stored> attachments(Caller caller, String id) {
        StoredNegotiation n = visible(caller, id);
        return attachments.of(id).stream().filter(a -> mayRead(caller, n, a)).toList();
    }

    /** The attachment and its bytes, if the caller may read it (404 otherwise, as if it did not exist). */
    Map.Entry<AttachmentStore.Stored, byte[]> attachment(Caller caller, String attachmentId) {
        requireSignedIn(caller);
        AttachmentStore.Stored a = attachments.byId(attachmentId).orElseThrow(() -> notFound(attachmentId));
        StoredNegotiation n;
        try {
            n = visible(caller, a.negotiationId());
        } catch (ApiException e) {
            throw notFound(attachmentId);
        }
        if (!mayRead(caller, n, a)) {
            throw notFound(attachmentId);
        }
        return Map.entry(a, attachments.content(a));
    }

    private boolean mayRead(Caller caller, StoredNegotiation n, AttachmentStore.Stored a) {
        return a.organizationId() == null
                || isAuthor(caller, n)
                || ObjectRules.isAdmin(caller)
                || ObjectRules.represents(caller, a.organizationId());
    }

    // ---- posts

    /**
     * A message: PUBLIC once submitted, PRIVATE (to one of the negotiation's organisations) once approved, neither
     * after it was abandoned (the flags say which are open). Any party may post publicly; privately the researcher,
     * the committee, or a representative of that organisation.
     */
    NegotiatorStore.StoredPost post(Caller caller, String id, String text, String type, String organizationId) {
        synchronized (writes) {
            StoredNegotiation n = visible(caller, id);
            if (text == null || text.isBlank()) {
                throw ApiException.badRequest("A post needs some text");
            }
            if (text.length() > MAX_POST_CHARS) {
                throw ApiException.badRequest(
                        "A post is at most " + MAX_POST_CHARS + " characters; this one has " + text.length());
            }
            if (!"PUBLIC".equals(type) && !"PRIVATE".equals(type)) {
                throw ApiException.badRequest("A post's type is PUBLIC or PRIVATE, not " + type);
            }
            boolean publicPost = type.equals("PUBLIC");
            if (publicPost && !n.publicPosts()) {
                throw new ApiException(
                        403,
                        "forbidden",
                        "Public posts are not open in this negotiation (" + n.status().label
                                + "): they open when it is submitted and close when it is abandoned");
            }
            if (!publicPost) {
                if (!n.privatePosts()) {
                    throw new ApiException(
                            403,
                            "forbidden",
                            "Private posts are not open in this negotiation (" + n.status().label
                                    + "): they open when it is approved and close when it is abandoned");
                }
                List<String> organizations = datasetIds(id).stream()
                        .map(d -> catalogue.biobankOf(d).orElse(null))
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
                if (organizationId == null || !organizations.contains(organizationId)) {
                    throw ApiException.badRequest("A private post goes to one of this negotiation's organisations "
                            + organizations + ", not " + organizationId);
                }
                if (!isAuthor(caller, n)
                        && !ObjectRules.isAdmin(caller)
                        && !ObjectRules.represents(caller, organizationId)) {
                    throw new ApiException(
                            403,
                            "forbidden",
                            "Only the researcher, the committee and a representative" + " of " + organizationId
                                    + " may post privately to it");
                }
            }
            StoredPerson me = person(caller);
            NegotiatorStore.StoredPost p = new NegotiatorStore.StoredPost(
                    UUID.randomUUID().toString(),
                    id,
                    me.id(),
                    type,
                    publicPost ? null : organizationId,
                    text,
                    clock.millis());
            store.addPost(p);
            Set<Long> told = new LinkedHashSet<>();
            told.add(n.authorId());
            told.addAll(admins());
            if (publicPost) {
                datasetIds(id).forEach(d -> catalogue.biobankOf(d).ifPresent(b -> told.addAll(representatives(b))));
            } else {
                told.addAll(representatives(organizationId));
            }
            tell(n, me, told, "New Post Notification", "A new message was posted in negotiation " + title(n), p.at());
            return p;
        }
    }

    /** The posts the caller may read: public ones, and private ones of an organisation they are party to. */
    List<NegotiatorStore.StoredPost> posts(Caller caller, String id) {
        StoredNegotiation n = visible(caller, id);
        boolean all = isAuthor(caller, n) || ObjectRules.isAdmin(caller);
        return store.posts(id).stream()
                .filter(p -> p.organizationId() == null || all || ObjectRules.represents(caller, p.organizationId()))
                .toList();
    }

    // ---- notifications

    /** A negotiation's new status, told to its author, the committee, and (once it is under way) the representatives. */
    private void statusChanged(StoredNegotiation n, StoredPerson by, long now) {
        Set<Long> told = new LinkedHashSet<>();
        told.add(n.authorId());
        told.addAll(admins());
        if (n.status() != NegotiationState.SUBMITTED && n.status() != NegotiationState.DECLINED) {
            datasetIds(n.id()).forEach(d -> catalogue.biobankOf(d).ifPresent(b -> told.addAll(representatives(b))));
        }
        tell(
                n,
                by,
                told,
                "Request Status Update",
                "The negotiation " + title(n) + " is now " + n.status().label + " (" + by.name() + ")",
                now);
    }

    /** One notification (and its e-mail) to each of {@code recipients} but {@code by}, who made the change. */
    private void tell(
            StoredNegotiation n, StoredPerson by, Set<Long> recipients, String title, String message, long now) {
        String host = discovery.get().getHost();
        for (long recipient : recipients) {
            if (recipient == by.id()) {
                continue;
            }
            StoredPerson p = store.personById(recipient).orElseThrow();
            notifications.add(recipient, p.email(), n.id(), title, message, now, host);
        }
    }

    private List<Long> admins() {
        return notifications.usersWithRole("admin").stream()
                .map(a -> store.ensurePerson(a).id())
                .toList();
    }

    private List<Long> representatives(String biobankId) {
        return notifications.representativesOf(biobankId).stream()
                .map(a -> store.ensurePerson(a).id())
                .toList();
    }

    /** How a negotiation is named in messages: its use-case title, else how its datasets were found. */
    private static String title(StoredNegotiation n) {
        JsonNode p = PayloadRules.parse(n.payload());
        String t = p.path("scientific").path("use-case-title").asText("");
        if (t.isBlank()) {
            t = p.path("study").path("research-call").asText("");
        }
        return "'" + (t.isBlank() ? n.humanReadable() : t) + "'";
    }

    List<NotificationStore.StoredNotification> notifications(Caller caller, long personId) {
        StoredPerson me = person(caller);
        if (me.id() != personId) {
            throw new ApiException(403, "forbidden", "You may read only your own notifications");
        }
        return notifications.of(personId);
    }

    void markNotifications(
            Caller caller, long personId, List<eu.eucaim.workstation.api.negotiation.NotificationRead> marks) {
        StoredPerson me = person(caller);
        if (me.id() != personId) {
            throw new ApiException(403, "forbidden", "You may mark only your own notifications");
        }
        for (eu.eucaim.workstation.api.negotiation.NotificationRead m : marks) {
            if (!notifications.mark(personId, m.id(), m.read())) {
                throw new ApiException(404, "not_found", "You have no notification " + m.id());
            }
        }
    }

    // ---- lists

    List<StoredNegotiation> authoredBy(Caller caller, long personId) {
        StoredPerson me = person(caller);
        if (me.id() != personId && !ObjectRules.isAdmin(caller)) {
            throw new ApiException(403, "forbidden", "You may list only your own negotiations");
        }
        return store.byAuthor(personId);
    }

    List<StoredNegotiation> representedBy(Caller caller, long personId) {
        StoredPerson me = person(caller);
        if (me.id() != personId) {
            throw new ApiException(
                    403, "forbidden", "You may list only the negotiations of the datasets you represent");
        }
        List<String> mine = catalogue.current().networks().stream()
                .flatMap(net -> net.biobanks().stream())
                .filter(b -> caller.representedBiobanks().contains(b.id()))
                .flatMap(b -> b.datasets().stream())
                .map(d -> d.id())
                .toList();
        return store.touching(mine);
    }

    List<StoredNegotiation> submitted(Caller caller) {
        ObjectRules.requireAdmin(caller, "see every negotiation");
        return store.allSubmitted();
    }

    List<String> datasetIds(String negotiationId) {
        return store.resources(negotiationId).stream()
                .map(StoredResource::datasetId)
                .toList();
    }

    // ---- rules

    boolean isAuthor(Caller caller, StoredNegotiation n) {
        return caller.signedIn()
                && store.personById(n.authorId())
                        .map(p -> p.account().equals(caller.account()))
                        .orElse(false);
    }

    boolean represents(Caller caller, StoredNegotiation n) {
        return n.status() != NegotiationState.DRAFT
                && datasetIds(n.id()).stream().anyMatch(d -> representsDataset(caller, d));
    }

    boolean representsDataset(Caller caller, String datasetId) {
        return catalogue
                .biobankOf(datasetId)
                .map(b -> ObjectRules.represents(caller, b))
                .orElse(false);
    }

    /**
     * Whether the caller answers for the dataset: its representative, or an admin when the node knows nobody who
     * represents it (the access committee then stands in, so that such a dataset can still reach an end).
     */
    boolean actsAsRepresentative(Caller caller, String datasetId) {
        if (representsDataset(caller, datasetId)) {
            return true;
        }
        return ObjectRules.isAdmin(caller)
                && !catalogue.biobankOf(datasetId).map(store::hasRepresentative).orElse(false);
    }

    boolean representsAny(Caller caller) {
        return caller.signedIn() && !caller.representedBiobanks().isEmpty();
    }

    static List<String> roles(Caller caller, boolean representative) {
        List<String> roles = new ArrayList<>();
        roles.add("ROLE_RESEARCHER");
        if (caller.has(Role.ADMIN)) {
            roles.add("ROLE_ADMIN");
        }
        if (representative) {
            roles.add("ROLE_REPRESENTATIVE");
        }
        return roles;
    }

    private static void requireSignedIn(Caller caller) {
        if (!caller.signedIn()) {
            throw new ApiException(401, "unauthorized", "Full authentication is required to access this resource");
        }
    }

    static ApiException notFound(String id) {
        return new ApiException(404, "not_found", "Resource with id " + id + " not found");
    }

    static ObjectNode emptyObject() {
        return JsonNodeFactory.instance.objectNode();
    }

    @Override
    public String toString() {
        return "Negotiator[" + Objects.toString(discovery.get()) + "]";
    }
}
