package eu.eucaim.workstation.app.negotiation.pdf;

import eu.eucaim.workstation.api.negotiation.NegotiationResource;
import eu.eucaim.workstation.api.negotiation.Post;
import eu.eucaim.workstation.api.negotiation.TimelineEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A negotiation's history and messages in one chronological list, as a reader follows it. Entries whose time cannot
 * be read go last, in the order they came; at the same moment an event comes before a message.
 */
final class Feed {
    /** One entry: when (shown in the export's zone), who, what kind ("Event", "Public message", "Private message to …") and its text. */
    record Entry(Instant time, String when, String who, String kind, String text) {}

    private Feed() {}

    static List<Entry> of(
            List<TimelineEvent> timeline, List<Post> posts, List<NegotiationResource> resources, ZoneId zone) {
        List<Entry> entries = new ArrayList<>();
        for (TimelineEvent event : timeline) {
            entries.add(new Entry(
                    Formats.time(event.timestamp()),
                    Formats.when(event.timestamp(), zone),
                    Formats.orNone(event.triggeredBy()),
                    "Event",
                    Formats.orNone(event.text())));
        }
        Map<String, String> organisations = organisationNames(resources);
        for (Post post : posts) {
            entries.add(new Entry(
                    Formats.time(post.creationDate()),
                    Formats.when(post.creationDate(), zone),
                    post.createdBy() == null
                            ? Answers.NONE
                            : Formats.orNone(post.createdBy().name()),
                    kind(post, organisations),
                    Formats.orNone(post.text())));
        }
        // A stable sort: events were added before posts, so at the same moment the event stays first.
        entries.sort(Comparator.comparing(Entry::time, Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }

    private static String kind(Post post, Map<String, String> organisations) {
        if (!"PRIVATE".equals(post.type())) {
            return "Public message";
        }
        String to = post.organizationId() == null
                ? Answers.NONE
                : organisations.getOrDefault(post.organizationId(), post.organizationId());
        return "Private message to " + to;
    }

    /** A private post names its organisation by external id (or number): the datasets know their names. */
    private static Map<String, String> organisationNames(List<NegotiationResource> resources) {
        Map<String, String> names = new HashMap<>();
        for (NegotiationResource resource : resources) {
            if (resource.organization() != null && resource.organization().name() != null) {
                names.put(
                        resource.organization().externalId(),
                        resource.organization().name());
                names.put(
                        String.valueOf(resource.organization().id()),
                        resource.organization().name());
            }
        }
        return names;
    }
}
