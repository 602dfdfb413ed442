package eu.eucaim.workstation.viewer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.viewer.testing.Loaders;
import eu.eucaim.workstation.viewer.testing.SyntheticStudy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesLoaderTest {
    @TempDir
    Path dir;

    private final DecodePool pool = new DecodePool(2, "test-decode");

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void decodesLazilyInSliceOrderWithGeometryAndHeader() throws Exception {
        SyntheticStudy.ctSeries(dir, 1, "axial", 5, 8, 6, (x, y, z) -> 1024 + 100 * z + x);
        SeriesLoader loader = new SeriesLoader(Loaders.frames(dir), new SliceReader(), new FrameCache(1 << 20), pool);
        assertThat(loader.cached(2)).isNull();
        Slice s = loader.load(2).get(5, TimeUnit.SECONDS);
        assertThat(s.ok()).isTrue();
        assertThat(s.pixels().shorts()).hasSize(48);
        assertThat(s.pixels().stored(3, 0)).isEqualTo(1024 + 200 + 3);
        assertThat(s.pixels().min()).isEqualTo(1224);
        assertThat(s.geometry().slicePosition()).isEqualTo(2.0);
        assertThat(s.header().getString(0x00100010)).isEqualTo("Synthetic^Phantom");
        assertThat(loader.cached(2)).isSameAs(s);
    }

    @Test
    void prefetchFillsTheSeriesWhenItFits() throws Exception {
        SyntheticStudy.ctSeries(dir, 1, "axial", 20, 16, 16, (x, y, z) -> z);
        SeriesLoader loader = new SeriesLoader(Loaders.frames(dir), new SliceReader(), new FrameCache(1 << 20), pool);
        loader.load(10).get(5, TimeUnit.SECONDS);
        loader.prefetch(10);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Loaders.allCached(loader) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(Loaders.allCached(loader)).isTrue();
        for (int i = 0; i < 20; i++) {
            assertThat(loader.cached(i).pixels().stored(0, 0)).isEqualTo(i);
        }
    }

    /**
     * A folder opens progressively: each scan report makes a new loader over the same cache. When an earlier
     * loader has already decoded the neighbours of the shown slice (but not the slice itself), the new one must
     * still learn the slice size and prefetch the whole series, not only its first guess of 8 on each side.
     */
    @Test
    void aLaterLoaderOverTheSameCachePrefetchesTheWholeSeriesWhenAnEarlierOneDecodedTheNeighbours() throws Exception {
        SyntheticStudy.ctSeries(dir, 1, "axial", 40, 16, 16, (x, y, z) -> z);
        List<FrameRef> all = Loaders.frames(dir);
        FrameCache cache = new FrameCache(1 << 20);
        SliceReader reader = new SliceReader();
        for (int i = 1; i <= 8; i++) {
            cache.put(reader.read(all.get(i)));
        }
        SeriesLoader loader = new SeriesLoader(all, reader, cache, pool);
        loader.prefetch(0);
        cache.put(reader.read(all.get(0))); // the shown slice, finished by the earlier loader
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Loaders.allCached(loader) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(Loaders.allCached(loader)).isTrue();
        assertThat(loader.prefetchRadius()).isEqualTo(40);
    }

    @Test
    void cacheStaysWithinItsBudgetAndEvictsTheLeastRecentlyUsed() throws Exception {
        SyntheticStudy.ctSeries(dir, 1, "axial", 10, 32, 32, (x, y, z) -> z);
        long perSlice = 32 * 32 * 2;
        FrameCache cache = new FrameCache(4 * perSlice);
        SeriesLoader loader = new SeriesLoader(Loaders.frames(dir), new SliceReader(), cache, pool);
        for (int i = 0; i < 10; i++) {
            loader.load(i).get(5, TimeUnit.SECONDS);
            assertThat(cache.held()).isLessThanOrEqualTo(cache.budget());
        }
        assertThat(cache.size()).isEqualTo(4);
        assertThat(loader.cached(9)).isNotNull();
        assertThat(loader.cached(0)).isNull();
        assertThat(loader.prefetchRadius()).isEqualTo(2);
    }

    @Test
    void everyFrameOfAMultiFrameImageIsOneSlice() throws Exception {
        eu.eucaim.workstation.dicom.Dataset ds = SyntheticStudy.ctHeader(1, "cine", 0, 4, 4);
        short[] px = new short[3 * 16];
        for (int i = 0; i < px.length; i++) {
            px[i] = (short) (i / 16 * 7);
        }
        eu.eucaim.workstation.dicom.image.ImagePixelModule.put(
                ds,
                new eu.eucaim.workstation.dicom.pixel.PixelFormat(4, 4, 1, 16, 16, 15, 1, "MONOCHROME2", 0, 3),
                eu.eucaim.workstation.dicom.image.StoredSamples.littleEndian(px));
        eu.eucaim.workstation.dicom.io.DicomWriter.write(
                dir.resolve("multi.dcm"), ds, eu.eucaim.workstation.dicom.TransferSyntax.EXPLICIT_VR_LE_UID);
        List<FrameRef> refs = Loaders.frames(dir);
        assertThat(refs).hasSize(3);
        SeriesLoader loader = new SeriesLoader(refs, new SliceReader(), new FrameCache(1 << 20), pool);
        for (int f = 0; f < 3; f++) {
            assertThat(loader.load(f).get(5, TimeUnit.SECONDS).pixels().stored(1, 1))
                    .isEqualTo(7 * f);
        }
    }

    @Test
    void anUndecodableSliceSaysWhichFileAndWhyAndItsNeighboursStillLoad() throws Exception {
        List<Path> files = SyntheticStudy.ctSeries(dir, 1, "axial", 3, 16, 16, (x, y, z) -> z);
        List<FrameRef> refs = Loaders.frames(dir);
        Path broken = Path.of(refs.get(1).source().location());
        SyntheticStudy.truncatedPixels(broken);
        SeriesLoader loader = new SeriesLoader(refs, new SliceReader(), new FrameCache(1 << 20), pool);
        Slice bad = loader.load(1).get(5, TimeUnit.SECONDS);
        assertThat(bad.ok()).isFalse();
        assertThat(bad.error()).contains(broken.getFileName().toString());
        assertThat(loader.load(0).get(5, TimeUnit.SECONDS).ok()).isTrue();
        assertThat(loader.load(2).get(5, TimeUnit.SECONDS).ok()).isTrue();
        assertThat(files).hasSize(3);
    }
}
