package eu.eucaim.workstation.app.bench;

import eu.eucaim.workstation.viewer.engine.DecodePool;
import eu.eucaim.workstation.viewer.engine.FrameCache;
import eu.eucaim.workstation.viewer.engine.SeriesLoader;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/** {@link ViewerBenchmark}'s memory figure: the heap a fully loaded series holds against its raw pixel bytes. */
final class ViewerMemoryBenchmark {
    private ViewerMemoryBenchmark() {}

    /** Heap held by a fully loaded series vs its raw pixel bytes. */
    static String memory(Path dir) throws Exception {
        long raw = (long) ViewerBenchmark.SLICES * ViewerBenchmark.SIZE * ViewerBenchmark.SIZE * 2;
        long before = usedAfterGc();
        FrameCache cache = new FrameCache(1L << 30);
        SeriesLoader loader;
        try (DecodePool pool = DecodePool.forMachine()) {
            loader = ViewerFrames.firstSeries(dir, cache, pool);
            loader.load(0).get();
            loader.prefetch(0);
            while (cache.size() < loader.size()) {
                Thread.sleep(5);
            }
        }
        long after = usedAfterGc();
        long held = after - before;
        long region = regionSize();
        String line = String.format(
                Locale.ROOT,
                "\nMemory held for the loaded 300-slice series: heap in use after GC"
                        + " grew by %.1f MiB for %.1f MiB of raw pixel bytes, ratio **%.2f** (target ≤ 1.3); the cache"
                        + " accounts %.1f MiB (samples kept as short[], headers without pixel data), in a bounded LRU"
                        + " of %.0f MiB here (the app's default: a quarter of the heap, at most 2 GiB). Max heap %.0f MiB"
                        + " (the JVM's default), collector %s.%s\n",
                held / 1048576.0,
                raw / 1048576.0,
                (double) held / raw,
                cache.held() / 1048576.0,
                cache.budget() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0,
                collectors(),
                !collectors().startsWith("G1")
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                " G1 region %d MiB. With a max"
                                        + " heap under 4 GiB, G1 picks 1 MiB regions; a 512 × 512 16-bit slice (512 KiB + 16 bytes) is"
                                        + " then a humongous object and takes a whole region, i.e. twice its size (a -Xmx2g run"
                                        + " measured 2.01); `EUCAIM_JAVA_OPTS=-XX:G1HeapRegionSize=4m` avoids that.",
                                region >> 20));
        if (loader.size() != ViewerBenchmark.SLICES) {
            throw new IllegalStateException("expected " + ViewerBenchmark.SLICES + " slices");
        }
        return line;
    }

    static String collectors() {
        return String.join(
                " + ",
                ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(b -> b.getName())
                        .toList());
    }

    private static long regionSize() {
        try {
            var bean = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return Long.parseLong(bean.getVMOption("G1HeapRegionSize").getValue());
        } catch (RuntimeException e) {
            return 0;
        }
    }

    static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
