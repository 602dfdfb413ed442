package eu.eucaim.workstation.app.bench;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.image.ImagePixelModule;
import eu.eucaim.workstation.dicom.image.StoredSamples;
import eu.eucaim.workstation.dicom.io.DicomWriter;
import eu.eucaim.workstation.dicom.pixel.PixelFormat;
import eu.eucaim.workstation.viewer.ViewerViewModel;
import eu.eucaim.workstation.viewer.browser.SeriesItem;
import eu.eucaim.workstation.viewer.engine.DecodePool;
import eu.eucaim.workstation.viewer.engine.FrameCache;
import eu.eucaim.workstation.viewer.engine.Interpolation;
import eu.eucaim.workstation.viewer.engine.ProgressiveScan;
import eu.eucaim.workstation.viewer.engine.Renderer;
import eu.eucaim.workstation.viewer.engine.SeriesLoader;
import eu.eucaim.workstation.viewer.engine.SliceReader;
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
            System.out.println(WindowLevelBenchmark.windowLevel(tmp));
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
                    .append(ViewerMemoryBenchmark.collectors())
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
            md.append(ViewerScrollBenchmark.scrolling(nativeDir));
            md.append(WindowLevelBenchmark.windowLevel(tmp));
            md.append(ViewerMemoryBenchmark.memory(nativeDir));
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

    static List<Path> compress(List<Path> files, Path dir) throws Exception {
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
        long r = Timings.median(ready);
        long f = Timings.median(first);
        long d = Timings.median(dcmtk);
        long one = Timings.median(oneProcess);
        long b = Timings.median(read);
        notes.add(String.format(
                Locale.ROOT,
                "%s: every run's open → every slice ready: %s; first image: %s; reading"
                        + " the bytes: %s. The first (cold) open of this volume in the process: ready %s, first image %s; then"
                        + " %d warm-up opens in all, until two in a row left the committed heap as it was (%d MiB).",
                name,
                Timings.list(ready),
                Timings.list(first),
                Timings.list(read),
                Timings.ms(cold[1]),
                Timings.ms(cold[0]),
                warmups,
                Runtime.getRuntime().totalMemory() >> 20));
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.0f | %s | %s | %s (`%s`) | %s | %s | %.2f | %.1f | %.3f |\n",
                name,
                files.size(),
                bytes / 1048576.0,
                Timings.ms(r),
                Timings.ms(f),
                Timings.ms(one),
                peer,
                Timings.ms(d),
                Timings.ms(b),
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
                                    ViewerFrames.render(s, 1024, 1024, Windows.initial(s), Interpolation.BILINEAR);
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

    static void readAll(List<Path> files) throws IOException {
        long sum = 0;
        for (Path f : files) {
            sum += Files.readAllBytes(f).length;
        }
        if (sum == 0) {
            throw new IllegalStateException("no bytes");
        }
    }

    static void runAll(List<String[]> commands, int parallel) throws Exception {
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

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
