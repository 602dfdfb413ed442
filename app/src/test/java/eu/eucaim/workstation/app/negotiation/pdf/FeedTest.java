package eu.eucaim.workstation.app.negotiation.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.negotiation.Post;
import eu.eucaim.workstation.api.negotiation.TimelineEvent;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedTest {
    @Test
    void eventsAndMessagesInOneListByTime() {
        List<TimelineEvent> events = List.of(
                new TimelineEvent("A", "second", "2026-03-02T09:05:00.123456"),
                new TimelineEvent("A", "first", "2026-03-02T09:00:00.123456789"));
        List<Post> posts = List.of(
                post("between", "2026-03-02T09:03:00.5", null, "PUBLIC"),
                post("same time as second", "2026-03-02T09:05:00.123456", "eucaim:org:3", "PRIVATE"));
        List<Feed.Entry> feed = Feed.of(events, posts, Exports.resources(7), ZoneOffset.UTC);
        assertThat(feed)
                .extracting(Feed.Entry::text)
                .containsExactly("first", "between", "second", "same time as second");
        assertThat(feed.get(3).kind()).isEqualTo("Private message to Szpital 3 Gdańsk");
        assertThat(feed.get(1).kind()).isEqualTo("Public message");
        assertThat(feed.get(0).when()).isEqualTo("2026-03-02 09:00");
    }

    @Test
    void entriesWithoutAReadableTimeComeLastAsTheyAre() {
        List<Feed.Entry> feed = Feed.of(
                List.of(new TimelineEvent(null, "no time", null), new TimelineEvent("B", "odd time", "yesterday")),
                List.of(post("timed", "2026-03-02T09:00:00", "unknown-org", "PRIVATE")),
                List.of(),
                ZoneOffset.UTC);
        assertThat(feed).extracting(Feed.Entry::text).containsExactly("timed", "no time", "odd time");
        assertThat(feed.get(0).kind()).isEqualTo("Private message to unknown-org");
        assertThat(feed.get(1).who()).isEqualTo("—");
        assertThat(feed.get(1).when()).isEqualTo("—");
        assertThat(feed.get(2).when()).isEqualTo("yesterday");
    }

    @Test
    void timesWithoutAnOffsetAreUtcShownInTheExportsZone() {
        List<TimelineEvent> events = List.of(
                new TimelineEvent("A", "winter", "2026-03-02T09:00:00.123456"),
                new TimelineEvent("A", "with offset", "2026-07-02T09:00:00+02:00"));
        List<Feed.Entry> feed = Feed.of(events, List.of(), List.of(), ZoneId.of("Europe/Warsaw"));
        assertThat(feed).extracting(Feed.Entry::when).containsExactly("2026-03-02 10:00", "2026-07-02 09:00");
    }

    private static Post post(String text, String at, String organisation, String type) {
        return new Post("p", "n", text, at, Exports.person("Ágnes", null), organisation, type, Map.of());
    }
}
