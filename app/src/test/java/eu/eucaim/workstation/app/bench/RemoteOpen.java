package eu.eucaim.workstation.app.bench;

import eu.eucaim.workstation.api.dicomweb.DicomAttributes;
import eu.eucaim.workstation.api.dicomweb.DicomWebService;
import eu.eucaim.workstation.api.dicomweb.Frame;
import eu.eucaim.workstation.api.dicomweb.ImageSource;
import eu.eucaim.workstation.api.dicomweb.QidoQuery;
import eu.eucaim.workstation.app.viewer.remote.InstanceKeeper;
import eu.eucaim.workstation.app.viewer.remote.RemoteImages;
import eu.eucaim.workstation.app.viewer.remote.RemoteStack;
import eu.eucaim.workstation.dicom.source.InstanceReader;
import eu.eucaim.workstation.dicom.source.RemoteInstance;
import eu.eucaim.workstation.dicom.study.ScanResult;
import eu.eucaim.workstation.viewer.browser.SeriesItem;
import eu.eucaim.workstation.viewer.engine.DecodePool;
import eu.eucaim.workstation.viewer.engine.FrameCache;
import eu.eucaim.workstation.viewer.engine.Interpolation;
import eu.eucaim.workstation.viewer.engine.SeriesLoader;
import eu.eucaim.workstation.viewer.engine.SliceReader;
import eu.eucaim.workstation.viewer.engine.Windows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * What the remote-viewing figures of issue 16 measure, for one DICOMweb source: opening a series as the Viewer's
 * Remote panel does (series metadata → stack → the middle image fetched, decoded and rendered), every slice ready,
 * and WADO-RS frame throughput with the same client.
 */
final class RemoteOpen {
    private RemoteOpen() {}

    /** From the open, in nanoseconds: the first image on screen, every slice ready, every instance kept in the library. */
    record Times(long first, long ready, long stored) {}

    static String seriesOf(DicomWebService s, String study) throws Exception {
        List<DicomAttributes> series = s.series(study, QidoQuery.all()).get(60, TimeUnit.SECONDS);
        return series.get(0).string("0020000E").orElseThrow();
    }

    static Times open(
            ImageSource source,
            DicomWebService service,
            String study,
            String series,
            InstanceKeeper keeper,
            Path temp,
            DecodePool pool,
            long selectedMs)
            throws Exception {
        service = Latency.of(service, Long.getLong("bench.latencyMs", 0));
        CompletableFuture<List<DicomAttributes>> prepared = null;
        RemoteImages images = null;
        if (selectedMs > 0) { // as the app: the series selected, its metadata and first image asked for, then opened
            images = images(source, service, temp, keeper, pool);
            RemoteImages selecting = images;
            prepared = service.seriesMetadata(study, series);
            prepared.thenAcceptAsync(list -> selecting.recallAndFetchFirst(source, study, series, list));
            Thread.sleep(selectedMs);
        }
        long t0 = System.nanoTime();
        if (images == null) {
            images = images(source, service, temp, keeper, pool);
        }
        List<DicomAttributes> metadata =
                (prepared != null ? prepared : service.seriesMetadata(study, series)).get(60, TimeUnit.SECONDS);
        images.recall(study, series); // as the app: one look-up of what the library has, then the stack
        if (!Boolean.getBoolean("bench.noFetchAhead")) { // as the app (the switch: for an A/B of it)
            RemoteStack.middle(source, study, series, metadata).ifPresent(images::fetchAhead);
        }
        ScanResult tree = RemoteStack.tree(source, study, series, metadata);
        List<RemoteInstance> order = RemoteStack.middleOut(tree);
        images.stream(order); // as the app
        var p = tree.patients().get(0);
        var st = p.studies().get(0);
        SeriesItem item = new SeriesItem(p, st, st.series().get(0));
        FrameCache cache = new FrameCache(1L << 30);
        SeriesLoader loader = new SeriesLoader(item.frames(), new SliceReader(new InstanceReader(images)), cache, pool);
        int middle = loader.size() / 2;
        CompletableFuture<Long> first = loader.load(middle).thenApply(s -> {
            if (!s.ok()) {
                throw new IllegalStateException(s.error());
            }
            ViewerFrames.render(s, 1024, 1024, Windows.initial(s), Interpolation.BILINEAR);
            return System.nanoTime() - t0;
        });
        long firstImage = first.get(120, TimeUnit.SECONDS);
        loader.prefetch(middle);
        while (cache.size() < loader.size()) {
            Thread.sleep(1);
            if (System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(300)) {
                throw new IllegalStateException("the remote series did not load within 300 s");
            }
        }
        for (int i = 0; i < loader.size(); i++) {
            if (!loader.cached(i).ok()) {
                throw new IllegalStateException(
                        "slice " + i + " failed: " + loader.cached(i).error());
            }
        }
        long ready = System.nanoTime() - t0;
        // Not timed: the write-through may still be storing the last instances. The library is closed after this, and
        // the next open from it is to find the series whole, so wait for it (Keep offline's wait: an instance on its
        // way is waited for, not fetched again).
        for (RemoteInstance i : order) {
            images.keep(i);
            if (images.kept(i).isEmpty()) {
                throw new IllegalStateException("the library did not keep " + i.sopInstanceUid());
            }
        }
        return new Times(firstImage, ready, System.nanoTime() - t0);
    }

    /** The fetcher of one open, as the Viewer makes it. */
    private static RemoteImages images(
            ImageSource source, DicomWebService service, Path temp, InstanceKeeper keeper, DecodePool pool) {
        RemoteImages images = new RemoteImages(temp, keeper);
        images.keepWhenQuiet(
                () -> pool.quietFor(eu.eucaim.workstation.app.viewer.ViewerTab.DECODERS_QUIET_MS)); // as the app
        images.register(source, service);
        return images;
    }

    /**
     * {@code n} requests of the series' metadata and of its middle instance (into memory), one after another: the
     * client's and the server's request paths compiled before anything is timed, with nothing written to disk.
     */
    static void warmRequests(DicomWebService s, String study, String series, int n) throws Exception {
        List<DicomAttributes> metadata = s.seriesMetadata(study, series).get(60, TimeUnit.SECONDS);
        String middle = metadata.get(metadata.size() / 2).string("00080018").orElseThrow();
        for (int i = 0; i < n; i++) {
            s.seriesMetadata(study, series).get(60, TimeUnit.SECONDS);
            s.instanceBytes(study, series, middle).get(60, TimeUnit.SECONDS);
        }
    }

    /** Frame requests a server dropped and that were asked again (reported beside the figures). */
    static final java.util.concurrent.atomic.AtomicInteger DROPPED = new java.util.concurrent.atomic.AtomicInteger();

    /** Frames per second: every instance's frame 1, {@code parallel} requests at a time, in {@code syntax}. */
    static double frameThroughput(DicomWebService s, String study, String series, String syntax, int parallel)
            throws Exception {
        List<DicomAttributes> instances =
                s.instances(study, series, QidoQuery.all()).get(60, TimeUnit.SECONDS);
        List<String> sops =
                instances.stream().map(a -> a.string("00080018").orElseThrow()).toList();
        long t0 = System.nanoTime();
        long bytes = 0;
        for (int from = 0; from < sops.size(); from += parallel) {
            List<CompletableFuture<List<Frame>>> batch = new ArrayList<>();
            for (int i = from; i < Math.min(sops.size(), from + parallel); i++) {
                batch.add(s.frames(study, series, sops.get(i), List.of(1), syntax));
            }
            for (int k = 0; k < batch.size(); k++) {
                try {
                    bytes += batch.get(k).get(60, TimeUnit.SECONDS).get(0).data().length;
                } catch (java.util.concurrent.ExecutionException dropped) {
                    // A server that drops a connection under load (seen with Orthanc): asked again, and counted.
                    DROPPED.incrementAndGet();
                    bytes += s.frames(study, series, sops.get(from + k), List.of(1), syntax)
                            .get(60, TimeUnit.SECONDS)
                            .get(0)
                            .data()
                            .length;
                }
            }
        }
        if (bytes == 0) {
            throw new IllegalStateException("no frame bytes");
        }
        return sops.size() / ((System.nanoTime() - t0) / 1e9);
    }

    static List<Integer> indexes(int n) {
        return IntStream.range(0, n).boxed().toList();
    }
}
