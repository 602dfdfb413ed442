package eu.eucaim.workstation.viewer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.dicom.source.LocalFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LRU within the budget, except what a viewport pins: that stays, even over budget, until it is let go. */
class FrameCacheTest {
    private static final Object VIEWPORT_1 = "viewport 1";
    private static final Object VIEWPORT_2 = "viewport 2";

    private static FrameRef ref(String name) {
        return new FrameRef(new LocalFile(Path.of(name)), 0);
    }

    /** A slice of 1024 bytes (the size a failed slice counts). */
    private static Slice slice(String name) {
        return Slice.failed(ref(name), null, "test");
    }

    private static void put(FrameCache cache, String... names) {
        for (String n : names) {
            cache.put(slice(n));
        }
    }

    @Test
    void withoutPinsTheLeastRecentlyUsedGoFirst() {
        FrameCache cache = new FrameCache(3000);
        put(cache, "a", "b");
        cache.get(ref("a"));
        put(cache, "c");
        assertThat(cache.contains(ref("a"))).isTrue();
        assertThat(cache.contains(ref("b"))).isFalse();
        assertThat(cache.held()).isEqualTo(2048);
    }

    @Test
    void aPinnedSliceIsNeverEvictedEvenWhenPinnedBeforeItArrives() {
        FrameCache cache = new FrameCache(3000);
        cache.pin(VIEWPORT_1, List.of(ref("a")));
        put(cache, "a", "b", "c", "d", "e");
        assertThat(cache.contains(ref("a"))).isTrue();
        assertThat(cache.contains(ref("e"))).isTrue();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void pinnedSlicesStayOverBudgetAndCountInHeld() {
        FrameCache cache = new FrameCache(1500);
        cache.pin(VIEWPORT_1, List.of(ref("a")));
        cache.pin(VIEWPORT_2, List.of(ref("b")));
        put(cache, "a", "b");
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.held()).isEqualTo(2048).isGreaterThan(cache.budget());
        put(cache, "c"); // not pinned: kept only while it is the one just added
        put(cache, "d");
        assertThat(cache.contains(ref("c"))).isFalse();
        assertThat(cache.contains(ref("a"))).isTrue();
        assertThat(cache.contains(ref("b"))).isTrue();
        assertThat(cache.held()).isEqualTo(3072);
    }

    @Test
    void pinningAnotherSliceReleasesTheOldOne() {
        FrameCache cache = new FrameCache(1500);
        cache.pin(VIEWPORT_1, List.of(ref("a")));
        put(cache, "a", "b");
        assertThat(cache.size()).isEqualTo(2);
        cache.pin(VIEWPORT_1, List.of(ref("b"))); // scrolled to b: a is evicted at once, being over budget
        assertThat(cache.contains(ref("a"))).isFalse();
        assertThat(cache.contains(ref("b"))).isTrue();
        assertThat(cache.held()).isEqualTo(1024);
        cache.pin(VIEWPORT_1, List.of(ref("b"))); // the same again changes nothing
        put(cache, "c");
        assertThat(cache.contains(ref("b"))).as("still pinned").isTrue();
    }

    @Test
    void aSliceTwoViewportsPinStaysUntilBothLetGo() {
        FrameCache cache = new FrameCache(1500);
        cache.pin(VIEWPORT_1, List.of(ref("a")));
        cache.pin(VIEWPORT_2, List.of(ref("a")));
        put(cache, "a", "b");
        cache.unpin(VIEWPORT_1);
        put(cache, "c");
        assertThat(cache.contains(ref("a"))).isTrue();
        cache.unpin(VIEWPORT_2);
        assertThat(cache.contains(ref("a")))
                .as("over budget once unpinned: evicted")
                .isFalse();
        assertThat(cache.held()).isLessThanOrEqualTo(cache.budget());
        cache.unpin(VIEWPORT_2); // nothing pinned: nothing happens
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void clearForgetsSlicesAndPins() {
        FrameCache cache = new FrameCache(1500);
        cache.pin(VIEWPORT_1, List.of(ref("a")));
        put(cache, "a");
        cache.clear();
        assertThat(cache.size()).isZero();
        assertThat(cache.held()).isZero();
        put(cache, "a", "b");
        assertThat(cache.contains(ref("a"))).as("no longer pinned").isFalse();
    }
}
