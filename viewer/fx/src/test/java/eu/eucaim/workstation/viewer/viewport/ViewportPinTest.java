package eu.eucaim.workstation.viewer.viewport;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.dicom.study.DicomScanner;
import eu.eucaim.workstation.viewer.engine.DecodePool;
import eu.eucaim.workstation.viewer.engine.FrameCache;
import eu.eucaim.workstation.viewer.engine.FrameRef;
import eu.eucaim.workstation.viewer.engine.SeriesLoader;
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

/** A viewport pins the slice it shows, and only that one. */
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

    @Test
    void theSliceOnScreenIsPinnedAndFollowsTheScroll() throws Exception {
        SyntheticStudy.ctSeries(dir, 1, "axial", 6, 8, 8, (x, y, z) -> z);
        List<FrameRef> refs = new DicomScanner()
                .scan(dir).patients().get(0).studies().get(0).series().get(0).instances().stream()
                        .map(i -> new FrameRef(i.source(), 0))
                        .toList();
        FrameCache cache = new FrameCache(1 << 20);
        SeriesLoader loader = new SeriesLoader(refs, new SliceReader(), cache, pool);
        ViewportViewModel vp = onUi(() -> new ViewportViewModel(Runnable::run, ui));
        onUi(() -> {
            vp.show(loader, "CT", "axial", 2);
            return null;
        });
        assertThat(refs).filteredOn(cache::pinned).containsExactly(refs.get(2));
        onUi(() -> {
            vp.scroll(3);
            return null;
        });
        assertThat(refs).filteredOn(cache::pinned).containsExactly(refs.get(5));
        onUi(() -> {
            vp.show(null, "", "", 0);
            return null;
        });
        assertThat(refs).filteredOn(cache::pinned).isEmpty();
    }
}
