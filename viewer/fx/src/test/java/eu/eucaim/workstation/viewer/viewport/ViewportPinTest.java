package eu.eucaim.workstation.viewer.viewport;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.dicom.study.DicomScanner;
import eu.eucaim.workstation.viewer.engine.DecodePool;
import eu.eucaim.workstation.viewer.engine.FrameCache;
import eu.eucaim.workstation.viewer.engine.FrameRef;
import eu.eucaim.workstation.viewer.engine.SeriesLoader;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.engine.SliceReader;
import eu.eucaim.workstation.viewer.testing.SyntheticStudy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A viewport pins the slice it shows: in a cache with room for nothing, the image on screen stays while every
 * other slice comes and goes, and once the viewport lets go it goes too.
 */
class ViewportPinTest {
    @TempDir
    Path dir;

    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final DecodePool pool = new DecodePool(1, "test-decode");

    @AfterEach
    void stop() {
        ui.shutdownNow();
        pool.close();
    }

    private <T> T onUi(Callable<T> c) throws Exception {
        return ui.submit(c).get(10, TimeUnit.SECONDS);
    }

    private Slice shown(ViewportViewModel vp) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Slice s;
        while ((s = onUi(() -> vp.sliceProperty().get())) == null && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return s;
    }

    @Test
    void theSliceOnScreenStaysInTheCacheUntilTheViewportLetsGo() throws Exception {
        SyntheticStudy.ctSeries(dir, 1, "axial", 6, 8, 8, (x, y, z) -> z);
        List<FrameRef> refs = new DicomScanner()
                .scan(dir).patients().get(0).studies().get(0).series().get(0).instances().stream()
                        .map(i -> new FrameRef(i.source(), 0))
                        .toList();
        FrameCache cache = new FrameCache(1); // room for nothing but what is pinned and the slice just added
        SeriesLoader loader = new SeriesLoader(refs, new SliceReader(), cache, pool);
        ViewportViewModel vp = onUi(() -> new ViewportViewModel(Runnable::run, ui));
        onUi(() -> {
            vp.show(loader, "CT", 2);
            return null;
        });
        assertThat(shown(vp).ref()).isEqualTo(refs.get(2));
        for (int i : new int[] {0, 1, 3, 4, 5}) {
            loader.load(i).get(10, TimeUnit.SECONDS);
            assertThat(cache.contains(refs.get(2))).as("after slice %d", i).isTrue();
        }
        onUi(() -> {
            vp.show(null, "", 0);
            return null;
        });
        loader.load(0).get(10, TimeUnit.SECONDS);
        assertThat(cache.contains(refs.get(2))).as("let go").isFalse();
    }

    @Test
    void scrollingMovesThePin() throws Exception {
        SyntheticStudy.ctSeries(dir, 1, "axial", 6, 8, 8, (x, y, z) -> z);
        List<FrameRef> refs = new DicomScanner()
                .scan(dir).patients().get(0).studies().get(0).series().get(0).instances().stream()
                        .map(i -> new FrameRef(i.source(), 0))
                        .toList();
        FrameCache cache = new FrameCache(1);
        SeriesLoader loader = new SeriesLoader(refs, new SliceReader(), cache, pool);
        ViewportViewModel vp = onUi(() -> new ViewportViewModel(Runnable::run, ui));
        onUi(() -> {
            vp.show(loader, "CT", 0);
            return null;
        });
        shown(vp);
        onUi(() -> {
            vp.scroll(5);
            return null;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!onUi(() -> refs.get(5).equals(vp.sliceProperty().get().ref())) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        for (int i = 0; i < 5; i++) {
            loader.load(i).get(10, TimeUnit.SECONDS);
            assertThat(cache.contains(refs.get(5))).as("after slice %d", i).isTrue();
        }
        // (that slice 0 is let go is FrameCacheTest's: here the prefetch may bring it back at any time)
    }
}
