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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first image of a series goes first: the viewport prefetches its neighbours only once it is on screen, so on
 * a small machine the prefetch does not take the cores from it (the folder scan's hold: {@code ProgressiveOpenTest}).
 */
class ViewportFirstImageTest {
    @TempDir
    Path dir;

    private final UiThread ui = new UiThread();

    private final DecodePool pool = new DecodePool(2, "test-decode");

    @AfterEach
    void stop() {
        ui.close();
        pool.close();
    }

    private static void await(BooleanSupplier condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }

    @Test
    void neighboursArePrefetchedOnlyOnceTheFirstImageIsRendered() throws Exception {
        SyntheticStudy.ctSeries(dir, 1, "axial", 20, 16, 16, (x, y, z) -> 1000 + z);
        SeriesLoader loader = new SeriesLoader(Loaders.frames(dir), new SliceReader(), new FrameCache(1 << 20), pool);
        BlockingQueue<Runnable> renders = new LinkedBlockingQueue<>(); // renders wait until the test runs them
        ViewportViewModel vp = ui.call(() -> new ViewportViewModel(renders::add, ui));
        ui.call(() -> {
            vp.resize(64, 64);
            vp.show(loader, "CT", 10);
            return null;
        });
        Runnable firstRender = renders.poll(10, TimeUnit.SECONDS);
        assertThat(firstRender).as("slice 10 decoded and its render asked for").isNotNull();
        Thread.sleep(300); // time enough for a prefetch to decode several slices, had one been queued
        for (int i = 0; i < 20; i++) {
            assertThat(loader.cached(i))
                    .as("slice %d before the first image is on screen", i)
                    .matches(s -> s == null || s.ref().equals(loader.ref(10)));
        }
        assertThat(ui.call(() -> vp.firstFrame().isDone())).isFalse();
        firstRender.run();
        await(() -> Loaders.allCached(loader), "the whole series is prefetched after the first image");
        assertThat(ui.call(() -> vp.firstFrame().isDone())).isTrue();
        assertThat(ui.call(() -> vp.frameProperty().get().slice().ref())).isEqualTo(loader.ref(10));
    }

    @Test
    void aFirstSliceThatCannotBeDecodedStillLetsThePrefetchGo() throws Exception {
        List<Path> files = SyntheticStudy.ctSeries(dir, 1, "axial", 12, 16, 16, (x, y, z) -> z);
        List<FrameRef> refs = Loaders.frames(dir);
        Files.write(Path.of(refs.get(0).source().location()), new byte[] {1, 2, 3}); // scanned, then broken
        SeriesLoader loader = new SeriesLoader(refs, new SliceReader(), new FrameCache(1 << 20), pool);
        ViewportViewModel vp = ui.call(() -> new ViewportViewModel(Runnable::run, ui));
        ui.call(() -> {
            vp.resize(64, 64);
            vp.show(loader, "CT", 0);
            return null;
        });
        await(() -> Loaders.allCached(loader), "the rest of the series is prefetched");
        assertThat(ui.call(() -> vp.firstFrame().isDone())).isTrue();
        assertThat(ui.call(() -> vp.frameProperty().get().slice().ok())).isFalse();
        assertThat(loader.cached(1).ok()).isTrue();
        assertThat(files).hasSize(12);
    }
}
