package eu.eucaim.workstation.api.negotiation;

import java.util.List;

/**
 * The Negotiator's HAL lists: items under {@code _embedded.<name>}, which upstream leaves out when there are none
 * (so an absent {@code _embedded} reads as an empty list), and a {@code page} where the list is paged.
 */
public final class HalLists {
    private HalLists() {}

    public record Page(int size, long totalElements, int totalPages, int number) {}

    public record Negotiations(NegotiationsEmbedded _embedded, Page page) {
        public List<Negotiation> items() {
            return _embedded == null || _embedded.negotiations() == null ? List.of() : _embedded.negotiations();
        }
    }

    public record NegotiationsEmbedded(List<Negotiation> negotiations) {}

    public record Resources(ResourcesEmbedded _embedded) {
        public List<NegotiationResource> items() {
            return _embedded == null || _embedded.resources() == null ? List.of() : _embedded.resources();
        }
    }

    public record ResourcesEmbedded(List<NegotiationResource> resources) {}

    public record Timeline(TimelineEmbedded _embedded) {
        public List<TimelineEvent> items() {
            return _embedded == null || _embedded.timelineEvents() == null ? List.of() : _embedded.timelineEvents();
        }
    }

    public record TimelineEmbedded(List<TimelineEvent> timelineEvents) {}

    public record Posts(PostsEmbedded _embedded) {
        public List<Post> items() {
            return _embedded == null || _embedded.posts() == null ? List.of() : _embedded.posts();
        }
    }

    public record PostsEmbedded(List<Post> posts) {}

    public record Notifications(NotificationsEmbedded _embedded, Page page) {
        public List<Notification> items() {
            return _embedded == null || _embedded.notifications() == null ? List.of() : _embedded.notifications();
        }
    }

    public record NotificationsEmbedded(List<Notification> notifications) {}
}
