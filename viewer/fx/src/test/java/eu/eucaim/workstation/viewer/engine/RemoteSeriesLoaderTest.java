package eu.eucaim.workstation.viewer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.dicom.source.InstanceReader;
import eu.eucaim.workstation.dicom.source.LocalFile;
import eu.eucaim.workstation.dicom.source.RemoteInstance;
import eu.eucaim.workstation.viewer.testing.Loaders;
import eu.eucaim.workstation.viewer.testing.SyntheticStudy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A series of remote instances: fetched through the reader's fetcher, and no longer fetched once left. */
class RemoteSeriesLoaderTest {
    @TempDir
    Path dir;

    private final DecodePool pool = new DecodePool(2, "test-decode");

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void aRemoteSeriesDecodesLikeItsFilesAndStopsFetchingOnceLeft() throws Exception {
        SyntheticStudy.ctSeries(dir, 1, "axial", 60, 16, 16, (x, y, z) -> 7 * z + x);
        List<FrameRef> local = Loaders.frames(dir);
        Map<String, Path> files = new ConcurrentHashMap<>();
        List<FrameRef> remote = new ArrayList<>();
        for (int i = 0; i < local.size(); i++) {
            Path file = ((LocalFile) local.get(i).source()).path();
            String sop = "1.2.3." + i;
            files.put(sop, file);
            remote.add(new FrameRef(
                    new RemoteInstance(URI.create("http://127.0.0.1:1/dicom-web/" + sop), "1", "2", sop), 0));
        }
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger fetched = new AtomicInteger();
        SliceReader reader = new SliceReader(new InstanceReader(r -> {
            fetched.incrementAndGet();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Files.readAllBytes(files.get(r.sopInstanceUid()));
        }));
        SeriesLoader loader = new SeriesLoader(remote, reader, new FrameCache(1 << 24), pool);

        var first = loader.load(30);
        loader.prefetch(30);
        Thread.sleep(200); // the pool's threads are all waiting in a fetch; the rest is queued
        loader.stopPrefetch();
        release.countDown();

        Slice s = first.get(10, TimeUnit.SECONDS);
        assertThat(s.ok()).isTrue();
        assertThat(s.pixels().stored(3, 0)).isEqualTo(7 * 30 + 3);
        Thread.sleep(300);
        assertThat(fetched.get()).as("only what was already running is fetched").isLessThanOrEqualTo(2);
        assertThat(loader.ready(30)).isTrue();
        assertThat(loader.ready(31) && loader.ready(29)).isFalse();

        loader.prefetch(30); // shown again: streams on, outward
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Loaders.allCached(loader) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(Loaders.allCached(loader)).isTrue();
        assertThat(loader.cached(59).pixels().stored(0, 0)).isEqualTo(7 * 59);
    }

    /**
     * Instances a reply is bringing (in its own order, here first to last) are not fetched by the prefetch, which goes
     * middle out: each is decoded once it has arrived. The image on screen is fetched at once all the same.
     */
    @Test
    void aPrefetchDecodesWhatAReplyBringsAsItArrivesInsteadOfFetchingIt() throws Exception {
        SyntheticStudy.ctSeries(dir, 1, "axial", 40, 16, 16, (x, y, z) -> 3 * z + y);
        List<FrameRef> local = Loaders.frames(dir);
        Map<String, Path> files = new ConcurrentHashMap<>();
        Map<String, Path> arrived = new ConcurrentHashMap<>();
        Map<String, Runnable> waiting = new ConcurrentHashMap<>();
        List<String> fetched = java.util.Collections.synchronizedList(new ArrayList<>());
        List<FrameRef> remote = new ArrayList<>();
        for (int i = 0; i < local.size(); i++) {
            String sop = "1.2.3." + i;
            files.put(sop, ((LocalFile) local.get(i).source()).path());
            remote.add(new FrameRef(
                    new RemoteInstance(URI.create("http://127.0.0.1:1/dicom-web/" + sop), "1", "2", sop), 0));
        }
        eu.eucaim.workstation.dicom.source.InstanceFetcher replying =
                new eu.eucaim.workstation.dicom.source.InstanceFetcher() {
                    @Override
                    public byte[] fetch(RemoteInstance r) throws java.io.IOException {
                        fetched.add(r.sopInstanceUid());
                        return Files.readAllBytes(files.get(r.sopInstanceUid()));
                    }

                    @Override
                    public java.util.Optional<Path> kept(RemoteInstance r) {
                        return java.util.Optional.ofNullable(arrived.get(r.sopInstanceUid()));
                    }

                    @Override
                    public synchronized boolean arriving(RemoteInstance r, Runnable then) {
                        if (arrived.containsKey(r.sopInstanceUid())) {
                            return false;
                        }
                        waiting.merge(r.sopInstanceUid(), then, (a, b) -> () -> {
                            a.run();
                            b.run();
                        });
                        return true;
                    }
                };
        SeriesLoader loader =
                new SeriesLoader(remote, new SliceReader(new InstanceReader(replying)), new FrameCache(1 << 24), pool);

        assertThat(loader.load(20).get(10, TimeUnit.SECONDS).ok()).isTrue();
        assertThat(fetched).as("what is on screen is fetched at once").containsExactly("1.2.3.20");
        loader.prefetch(20);
        Thread.sleep(200);
        assertThat(Loaders.allCached(loader)).isFalse();

        for (int i = 0; i < remote.size(); i++) { // the reply, first to last
            String sop = "1.2.3." + i;
            Runnable then;
            synchronized (replying) {
                arrived.put(sop, files.get(sop));
                then = waiting.remove(sop);
            }
            if (then != null) {
                then.run();
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Loaders.allCached(loader) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(Loaders.allCached(loader)).isTrue();
        assertThat(loader.cached(39).pixels().stored(0, 1)).isEqualTo(3 * 39 + 1);
        assertThat(fetched).as("nothing the reply brought was fetched again").containsExactly("1.2.3.20");
    }
}
