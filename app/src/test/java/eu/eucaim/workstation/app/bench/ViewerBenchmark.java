package eu.eucaim.workstation.app.bench;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.image.ImagePixelModule;
import eu.eucaim.workstation.dicom.image.StoredSamples;
import eu.eucaim.workstation.dicom.io.DicomWriter;
import eu.eucaim.workstation.dicom.pixel.PixelFormat;
import eu.eucaim.workstation.dicom.study.DicomScanner;
import eu.eucaim.workstation.dicom.study.ScanResult;
import eu.eucaim.workstation.viewer.ViewerViewModel;
import eu.eucaim.workstation.viewer.browser.SeriesItem;
import eu.eucaim.workstation.viewer.engine.DecodePool;
import eu.eucaim.workstation.viewer.engine.FrameCache;
import eu.eucaim.workstation.viewer.engine.GrayLut;
import eu.eucaim.workstation.viewer.engine.Interpolation;
import eu.eucaim.workstation.viewer.engine.ProgressiveScan;
import eu.eucaim.workstation.viewer.engine.Renderer;
import eu.eucaim.workstation.viewer.engine.SeriesLoader;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.engine.SliceReader;
import eu.eucaim.workstation.viewer.engine.ViewTransform;
import eu.eucaim.workstation.viewer.engine.WindowLevel;
import eu.eucaim.workstation.viewer.engine.Windows;
import eu.eucaim.workstation.viewer.testing.SyntheticStudy;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The viewer's performance figures (issue 5) on a synthetic 300-slice 512 × 512 16-bit CT volume (native and
 * JPEG lossless, made with dcmtk's {@code dcmcjpeg}) and a 2048 × 2048 image, through the same engine the Viewer
 * tab uses (scanner, {@link SeriesLoader} on the {@link DecodePool}, {@link FrameCache}, {@link Renderer}), each
 * beside a peer measured in the same run: dcmtk decoding the same files, and reading their bytes.
 * Usage: {@code ViewerBenchmark REPORT.md}.
 */
public final class ViewerBenchmark {
    static final String HEADING = "## Viewer: open, scroll, window/level, memory";
    static final int SLICES = 300;
    static final int SIZE = 512;
    static final int RUNS = 5;
    static final int MIN_WARMUP = 10;
    static final int MAX_WARMUP = 20;

    private ViewerBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        Path tmp = Files.createTempDirectory("viewer-bench");
        if (args.length > 1 && args[1].equals("wl")) { // quick check of the window/level figure only
            System.out.println(windowLevel(tmp));
            deleteRecursively(tmp);
            return;
        }
        try {
            StringBuilder md = new StringBuilder();
            md.append(HEADING).append("\n\n");
            md.append("Measured ")
                    .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE))
                    .append(" with `")
                    .append(BenchmarkReport.COMMAND)
                    .append("` (")
                    .append(ViewerBenchmark.class.getName())
                    .append("; alone: `scripts/viewer/benchmark.sh`).\n\n");
            md.append("- Machine: ").append(Machine.describe()).append('\n');
            md.append("- JVM: the desktop app's options (`bin/desktop-jvm-options`, as `bin/eucaim` runs the app): `")
                    .append(String.join(
                            " ", ManagementFactory.getRuntimeMXBean().getInputArguments()))
                    .append("`; collector: ")
                    .append(collectors())
                    .append(".\n");
            md.append("- Data: ")
                    .append(SLICES)
                    .append(" slices of ")
                    .append(SIZE)
                    .append(" × ")
                    .append(SIZE)
                    .append(
                            " signed 16-bit CT (a synthetic chest phantom with noise, written by viewer/dicom's writer;")
                    .append(" the JPEG lossless copy by `dcmcjpeg +e1`), and one 2048 × 2048 16-bit image. Files are")
                    .append(" read twice before timing (warm file cache). Medians of ")
                    .append(RUNS)
                    .append(" runs after warm-up opens (at least ")
                    .append(MIN_WARMUP)
                    .append(", until two in a row leave")
                    .append(" the committed heap as it was) unless said otherwise; the viewer")
                    .append(" side runs the Viewer tab's engine on a decode pool of ")
                    .append(Runtime.getRuntime().availableProcessors())
                    .append(" threads.\n\n");
            Path nativeDir = tmp.resolve("native");
            List<Path> nativeFiles =
                    SyntheticStudy.ctSeries(nativeDir, 1, "Phantom 300", SLICES, SIZE, SIZE, ViewerBenchmark::phantom);
            Path jpegDir = tmp.resolve("jpegls");
            List<Path> jpegFiles = compress(nativeFiles, jpegDir);
            md.append(
                            "| volume | files | MiB on disk | open → every slice ready | open → first image | dcmtk, the same")
                    .append(
                            " frames as one multi-frame file, one process | dcmtk, the same files (2 processes at a time)")
                    .append(" | reading their bytes | ready / dcmtk one process | ready / read | first / ready |\n")
                    .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            List<String> notes = new ArrayList<>();
            for (Object[] v : new Object[][] {
                {"native (Explicit VR LE)", nativeDir, nativeFiles, "dcmconv"},
                {"JPEG lossless SV1", jpegDir, jpegFiles, "dcmdjpeg"}
            }) {
                md.append(volumeRow((String) v[0], (Path) v[1], cast(v[2]), (String) v[3], tmp, notes));
            }
            md.append('\n');
            notes.forEach(n -> md.append(n).append('\n'));
            md.append(scrolling(nativeDir));
            md.append(windowLevel(tmp));
            md.append(memory(nativeDir));
            BenchmarkReport.writeSection(report, HEADING, md.toString());
            System.out.println(md);
        } finally {
            deleteRecursively(tmp);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Path> cast(Object o) {
        return (List<Path>) o;
    }

    /** A chest-like phantom in stored values (HU + 1024), with deterministic noise so compression is realistic. */
    static int phantom(int x, int y, int z) {
        double bx = (x - 256) / 200.0;
        double by = (y - 270) / 150.0;
        int noise = (int) (((x * 73856093L) ^ (y * 19349663L) ^ (z * 83492791L)) & 15) - 8;
        double hu = -1000;
        if (bx * bx + by * by <= 1) {
            hu = 40;
            for (int cx : new int[] {180, 332}) {
                double lx = (x - cx) / 60.0;
                double ly = (y - 250) / (90.0 - 20.0 * Math.abs(z - SLICES / 2.0) / SLICES);
                if (lx * lx + ly * ly <= 1) {
                    hu = -850;
                }
            }
            double sx = (x - 256) / 22.0;
            double sy = (y - 370) / 22.0;
            if (sx * sx + sy * sy <= 1) {
                hu = 700;
            }
        }
        return (int) hu + 1024 + noise;
    }

    private static List<Path> compress(List<Path> files, Path dir) throws Exception {
        Files.createDirectories(dir);
        List<String[]> commands = new ArrayList<>();
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            Path target = dir.resolve(f.getFileName());
            commands.add(new String[] {"dcmcjpeg", "+e1", f.toString(), target.toString()});
            out.add(target);
        }
        runAll(commands, 2);
        return out;
    }

    /** The volume's frames as one multi-frame file (our writer), JPEG lossless-compressed by dcmcjpeg if asked. */
    private static Path multiFrame(Path tmp, boolean jpeg) throws Exception {
        Path file = tmp.resolve("multi-native.dcm");
        if (!Files.exists(file)) {
            Dataset ds = SyntheticStudy.ctHeader(7, "multi", 0, SIZE, SIZE);
            short[] px = new short[SLICES * SIZE * SIZE];
            for (int z = 0, i = 0; z < SLICES; z++) {
                for (int y = 0; y < SIZE; y++) {
                    for (int x = 0; x < SIZE; x++) {
                        px[i++] = (short) phantom(x, y, z);
                    }
                }
            }
            ImagePixelModule.put(
                    ds,
                    new PixelFormat(SIZE, SIZE, 1, 16, 16, 15, 1, "MONOCHROME2", 0, SLICES),
                    StoredSamples.littleEndian(px));
            DicomWriter.write(file, ds, TransferSyntax.EXPLICIT_VR_LE_UID);
        }
        if (!jpeg) {
            return file;
        }
        Path out = tmp.resolve("multi-jpeg.dcm");
        runAll(List.<String[]>of(new String[] {"dcmcjpeg", "+e1", file.toString(), out.toString()}), 1);
        return out;
    }

    private static String volumeRow(String name, Path dir, List<Path> files, String peer, Path tmp, List<String> notes)
            throws Exception {
        try (DecodePool pool = DecodePool.forMachine()) { // the viewer's pool: it outlives the opens
            return volumeRow(name, dir, files, peer, tmp, notes, pool);
        }
    }

    private static String volumeRow(
            String name, Path dir, List<Path> files, String peer, Path tmp, List<String> notes, DecodePool pool)
            throws Exception {
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        readAll(files);
        readAll(files);
        List<Long> ready = new ArrayList<>();
        List<Long> first = new ArrayList<>();
        List<Long> read = new ArrayList<>();
        List<Long> dcmtk = new ArrayList<>();
        List<Long> oneProcess = new ArrayList<>();
        Path peerOut = Files.createDirectories(tmp.resolve("peer-out"));
        Path multi = multiFrame(tmp, peer.equals("dcmdjpeg"));
        // Warm-up, as a benchmark harness does: the JIT compiles the open path and the heap grows to the size the
        // opens need (on this VM first touching fresh memory costs ~3 ms per MiB). The heap grows in steps with
        // plateaus between them, so at least MIN_WARMUP opens (each open and read allocate ~300 MiB: more than the
        // soft heap limit in all), and then until two in a row leave the committed heap as it was. The first, cold
        // open is noted.
        long[] cold = openAll(dir, pool);
        readAll(files);
        int warmups = 1;
        for (int steady = 0; warmups < MAX_WARMUP && (warmups < MIN_WARMUP || steady < 2); warmups++) {
            long committed = Runtime.getRuntime().totalMemory();
            openAll(dir, pool);
            readAll(files);
            steady = Runtime.getRuntime().totalMemory() > committed ? 0 : steady + 1;
        }
        for (int run = 0; run < RUNS; run++) {
            long[] open = openAll(dir, pool);
            first.add(open[0]);
            ready.add(open[1]);
            long t0 = System.nanoTime();
            readAll(files);
            read.add(System.nanoTime() - t0);
            List<String[]> commands = new ArrayList<>();
            for (Path f : files) {
                // To raw pixels: explicit VR little endian, uncompressed.
                commands.add(
                        peer.equals("dcmconv")
                                ? new String[] {
                                    "dcmconv",
                                    "+te",
                                    f.toString(),
                                    peerOut.resolve(f.getFileName()).toString()
                                }
                                : new String[] {
                                    "dcmdjpeg",
                                    "+te",
                                    f.toString(),
                                    peerOut.resolve(f.getFileName()).toString()
                                });
            }
            long p0 = System.nanoTime();
            runAll(commands, Runtime.getRuntime().availableProcessors());
            dcmtk.add(System.nanoTime() - p0);
            long m0 = System.nanoTime();
            runAll(
                    List.<String[]>of(new String[] {
                        peer,
                        "+te",
                        multi.toString(),
                        tmp.resolve("multi-out.dcm").toString()
                    }),
                    1);
            oneProcess.add(System.nanoTime() - m0);
        }
        long r = median(ready);
        long f = median(first);
        long d = median(dcmtk);
        long one = median(oneProcess);
        long b = median(read);
        notes.add(String.format(
                Locale.ROOT,
                "%s: every run's open → every slice ready: %s; first image: %s; reading"
                        + " the bytes: %s. The first (cold) open of this volume in the process: ready %s, first image %s; then"
                        + " %d warm-up opens in all, until two in a row left the committed heap as it was (%d MiB).",
                name,
                list(ready),
                list(first),
                list(read),
                ms(cold[1]),
                ms(cold[0]),
                warmups,
                Runtime.getRuntime().totalMemory() >> 20));
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.0f | %s | %s | %s (`%s`) | %s | %s | %.2f | %.1f | %.3f |\n",
                name,
                files.size(),
                bytes / 1048576.0,
                ms(r),
                ms(f),
                ms(one),
                peer,
                ms(d),
                ms(b),
                (double) r / one,
                (double) r / b,
                (double) f / r);
    }

    /**
     * Opens a folder as the Viewer tab does and returns {time to the first image rendered, time to every slice
     * decoded and cached}: a progressive folder scan (headers only, parallel, in growing chunks), the first series
     * shown from the first chunk's report (its slice 0 decoded first and rendered into a 1024 × 1024 viewport), the
     * scan held and the prefetch started only once that image is rendered (as {@code ViewerViewModel} and
     * {@code ViewportViewModel} do), each further report re-sorting the stack and prefetching around the shown
     * slice on the decode pool. The pool lives as long as the viewer, as in the app; the cache is new, as after
     * Close all.
     */
    static long[] openAll(Path dir, DecodePool pool) throws Exception {
        long t0 = System.nanoTime();
        FrameCache cache = new FrameCache(1L << 30);
        SliceReader reader = new SliceReader();
        java.util.concurrent.CompletableFuture<Long> firstImage = new java.util.concurrent.CompletableFuture<>();
        SeriesLoader[] current = new SeriesLoader[1];
        eu.eucaim.workstation.viewer.engine.FrameRef[] shown = new eu.eucaim.workstation.viewer.engine.FrameRef[1];
        // As the Viewer tab: every report of the folder scan replaces the stack, the first shows slice 0.
        new ProgressiveScan()
                .scan(
                        List.of(dir),
                        (soFar, complete) -> {
                            var p = soFar.patients().get(0);
                            var st = p.studies().get(0);
                            SeriesItem item = new SeriesItem(p, st, st.series().get(0));
                            SeriesLoader loader = new SeriesLoader(item.frames(), reader, cache, pool);
                            if (current[0] == null) {
                                shown[0] = loader.ref(0);
                                current[0] = loader;
                                loader.load(0).thenAccept(s -> {
                                    render(s, 1024, 1024, Windows.initial(s), Interpolation.BILINEAR);
                                    firstImage.complete(System.nanoTime() - t0);
                                    loader.prefetch(0);
                                });
                                try { // the scan reads on once the first image is on screen
                                    firstImage.get(ViewerViewModel.FIRST_IMAGE_HOLD.toMillis(), TimeUnit.MILLISECONDS);
                                } catch (java.util.concurrent.TimeoutException
                                        | java.util.concurrent.ExecutionException
                                        | InterruptedException e) {
                                    // read on regardless, as the app does
                                }
                            } else {
                                loader.prefetch(Math.max(0, loader.frames().indexOf(shown[0])));
                            }
                            current[0] = loader;
                        },
                        () -> false);
        SeriesLoader loader = current[0];
        // Poll cheaply (a count, 1 ms apart): on 2 cores a busy check would take CPU from the decoders.
        while (cache.size() < loader.size()) {
            Thread.sleep(1);
            if (System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(120)) {
                throw new IllegalStateException("the series did not load within 120 s");
            }
        }
        for (int i = 0; i < loader.size(); i++) {
            if (!loader.cached(i).ok()) {
                throw new IllegalStateException(
                        "slice " + i + " failed: " + loader.cached(i).error());
            }
        }
        return new long[] {firstImage.get(60, TimeUnit.SECONDS), System.nanoTime() - t0};
    }

    private static int[] buffer = new int[0];

    /** Renders as a viewport does, into a reused buffer (the viewport keeps two and uses them in turn). */
    private static int[] render(Slice s, int w, int h, WindowLevel wl, Interpolation interp) {
        if (buffer.length != w * h) {
            buffer = new int[w * h];
        }
        int[] out = buffer;
        ViewTransform t = new ViewTransform(
                s.pixels().width(),
                s.pixels().height(),
                w,
                h,
                ViewTransform.fitZoom(s.pixels().width(), s.pixels().height(), w, h, 0, 1),
                0,
                0,
                0,
                false);
        Renderer.render(s.pixels(), GrayLut.of(s.pixels(), s.display(), wl, false), t, interp, false, out);
        return out;
    }

    /** Frame times while scrolling: cold (decode on demand + prefetch) and warm (all cached), 1024² viewport. */
    private static String scrolling(Path dir) throws Exception {
        List<Long> cold = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        Outliers coldWhy = new Outliers();
        Outliers warmWhy = new Outliers();
        try (DecodePool pool = DecodePool.forMachine()) {
            ScanResult r = new DicomScanner().scan(dir);
            var p = r.patients().get(0);
            var st = p.studies().get(0);
            SeriesItem item = new SeriesItem(p, st, st.series().get(0));
            SeriesLoader loader = new SeriesLoader(item.frames(), new SliceReader(), new FrameCache(1L << 30), pool);
            WindowLevel lung = new WindowLevel(-600, 1500);
            // Cold: scroll at 60 images per second from the first slice, as a user holding the arrow key.
            for (int i = 0; i < loader.size(); i++) {
                Outliers.Sample at = Outliers.sample(loader.cached(i) != null);
                long frameStart = System.nanoTime();
                Slice s = loader.load(i).get(10, TimeUnit.SECONDS);
                loader.prefetch(i);
                render(s, 1024, 1024, lung, Interpolation.BILINEAR);
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
                    render(loader.load(i).get(), 1024, 1024, lung, Interpolation.BILINEAR);
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
                ms(BenchmarkReport.percentile(sorted, 50)),
                ms(BenchmarkReport.percentile(sorted, 90)),
                ms(BenchmarkReport.percentile(sorted, 99)),
                ms(sorted.get(sorted.size() - 1)),
                over,
                why.waited,
                why.gc,
                why.cpu,
                why.descheduled);
    }

    /** One window change on 2048 × 2048 at 1:1 (LUT over the frame's range + resampling) vs one plain LUT pass. */
    private static String windowLevel(Path tmp) throws Exception {
        int n = 2048;
        Path file = tmp.resolve("big.dcm");
        Dataset ds = SyntheticStudy.ctHeader(9, "2048", 0, n, n);
        short[] px = new short[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                px[y * n + x] = (short) phantom(x / 4, y / 4, SLICES / 2);
            }
        }
        ImagePixelModule.put(
                ds, new PixelFormat(n, n, 1, 16, 16, 15, 1, "MONOCHROME2", 0, 1), StoredSamples.littleEndian(px));
        DicomWriter.write(file, ds, TransferSyntax.EXPLICIT_VR_LE_UID);
        Slice s = new SliceReader()
                .read(new eu.eucaim.workstation.viewer.engine.FrameRef(
                        new eu.eucaim.workstation.dicom.source.LocalFile(file), 0));
        short[] src = s.pixels().shorts();
        GrayLut base = GrayLut.of(s.pixels(), s.display(), new WindowLevel(40, 400), false);
        int[] t = base.argb();
        int off = base.offset();
        int[] out = new int[n * n];
        ViewTransform oneToOne = new ViewTransform(n, n, n, n, 1, 0, 0, 0, false);
        List<Long> plain = new ArrayList<>();
        List<Long> update = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
            long t0 = System.nanoTime();
            for (int k = 0; k < src.length; k++) {
                out[k] = t[src[k] - off];
            }
            long t1 = System.nanoTime();
            GrayLut lut = GrayLut.of(s.pixels(), s.display(), new WindowLevel(40 + i, 400 + 2 * i), false);
            Renderer.render(s.pixels(), lut, oneToOne, Interpolation.NEAREST, false, out);
            long t2 = System.nanoTime();
            if (i >= 10) {
                plain.add(t1 - t0);
                update.add(t2 - t1);
            }
        }
        long p = median(plain);
        long u = median(update);
        return String.format(
                Locale.ROOT,
                "\nWindow/level update on the 2048 × 2048 image at 1:1 (median of 31 after 10"
                        + " warm-up): rebuild the LUT over the frame's value range (%d entries) and resample into a 2048 × 2048"
                        + " viewport %s; one plain LUT pass over the same array %s; ratio **%.2f** (target ≤ 2).\n",
                base.argb().length,
                ms(u),
                ms(p),
                (double) u / p);
    }

    /** Heap held by a fully loaded series vs its raw pixel bytes. */
    private static String memory(Path dir) throws Exception {
        long raw = (long) SLICES * SIZE * SIZE * 2;
        long before = usedAfterGc();
        FrameCache cache = new FrameCache(1L << 30);
        SeriesLoader loader;
        try (DecodePool pool = DecodePool.forMachine()) {
            ScanResult r = new DicomScanner().scan(dir);
            var p = r.patients().get(0);
            var st = p.studies().get(0);
            SeriesItem item = new SeriesItem(p, st, st.series().get(0));
            loader = new SeriesLoader(item.frames(), new SliceReader(), cache, pool);
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
        if (loader.size() != SLICES) {
            throw new IllegalStateException("expected " + SLICES + " slices");
        }
        return line;
    }

    private static String collectors() {
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

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void readAll(List<Path> files) throws IOException {
        long sum = 0;
        for (Path f : files) {
            sum += Files.readAllBytes(f).length;
        }
        if (sum == 0) {
            throw new IllegalStateException("no bytes");
        }
    }

    private static void runAll(List<String[]> commands, int parallel) throws Exception {
        ExecutorService ex = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (String[] c : commands) {
                fs.add(ex.submit(() -> {
                    Process pr = new ProcessBuilder(c).redirectErrorStream(true).start();
                    String output = new String(pr.getInputStream().readAllBytes());
                    if (pr.waitFor() != 0) {
                        throw new IllegalStateException(String.join(" ", c) + " failed: " + output);
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            ex.shutdownNow();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return BenchmarkReport.percentile(sorted, 50);
    }

    private static String ms(long nanos) {
        return nanos >= 1_000_000_000L
                ? String.format(Locale.ROOT, "%.2f s", nanos / 1e9)
                : String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static String list(List<Long> values) {
        return String.join(", ", values.stream().map(ViewerBenchmark::ms).toList());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
