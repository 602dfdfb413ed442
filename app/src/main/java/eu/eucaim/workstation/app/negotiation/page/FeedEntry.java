package eu.eucaim.workstation.app.negotiation.page;

import eu.eucaim.workstation.api.negotiation.Post;
import eu.eucaim.workstation.api.negotiation.TimelineEvent;
import eu.eucaim.workstation.app.negotiation.words.NegotiatorDates;
import java.time.Instant;

/**
 * One line of a negotiation's feed: a message or a step of its history, in one chronological list as the
 * Negotiator's front end shows them. {@code audience} is "Public", "Private with <organisation>" or null for steps.
 */
public record FeedEntry(Instant at, String who, String text, boolean message, String audience) {
    static FeedEntry of(TimelineEvent e) {
        return new FeedEntry(NegotiatorDates.instant(e.timestamp()), e.triggeredBy(), e.text(), false, null);
    }

    static FeedEntry of(Post p, String organisationName) {
        String audience = "PRIVATE".equals(p.type())
                ? "Private with " + (organisationName == null ? p.organizationId() : organisationName)
                : "Public";
        return new FeedEntry(
                NegotiatorDates.instant(p.creationDate()),
                p.createdBy() == null ? "—" : p.createdBy().name(),
                p.text(),
                true,
                audience);
    }
}
