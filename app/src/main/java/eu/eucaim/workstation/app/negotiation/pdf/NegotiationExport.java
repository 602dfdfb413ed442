package eu.eucaim.workstation.app.negotiation.pdf;

import eu.eucaim.workstation.api.negotiation.AccessForm;
import eu.eucaim.workstation.api.negotiation.Attachment;
import eu.eucaim.workstation.api.negotiation.Negotiation;
import eu.eucaim.workstation.api.negotiation.NegotiationResource;
import eu.eucaim.workstation.api.negotiation.Post;
import eu.eucaim.workstation.api.negotiation.TimelineEvent;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything one PDF of a negotiation holds, as the Negotiator API gave it: the negotiation (with its payload), the
 * access form that labels the payload (null when it could not be had: raw names are printed then), its datasets,
 * attachments, timeline and posts, and when it was exported. Absent lists are empty.
 */
public record NegotiationExport(
        Negotiation negotiation,
        AccessForm form,
        List<NegotiationResource> resources,
        List<Attachment> attachments,
        List<TimelineEvent> timeline,
        List<Post> posts,
        ZonedDateTime exportedAt) {
    public NegotiationExport {
        Objects.requireNonNull(negotiation, "negotiation");
        Objects.requireNonNull(exportedAt, "exportedAt");
        resources = copy(resources);
        attachments = copy(attachments);
        timeline = copy(timeline);
        posts = copy(posts);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
