package eu.eucaim.workstation.app.bench;

import eu.eucaim.workstation.api.dicomweb.DicomAttributes;
import eu.eucaim.workstation.api.dicomweb.DicomWebService;
import eu.eucaim.workstation.api.dicomweb.ImageSource;
import eu.eucaim.workstation.app.viewer.remote.LibraryKeeper;
import eu.eucaim.workstation.app.viewer.remote.RemoteImages;
import eu.eucaim.workstation.app.viewer.remote.RemoteStack;
import eu.eucaim.workstation.client.library.LocalImageLibrary;
import eu.eucaim.workstation.dicom.source.InstanceReader;
import eu.eucaim.workstation.dicom.study.ScanResult;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.viewer.browser.SeriesItem;
import eu.eucaim.workstation.viewer.engine.DecodePool;
import eu.eucaim.workstation.viewer.engine.FrameCache;
import eu.eucaim.workstation.viewer.engine.SeriesLoader;
import eu.eucaim.workstation.viewer.engine.SliceReader;
import eu.eucaim.workstation.viewer.testing.SyntheticStudy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** The heap while a 1,000-image remote series streams through the Viewer's cache: bounded by the cache. */
final class RemoteMemory {
    static final int IMAGES = 1000;
    static final int SIZE = 256;
    static final long CACHE = 32L << 20;
    /** What of the series reply may wait in memory to be kept (the app: a sixteenth of the heap, at most 256 MiB). */
    static final long ARRIVALS = 32L << 20;

    private RemoteMemory() {}

    static String streaming(EucaimNode node, DicomWebService service, ImageSource source, Path tmp, DecodePool pool)
            throws Exception {
        List<Path> files = SyntheticStudy.ctSeries(
                tmp.resolve("thousand"),
                9,
                "1,000 images",
                IMAGES,
                SIZE,
                SIZE,
                (x, y, z) -> (x * 7 + y * 3 + z) & 1023);
        for (int i = 0; i < files.size(); i += 100) {
            service.store(files.subList(i, Math.min(files.size(), i + 100)), (a, b) -> {})
                    .get(5, TimeUnit.MINUTES);
        }
        long raw = (long) IMAGES * SIZE * SIZE * 2;
        String study = SyntheticStudy.STUDY_UID;
        String series = "2.25.39";
        long before = ViewerMemoryBenchmark.usedAfterGc();
        long peak = 0;
        try (LocalImageLibrary library = LocalImageLibrary.open(Files.createDirectories(tmp.resolve("lib-1000")))) {
            // As the app opens it: the series streamed whole into the library, what arrives held in memory up to
            // ARRIVALS until it is kept.
            RemoteImages images = new RemoteImages(tmp.resolve("fetch-1000"), new LibraryKeeper(library), ARRIVALS);
            images.keepWhenQuiet(() -> pool.quietFor(eu.eucaim.workstation.app.viewer.ViewerTab.DECODERS_QUIET_MS));
            images.register(source, service);
            List<DicomAttributes> metadata =
                    service.seriesMetadata(study, series).get(60, TimeUnit.SECONDS);
            ScanResult tree = RemoteStack.tree(source, study, series, metadata);
            var p = tree.patients().get(0);
            var st = p.studies().get(0);
            SeriesItem item = st.series().stream()
                    .filter(s -> s.seriesInstanceUid().equals(series))
                    .map(s -> new SeriesItem(p, st, s))
                    .findFirst()
                    .orElseThrow();
            images.stream(item.frames().stream()
                    .map(f -> (eu.eucaim.workstation.dicom.source.RemoteInstance) f.source())
                    .toList()); // in display order from the first image, where the scroll starts
            FrameCache cache = new FrameCache(CACHE);
            SeriesLoader loader =
                    new SeriesLoader(item.frames(), new SliceReader(new InstanceReader(images)), cache, pool);
            // Scroll through the whole series, as a reader paging through it, the prefetch running ahead.
            for (int i = 0; i < loader.size(); i++) {
                loader.load(i).get(60, TimeUnit.SECONDS);
                loader.prefetch(i);
                if (i % 250 == 249) {
                    peak = Math.max(peak, ViewerMemoryBenchmark.usedAfterGc() - before);
                }
            }
            loader.stopPrefetch();
            peak = Math.max(peak, ViewerMemoryBenchmark.usedAfterGc() - before);
        }
        return String.format(
                Locale.ROOT,
                "Memory while a %,d-image series (%d × %d, 16-bit: %.0f MiB of pixels) streams from the node through a"
                        + " %d MiB frame cache, the series reply held in memory up to %d MiB until kept, scrolled from"
                        + " the first image to the last with the prefetch running: heap in use after GC grew by at most"
                        + " %.1f MiB (measured every 250 images) — **%.2f× the cache and that memory**, %.2f× the"
                        + " series: bounded by them, not by the series.%n",
                IMAGES,
                SIZE,
                SIZE,
                raw / 1048576.0,
                CACHE >> 20,
                ARRIVALS >> 20,
                peak / 1048576.0,
                peak / (double) (CACHE + ARRIVALS),
                peak / (double) raw);
    }
}
