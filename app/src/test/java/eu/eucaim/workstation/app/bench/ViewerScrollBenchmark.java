package eu.eucaim.workstation.app.bench;

import eu.eucaim.workstation.viewer.engine.DecodePool;
import eu.eucaim.workstation.viewer.engine.FrameCache;
import eu.eucaim.workstation.viewer.engine.Interpolation;
import eu.eucaim.workstation.viewer.engine.SeriesLoader;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.engine.WindowLevel;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** {@link ViewerBenchmark}'s scrolling figures: frame times, and why the slow ones were slow. */
final class ViewerScrollBenchmark {
    private ViewerScrollBenchmark() {}

    /** Frame times while scrolling: cold (decode on demand + prefetch) and warm (all cached), 1024² viewport. */
    static String scrolling(Path dir) throws Exception {
        List<Long> cold = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        Outliers coldWhy = new Outliers();
        Outliers warmWhy = new Outliers();
        try (DecodePool pool = DecodePool.forMachine()) {
            SeriesLoader loader = ViewerFrames.firstSeries(dir, new FrameCache(1L << 30), pool);
            WindowLevel lung = new WindowLevel(-600, 1500);
            // Cold: scroll at 60 images per second from the first slice, as a user holding the arrow key.
            for (int i = 0; i < loader.size(); i++) {
                Outliers.Sample at = Outliers.sample(loader.cached(i) != null);
                long frameStart = System.nanoTime();
                Slice s = loader.load(i).get(10, TimeUnit.SECONDS);
                loader.prefetch(i);
                ViewerFrames.render(s, 1024, 1024, lung, Interpolation.BILINEAR);
                long took = System.nanoTime() - frameStart;
                cold.add(took);
                coldWhy.add(at, took);
                long rest = TimeUnit.MILLISECONDS.toNanos(16) - took;
                if (rest > 0) {
                    TimeUnit.NANOSECONDS.sleep(rest);
                }
            }
            for (int pass = 0; pass < 3; pass++) {
                for (int i = 0; i < loader.size(); i++) {
                    Outliers.Sample at = Outliers.sample(true);
                    long t0 = System.nanoTime();
                    ViewerFrames.render(loader.load(i).get(), 1024, 1024, lung, Interpolation.BILINEAR);
                    long took = System.nanoTime() - t0;
                    warm.add(took);
                    warmWhy.add(at, took);
                }
            }
        }
        warm.sort(null);
        cold.sort(null);
        StringBuilder md = new StringBuilder(
                        "\nFrame time while scrolling (decode when needed + LUT + bilinear resampling ")
                .append("into a 1024 × 1024 viewport, off the FX thread; the FX thread only copies the finished ")
                .append("buffer into the `PixelBuffer`), native volume:\n\n")
                .append(
                        "| scroll | frames | median | p90 | p99 | max | over 16.7 ms | of those: waited for a decode | ")
                .append("a GC pause in the frame | the frame's own CPU time over 16.7 ms | none of these (the thread ")
                .append(
                        "was not running: other processes on the cores) |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append(frameRow("first pass, 60 images/s, prefetch running", cold, coldWhy));
        md.append(frameRow("3 passes through the cached stack", warm, warmWhy));
        md.append("\nLoad average over the last minute when the scroll ended: ")
                .append(String.format(
                        Locale.ROOT,
                        "%.1f",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append(".\n");
        return md.toString();
    }

    /** Why frames went over 16.7 ms: a decode waited for, a GC pause, the frame's own CPU time, or none of those. */
    private static final class Outliers {
        record Sample(boolean cached, long gcMillis, long cpu) {}

        int waited;
        int gc;
        int cpu;
        int descheduled;

        static Sample sample(boolean cached) {
            return new Sample(
                    cached, gcMillis(), ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
        }

        /** Time in GC pauses (a concurrent collector's "Cycles" run beside the application and are left out). */
        private static long gcMillis() {
            long t = 0;
            for (var b : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (!b.getName().endsWith("Cycles")) {
                    t += Math.max(0, b.getCollectionTime());
                }
            }
            return t;
        }

        void add(Sample at, long took) {
            if (took <= 16_700_000L) {
                return;
            }
            long cpuTime = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - at.cpu();
            if (!at.cached()) {
                waited++;
            } else if (gcMillis() > at.gcMillis()) {
                gc++;
            } else if (cpuTime > 16_700_000L) {
                cpu++;
            } else {
                descheduled++;
            }
        }
    }

    private static String frameRow(String name, List<Long> sorted, Outliers why) {
        long over = sorted.stream().filter(t -> t > 16_700_000L).count();
        return String.format(
                Locale.ROOT,
                "| %s | %d | %s | %s | %s | %s | %d | %d | %d | %d | %d |\n",
                name,
                sorted.size(),
                Timings.ms(BenchmarkReport.percentile(sorted, 50)),
                Timings.ms(BenchmarkReport.percentile(sorted, 90)),
                Timings.ms(BenchmarkReport.percentile(sorted, 99)),
                Timings.ms(sorted.get(sorted.size() - 1)),
                over,
                why.waited,
                why.gc,
                why.cpu,
                why.descheduled);
    }
}
