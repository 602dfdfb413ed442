package eu.eucaim.workstation.node.negotiator;

import eu.eucaim.workstation.api.catalogue.Biobank;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.Network;
import eu.eucaim.workstation.api.negotiation.AccessRequest;
import eu.eucaim.workstation.api.negotiation.Link;
import eu.eucaim.workstation.api.negotiation.Negotiation;
import eu.eucaim.workstation.api.negotiation.NegotiationResource;
import eu.eucaim.workstation.api.negotiation.Organization;
import eu.eucaim.workstation.api.negotiation.Person;
import eu.eucaim.workstation.api.negotiation.RequestResource;
import eu.eucaim.workstation.api.negotiation.TimelineEvent;
import eu.eucaim.workstation.node.catalogue.CatalogueIndex;
import eu.eucaim.workstation.node.negotiator.NegotiatorStore.StoredNegotiation;
import eu.eucaim.workstation.node.negotiator.NegotiatorStore.StoredPerson;
import eu.eucaim.workstation.node.negotiator.NegotiatorStore.StoredRequest;
import eu.eucaim.workstation.node.negotiator.NegotiatorStore.StoredResource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The node's records in the Negotiator's shapes. Organisations and resources get the numbers upstream gives them,
 * here their place in the catalogue's order of ids (stable while the catalogue is); dates are UTC local date-times
 * with microseconds, as upstream writes them.
 */
final class NegotiatorJson {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    private NegotiatorJson() {}

    static String date(Long millis) {
        return millis == null
                ? null
                : LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC)
                        .format(DATE);
    }

    static Person person(StoredPerson p, boolean admin, boolean representative) {
        return new Person(
                Long.toString(p.id()),
                p.subjectId(),
                p.name(),
                p.email(),
                date(p.lastLogin()),
                false,
                admin,
                representative,
                false);
    }

    static AccessRequest request(StoredRequest r, CatalogueIndex catalogue, String redirectUrl) {
        List<RequestResource> resources = new ArrayList<>();
        for (String id : r.datasetIds()) {
            catalogue
                    .dataset(id)
                    .ifPresent(d -> resources.add(
                            new RequestResource(d.id(), d.title(), d.description(), organization(catalogue, d))));
        }
        return new AccessRequest(r.id(), r.url(), r.humanReadable(), resources, redirectUrl, null);
    }

    static Negotiation negotiation(StoredNegotiation n, Person author, String api, boolean withLinks) {
        return negotiation(n, author, api, withLinks, List.of(), false);
    }

    /**
     * With the links a GET gives its caller: one per event they may fire now ("Next Lifecycle event") and "Update"
     * when they may change the form.
     */
    static Negotiation negotiation(
            StoredNegotiation n,
            Person author,
            String api,
            boolean withLinks,
            List<NegotiationEvent> events,
            boolean update) {
        Map<String, Link> links = null;
        if (withLinks) {
            String self = api + "/negotiations/" + n.id();
            links = new LinkedHashMap<>();
            links.put("self", Link.to(self));
            links.put("posts", Link.to(self + "/posts"));
            links.put("attachments", Link.to(self + "/attachments"));
            links.put("resources", Link.to(self + "/resources"));
            for (NegotiationEvent e : events) {
                links.put(e.name(), new Link(self + "/lifecycle/" + e.name(), null, "Next Lifecycle event", e.label));
            }
            if (update) {
                links.put("Update", Link.to(self));
            }
        }
        return new Negotiation(
                n.id(),
                Long.toString(n.displayId()),
                author,
                PayloadRules.parse(n.payload()),
                n.status().name(),
                n.humanReadable(),
                n.publicPosts(),
                n.privatePosts(),
                date(n.createdAt()),
                date(n.modifiedAt()),
                Negotiator.payloadUpdatable(n),
                links);
    }

    static NegotiationResource resource(
            StoredResource r, CatalogueIndex catalogue, String api, String negotiationId, List<ResourceEvent> mine) {
        Dataset d = catalogue.dataset(r.datasetId()).orElse(null);
        Map<String, Link> links = new LinkedHashMap<>();
        long number = resourceNumber(catalogue, r.datasetId());
        links.put("self", Link.to(api + "/resources/" + number));
        links.put("resources", Link.to(api + "/resources"));
        for (ResourceEvent e : mine) {
            links.put(
                    e.name(),
                    new Link(
                            api + "/negotiations/" + negotiationId + "/resources/" + encode(r.datasetId())
                                    + "/lifecycle/" + e.name(),
                            null,
                            "Next Lifecycle event",
                            e.label));
        }
        return new NegotiationResource(
                number,
                r.datasetId(),
                d == null ? r.datasetId() : d.title(),
                d == null ? null : d.description(),
                d == null ? null : organization(catalogue, d),
                r.state() == null ? null : r.state().name(),
                links);
    }

    static TimelineEvent timeline(NegotiatorStore.StoredEvent e, String triggeredBy) {
        return new TimelineEvent(triggeredBy, e.text(), date(e.at()));
    }

    static Organization organization(CatalogueIndex catalogue, Dataset d) {
        String biobankId = d.publisher() == null ? null : d.publisher().biobankId();
        Integer number = Numbers.of(catalogue).biobanks().get(biobankId);
        return new Organization(
                number == null ? 0 : number,
                biobankId,
                d.publisher() == null ? null : d.publisher().name(),
                false);
    }

    static long resourceNumber(CatalogueIndex catalogue, String datasetId) {
        return Numbers.of(catalogue).datasets().getOrDefault(datasetId, 0L);
    }

    /**
     * The numbers upstream gives organisations and resources, here their place in the order of ids: counted once
     * per catalogue snapshot (a negotiation's list of 1,000 datasets asks for 1,000 of them).
     */
    private record Numbers(
            CatalogueIndex of, Map<String, Integer> biobanks, Map<String, String> names, Map<String, Long> datasets) {
        private static volatile Numbers last;

        static Numbers of(CatalogueIndex catalogue) {
            Numbers n = last;
            if (n != null && n.of() == catalogue) {
                return n;
            }
            List<Biobank> sorted = catalogue.networks().stream()
                    .map(Network::biobanks)
                    .flatMap(List::stream)
                    .sorted(java.util.Comparator.comparing(Biobank::id))
                    .toList();
            Map<String, Integer> biobanks = new java.util.HashMap<>();
            Map<String, String> names = new java.util.HashMap<>();
            for (int i = 0; i < sorted.size(); i++) {
                biobanks.put(sorted.get(i).id(), i + 1);
                names.put(sorted.get(i).id(), sorted.get(i).name());
            }
            List<String> ids = sorted.stream()
                    .flatMap(b -> b.datasets().stream())
                    .map(ref -> ref.id())
                    .sorted()
                    .toList();
            Map<String, Long> datasets = new java.util.HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                datasets.put(ids.get(i), (long) i + 1);
            }
            n = new Numbers(catalogue, Map.copyOf(biobanks), Map.copyOf(names), Map.copyOf(datasets));
            last = n;
            return n;
        }
    }

    static String encode(String sourceId) {
        return URLEncoder.encode(sourceId, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
