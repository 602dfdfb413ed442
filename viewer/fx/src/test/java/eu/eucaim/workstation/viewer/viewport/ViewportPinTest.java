package eu.eucaim.workstation.viewer.viewport;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.viewer.engine.DecodePool;
import eu.eucaim.workstation.viewer.engine.FrameCache;
import eu.eucaim.workstation.viewer.engine.FrameRef;
import eu.eucaim.workstation.viewer.engine.SeriesLoader;
import eu.eucaim.workstation.viewer.engine.SliceReader;
import eu.eucaim.workstation.viewer.testing.Loaders;
import eu.eucaim.workstation.viewer.testing.SyntheticStudy;
import eu.eucaim.workstation.viewer.testing.UiThread;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A viewport pins the slice it shows: in a cache with room for nothing, the image on screen stays while every
 * other slice comes and goes, and once the viewport lets go it goes too.
 */
class ViewportPinTest {
    @TempDir
    Path dir;

    private final UiThread ui = new UiThread();
    private final DecodePool pool = new DecodePool(1, "test-decode");
    private final FrameCache cache = new FrameCache(1); // room for nothing but the pinned and the one just added
    private List<FrameRef> refs;
    private SeriesLoader loader;
    private ViewportViewModel vp;

    @BeforeEach
    void series() throws Exception {
        SyntheticStudy.ctSeries(dir, 1, "axial", 6, 8, 8, (x, y, z) -> z);
        refs = Loaders.frames(dir);
        loader = new SeriesLoader(refs, new SliceReader(), cache, pool);
        vp = ui.call(() -> new ViewportViewModel(Runnable::run, ui));
    }

    @AfterEach
    void stop() {
        ui.close();
        pool.close();
    }

    private void awaitOnScreen(int index) throws Exception {
        ui.await(
                "slice " + index + " on screen",
                () -> vp.sliceProperty().get() != null
                        && vp.sliceProperty().get().ref().equals(refs.get(index)));
    }

    @Test
    void theSliceOnScreenStaysInTheCacheUntilTheViewportLetsGo() throws Exception {
        ui.run(() -> vp.show(loader, "CT", 2));
        awaitOnScreen(2);
        for (int i : new int[] {0, 1, 3, 4, 5}) {
            loader.load(i).get(10, TimeUnit.SECONDS);
            assertThat(cache.contains(refs.get(2))).as("after slice %d", i).isTrue();
        }
        ui.run(() -> vp.show(null, "", 0));
        loader.load(0).get(10, TimeUnit.SECONDS);
        assertThat(cache.contains(refs.get(2))).as("let go").isFalse();
    }

    @Test
    void scrollingMovesThePin() throws Exception {
        ui.run(() -> vp.show(loader, "CT", 0));
        awaitOnScreen(0);
        ui.run(() -> vp.scroll(5));
        awaitOnScreen(5);
        for (int i = 0; i < 5; i++) {
            loader.load(i).get(10, TimeUnit.SECONDS);
            assertThat(cache.contains(refs.get(5))).as("after slice %d", i).isTrue();
        }
        // (that slice 0 is let go is FrameCacheTest's: here the prefetch may bring it back at any time)
    }
}
