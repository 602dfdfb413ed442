package eu.eucaim.workstation.viewer.viewport;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.dicom.study.DicomScanner;
import eu.eucaim.workstation.dicom.study.Instance;
import eu.eucaim.workstation.dicom.study.Series;
import eu.eucaim.workstation.viewer.engine.DecodePool;
import eu.eucaim.workstation.viewer.engine.FrameCache;
import eu.eucaim.workstation.viewer.engine.FrameRef;
import eu.eucaim.workstation.viewer.engine.SeriesLoader;
import eu.eucaim.workstation.viewer.engine.SliceReader;
import eu.eucaim.workstation.viewer.testing.Loaders;
import eu.eucaim.workstation.viewer.testing.SyntheticStudy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    /** Stands in for the FX thread: the view-model is only touched from here. */
    private final ExecutorService ui = Executors.newSingleThreadExecutor();

    private final DecodePool pool = new DecodePool(2, "test-decode");

    @AfterEach
    void stop() {
        ui.shutdownNow();
        pool.close();
    }

    private <T> T onUi(Callable<T> c) throws Exception {
        return ui.submit(c).get(10, TimeUnit.SECONDS);
    }

    private static void await(BooleanSupplier condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }

    private List<FrameRef> refs() throws Exception {
        Series s = new DicomScanner()
                .scan(dir)
                .patients()
                .get(0)
                .studies()
                .get(0)
                .series()
                .get(0);
        return s.instances().stream()
                .map(Instance::source)
                .map(src -> new FrameRef(src, 0))
                .toList();
    }

    @Test
    void neighboursArePrefetchedOnlyOnceTheFirstImageIsRendered() throws Exception {
        SyntheticStudy.ctSeries(dir, 1, "axial", 20, 16, 16, (x, y, z) -> 1000 + z);
        SeriesLoader loader = new SeriesLoader(refs(), new SliceReader(), new FrameCache(1 << 20), pool);
        BlockingQueue<Runnable> renders = new LinkedBlockingQueue<>(); // renders wait until the test runs them
        ViewportViewModel vp = onUi(() -> new ViewportViewModel(renders::add, ui));
        onUi(() -> {
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
        assertThat(onUi(() -> vp.firstFrame().isDone())).isFalse();
        firstRender.run();
        await(() -> Loaders.allCached(loader), "the whole series is prefetched after the first image");
        assertThat(onUi(() -> vp.firstFrame().isDone())).isTrue();
        assertThat(onUi(() -> vp.frameProperty().get().slice().ref())).isEqualTo(loader.ref(10));
    }

    @Test
    void aFirstSliceThatCannotBeDecodedStillLetsThePrefetchGo() throws Exception {
        List<Path> files = SyntheticStudy.ctSeries(dir, 1, "axial", 12, 16, 16, (x, y, z) -> z);
        List<FrameRef> refs = refs();
        Files.write(Path.of(refs.get(0).source().location()), new byte[] {1, 2, 3}); // scanned, then broken
        SeriesLoader loader = new SeriesLoader(refs, new SliceReader(), new FrameCache(1 << 20), pool);
        ViewportViewModel vp = onUi(() -> new ViewportViewModel(Runnable::run, ui));
        onUi(() -> {
            vp.resize(64, 64);
            vp.show(loader, "CT", 0);
            return null;
        });
        await(() -> Loaders.allCached(loader), "the rest of the series is prefetched");
        assertThat(onUi(() -> vp.firstFrame().isDone())).isTrue();
        assertThat(onUi(() -> vp.frameProperty().get().slice().ok())).isFalse();
        assertThat(loader.cached(1).ok()).isTrue();
        assertThat(files).hasSize(12);
    }
}
