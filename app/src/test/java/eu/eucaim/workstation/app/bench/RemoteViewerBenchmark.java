package eu.eucaim.workstation.app.bench;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.dicomweb.DicomWebService;
import eu.eucaim.workstation.api.dicomweb.ImageSource;
import eu.eucaim.workstation.app.viewer.remote.LibraryKeeper;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.auth.RealSignIn;
import eu.eucaim.workstation.client.dicomweb.HttpDicomWebClient;
import eu.eucaim.workstation.client.dicomweb.OrthancServer;
import eu.eucaim.workstation.client.library.LocalImageLibrary;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import eu.eucaim.workstation.viewer.engine.DecodePool;
import eu.eucaim.workstation.viewer.testing.SyntheticStudy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Issue 16's remote-viewing figures on loopback, each beside its peer in the same run: the 300-slice demo-size CT
 * (native and JPEG lossless) opened from the embedded node's DICOMweb and from Debian's Orthanc as the Viewer's
 * Remote panel opens it (metadata, stack, middle image first, the rest streamed and written through to a fresh
 * offline library), against the same open of the same files from the local library and {@code curl} fetching the
 * same bytes; WADO-RS frame throughput of the node against Orthanc's with the same client; and the heap while a
 * 1,000-image series streams through a small cache. Usage: {@code RemoteViewerBenchmark REPORT.md}.
 */
public final class RemoteViewerBenchmark {
    static final String HEADING = "## Remote images: DICOMweb open, stream and throughput (issue 16)";
    static final int RUNS = 5;
    static final int WARMUP = 2;
    /** Requests of the series' metadata and of its middle instance before the warm-up opens. */
    static final int REQUEST_WARMUP = 20;

    static final int FRAME_PASSES = 3;
    /** Between selecting a series and opening it: the two clicks of a double-click. */
    static final long DOUBLE_CLICK_MS = 150;

    private RemoteViewerBenchmark() {}

    record Source(String name, ImageSource image, DicomWebService service, AccessTokenSource curlAuth) {}

    /** The user's tokens, signed in again every minute: the node's access tokens last minutes, the run longer. */
    static AccessTokenSource renewing(URI node, String user) {
        return new AccessTokenSource() {
            private String token;
            private long at;

            @Override
            public synchronized String accessToken() {
                if (token == null || System.nanoTime() - at > TimeUnit.MINUTES.toNanos(1)) {
                    try {
                        token = RealSignIn.as(node, user).accessToken();
                    } catch (Exception e) {
                        throw new IllegalStateException("cannot sign " + user + " in: " + e.getMessage(), e);
                    }
                    at = System.nanoTime();
                }
                return token;
            }
        };
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        Path tmp = Files.createTempDirectory("remote-bench");
        StringBuilder md = new StringBuilder();
        try (OrthancServer orthanc = OrthancServer.start(Files.createDirectories(tmp.resolve("orthanc")));
                EucaimNode node = EucaimNode.start(
                        NodeConfig.defaults(tmp.resolve("node"), 3).withDemoImageDatasets(0));
                DecodePool pool = DecodePool.forMachine()) {
            node.demoImagesPublished().get(2, TimeUnit.MINUTES);
            AccessTokenSource admin = renewing(node.baseUri(), "admin");
            URI nodeWeb = URI.create(node.baseUri() + "/dicom-web");
            Source ofNode = new Source(
                    "node",
                    new ImageSource("node", nodeWeb, ImageSource.Auth.SIGN_IN, ""),
                    new HttpDicomWebClient(ClientConfig.of(nodeWeb), admin),
                    admin);
            Source ofOrthanc = new Source(
                    "Orthanc",
                    new ImageSource("Orthanc", orthanc.dicomWeb(), ImageSource.Auth.NONE, ""),
                    new HttpDicomWebClient(ClientConfig.of(orthanc.dicomWeb()), null),
                    null);
            head(md);
            md.append("| volume | from | open → first image | open → every slice ready | the same open, the series")
                    .append(" already in the offline library: first / ready | the Viewer's open of the files:")
                    .append(" first / ready | curl, the series' bytes | first / first from the library | first /")
                    .append(" files' first | ready / (files' ready + curl) |\n|---|---|---:|---:|---:|---:|---:|---:|")
                    .append("---:|---:|\n");
            List<String> notes = new ArrayList<>();
            List<String> throughput = new ArrayList<>();
            List<String> frameNotes = new ArrayList<>();
            List<String> selected = new ArrayList<>();
            List<String> selectedNotes = new ArrayList<>();
            List<Path> nativeFiles = SyntheticStudy.ctSeries(
                    tmp.resolve("native"),
                    1,
                    "Phantom 300",
                    ViewerBenchmark.SLICES,
                    512,
                    512,
                    ViewerBenchmark::phantom);
            // Its own series (other UIDs, the same study): a server keeps one copy of an instance.
            List<Path> jpegFiles = ViewerBenchmark.compress(
                    SyntheticStudy.ctSeries(
                            tmp.resolve("native-2"),
                            2,
                            "Phantom 300 JPEG",
                            ViewerBenchmark.SLICES,
                            512,
                            512,
                            ViewerBenchmark::phantom),
                    tmp.resolve("jpegls"));
            for (Object[] v : new Object[][] {
                {"native (Explicit VR LE)", tmp.resolve("native"), nativeFiles, "2.25.31"},
                {"JPEG lossless SV1", tmp.resolve("jpegls"), jpegFiles, "2.25.32"}
            }) {
                String volume = (String) v[0];
                Path dir = (Path) v[1];
                @SuppressWarnings("unchecked")
                List<Path> files = (List<Path>) v[2];
                String series = (String) v[3];
                String study = SyntheticStudy.STUDY_UID;
                for (Path f : files) {
                    orthanc.store(f);
                }
                for (int i = 0; i < files.size(); i += 50) {
                    ofNode.service()
                            .store(files.subList(i, Math.min(files.size(), i + 50)), (a, b) -> {})
                            .get(5, TimeUnit.MINUTES);
                }
                ViewerBenchmark.readAll(files);
                long[] local = localOpen(dir, pool, notes, volume);
                for (Source s : List.of(ofNode, ofOrthanc)) {
                    // The request path warmed without writing libraries (more warm-up opens would write 0.3 GB each,
                    // and this file system is slow to make files after that much; see docs/benchmarks.md).
                    RemoteOpen.warmRequests(s.service(), study, series, REQUEST_WARMUP);
                    Pairs p = pairs(s, study, series, volume, tmp, pool, 0);
                    Pairs sel = pairs(s, study, series, volume, tmp, pool, DOUBLE_CLICK_MS);
                    List<Long> curl = new ArrayList<>();
                    for (int run = 0; run < RUNS; run++) {
                        curl.add(curl(s, study, series));
                    }
                    long f = Timings.median(p.first());
                    long r = Timings.median(p.ready());
                    long c = Timings.median(curl);
                    long kf = Timings.median(p.keptFirst());
                    md.append(String.format(
                            Locale.ROOT,
                            "| %s | %s | %s | %s | %s / %s | %s / %s | %s | %.2f | %.2f | %.2f |%n",
                            volume,
                            s.name(),
                            Timings.ms(f),
                            Timings.ms(r),
                            Timings.ms(kf),
                            Timings.ms(Timings.median(p.keptReady())),
                            Timings.ms(local[0]),
                            Timings.ms(local[1]),
                            Timings.ms(c),
                            (double) f / kf,
                            (double) f / local[0],
                            (double) r / (local[1] + c)));
                    selected.add(String.format(
                            Locale.ROOT,
                            "| %s | %s | %s | %s | %.2f |",
                            volume,
                            s.name(),
                            Timings.ms(Timings.median(sel.first())),
                            Timings.ms(Timings.median(sel.keptFirst())),
                            (double) Timings.median(sel.first()) / Timings.median(sel.keptFirst())));
                    notes.add(volume + " from " + s.name() + ": the run's first open (cold) first "
                            + Timings.ms(p.cold().get(0)) + ", ready "
                            + Timings.ms(p.cold().get(1)) + "; first "
                            + Timings.list(p.first()) + "; ready "
                            + Timings.list(p.ready()) + "; every instance kept in the library "
                            + Timings.list(p.stored()) + "; curl " + Timings.list(curl)
                            + "; the same open from the library:" + " first " + Timings.list(p.keptFirst())
                            + ", ready " + Timings.list(p.keptReady()) + ".");
                    selectedNotes.add(volume + " from " + s.name() + ": first " + Timings.list(sel.first())
                            + "; from the library " + Timings.list(sel.keptFirst()) + ".");
                }
                // JPEG frames as stored: transcoding them to explicit VR little endian six at a time crashes
                // Debian's Orthanc (a segfault in its GDCM plugin's civetweb worker, seen in dmesg).
                String syntax = volume.startsWith("JPEG") ? "*" : "1.2.840.10008.1.2.1";
                RemoteOpen.frameThroughput(ofNode.service(), study, series, syntax, 6); // warm-up
                RemoteOpen.frameThroughput(ofOrthanc.service(), study, series, syntax, 6);
                // Passes alternating between the servers, the median of each: a single pass of the node's was now
                // and then half its usual rate (about 300 frames/s against 500-700), in one run of seven.
                List<Double> nodePasses = new ArrayList<>();
                List<Double> orthancPasses = new ArrayList<>();
                int nodeDropped = 0;
                int orthancDropped = 0;
                for (int pass = 0; pass < FRAME_PASSES; pass++) {
                    RemoteOpen.DROPPED.set(0);
                    nodePasses.add(RemoteOpen.frameThroughput(ofNode.service(), study, series, syntax, 6));
                    nodeDropped += RemoteOpen.DROPPED.getAndSet(0);
                    orthancPasses.add(RemoteOpen.frameThroughput(ofOrthanc.service(), study, series, syntax, 6));
                    orthancDropped += RemoteOpen.DROPPED.getAndSet(0);
                }
                double nodeFps = Timings.median(nodePasses);
                double orthancFps = Timings.median(orthancPasses);
                frameNotes.add(String.format(
                        Locale.ROOT,
                        "%s: node %s, Orthanc %s frames/s.",
                        volume,
                        passes(nodePasses),
                        passes(orthancPasses)));
                throughput.add(String.format(
                        Locale.ROOT,
                        "| %s | `%s` | %.0f frames/s | %.0f frames/s | **%.2f** | %d / %d |",
                        volume,
                        syntax,
                        nodeFps,
                        orthancFps,
                        nodeFps / orthancFps,
                        nodeDropped,
                        orthancDropped));
            }
            md.append('\n');
            notes.forEach(n -> md.append(n).append('\n'));
            md.append(
                            "\nThe same opens with the series selected first, as in the list (the first click of a double-click:")
                    .append(
                            " its metadata asked for, and the image it shows first fetched and kept, as the panel does),")
                    .append(" the open timed from the second click, ")
                    .append(DOUBLE_CLICK_MS)
                    .append(" ms later; the same pairs, medians of ")
                    .append(RUNS)
                    .append(" after ")
                    .append(WARMUP)
                    .append(":\n\n| volume | from | open → first image | the same, from the library | first / first")
                    .append(" from the library |\n|---|---|---:|---:|---:|\n");
            selected.forEach(t -> md.append(t).append('\n'));
            md.append('\n');
            selectedNotes.forEach(n -> md.append(n).append('\n'));
            md.append(
                            "\nWADO-RS frame throughput, every instance's frame (native: in explicit VR little endian; JPEG: as")
                    .append(" stored, since transcoding them six at a time crashes Orthanc's GDCM plugin), 6 requests")
                    .append(" at a time, the same client, the median of ")
                    .append(FRAME_PASSES)
                    .append(" passes alternating between the servers")
                    .append(
                            " (target: the node ≥ 1× Orthanc); the last column counts the requests a server dropped (closed the connection")
                    .append(
                            " without an answer) and that were asked again:\n\n| volume | transfer-syntax | node | Orthanc | node / Orthanc |")
                    .append(" dropped, node / Orthanc |\n|---|---|---:|---:|---:|---:|\n");
            throughput.forEach(t -> md.append(t).append('\n'));
            md.append("\nEvery pass: ");
            md.append(String.join(" ", frameNotes)).append('\n');
            md.append('\n').append(RemoteMemory.streaming(node, ofNode.service(), ofNode.image(), tmp, pool));
            BenchmarkReport.writeSection(report, HEADING, md.toString());
            System.out.println(md);
        } finally {
            CatalogueSearchBenchmark.deleteRecursively(tmp);
        }
    }

    /** The figures of {@link #pairs}: the timed runs', and the first run's (cold) first image and ready. */
    record Pairs(
            List<Long> first,
            List<Long> ready,
            List<Long> keptFirst,
            List<Long> keptReady,
            List<Long> stored,
            List<Long> cold) {}

    /**
     * Warm-up and timed runs, each a pair: an open into a fresh library, then the same open again at once, every
     * instance now in the offline library (each pair measured under the same conditions: the machine's load, the
     * JIT's warmth). {@code selectedMs}: the series selected that long before each open (0: not).
     */
    private static Pairs pairs(
            Source s, String study, String series, String volume, Path tmp, DecodePool pool, long selectedMs)
            throws Exception {
        Pairs p = new Pairs(
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>());
        for (int run = 0; run < WARMUP + RUNS; run++) {
            Path library = Files.createDirectories(
                    tmp.resolve("lib-" + s.name() + "-" + volume.hashCode() + "-" + selectedMs + "-" + run));
            try (LocalImageLibrary fresh = LocalImageLibrary.open(library)) {
                RemoteOpen.Times t =
                        timeOpen(s, study, series, fresh, tmp, pool, run, selectedMs, p.first(), p.ready(), p.stored());
                if (run == 0) {
                    p.cold().addAll(List.of(t.first(), t.ready()));
                }
            }
            try (LocalImageLibrary kept = LocalImageLibrary.open(library)) {
                timeOpen(
                        s,
                        study,
                        series,
                        kept,
                        tmp,
                        pool,
                        run,
                        selectedMs,
                        p.keptFirst(),
                        p.keptReady(),
                        new ArrayList<>());
            }
        }
        return p;
    }

    /** One Remote-panel open through {@code library}; its times are kept once the warm-up runs are over. */
    private static RemoteOpen.Times timeOpen(
            Source s,
            String study,
            String series,
            LocalImageLibrary library,
            Path tmp,
            DecodePool pool,
            int run,
            long selectedMs,
            List<Long> first,
            List<Long> ready,
            List<Long> stored)
            throws Exception {
        RemoteOpen.Times t = RemoteOpen.open(
                s.image(),
                s.service(),
                study,
                series,
                new LibraryKeeper(library),
                System.getProperty("bench.fetch") != null
                        ? Path.of(System.getProperty("bench.fetch"))
                        : tmp.resolve("fetch"),
                pool,
                selectedMs);
        if (run >= WARMUP) {
            first.add(t.first());
            ready.add(t.ready());
            stored.add(t.stored());
        }
        return t;
    }

    private static String passes(List<Double> fps) {
        return String.join(
                ", ",
                fps.stream().map(f -> String.format(Locale.ROOT, "%.0f", f)).toList());
    }

    private static void head(StringBuilder md) {
        md.append(HEADING)
                .append("\n\nMeasured ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE))
                .append(" with `")
                .append(BenchmarkReport.COMMAND)
                .append("` (")
                .append(RemoteViewerBenchmark.class.getName())
                .append(").\n\n- Machine: ")
                .append(Machine.describe())
                .append(
                        "\n- Servers on loopback: the embedded node (this build) and Debian's Orthanc with its DICOMweb")
                .append(" plugin, both holding the same files. The client is the app's (`HttpDicomWebClient`), the")
                .append(" open is the Remote panel's (series metadata → stack in slice order → the middle image")
                .append(" fetched, decoded and rendered into 1024 × 1024, then the rest prefetched outward on the")
                .append(" decode pool of ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" threads, every instance written through to a fresh offline library). Medians of ")
                .append(RUNS)
                .append(" runs after ")
                .append(WARMUP)
                .append(" warm-up opens, themselves after ")
                .append(REQUEST_WARMUP)
                .append(" requests of the series' metadata and of its middle instance (the request path warmed")
                .append(" without writing libraries; the run's first open, cold, is listed below the table).")
                .append(" The same open from the library is the Remote panel's open again right after")
                .append(
                        " each run, which kept every instance (waited for after each run's ready, not timed; the series metadata is still asked of the server, the")
                .append(
                        " images read from the library). The Viewer's open of the files is a local open of the same files from disk")
                .append(" (first image = slice 0); curl fetches the whole series as one WADO-RS multipart reply.\n\n");
    }

    private static long[] localOpen(Path dir, DecodePool pool, List<String> notes, String volume) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            ViewerBenchmark.openAll(dir, pool);
        }
        List<Long> first = new ArrayList<>();
        List<Long> ready = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long[] t = ViewerBenchmark.openAll(dir, pool);
            first.add(t[0]);
            ready.add(t[1]);
        }
        notes.add(volume + " opened as files: first " + Timings.list(first) + "; ready " + Timings.list(ready) + ".");
        return new long[] {Timings.median(first), Timings.median(ready)};
    }

    private static long curl(Source s, String study, String series) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                "curl",
                "-s",
                "-f",
                "-o",
                "/dev/null",
                "-H",
                "Accept: multipart/related; type=\"application/dicom\"; transfer-syntax=*"));
        if (s.curlAuth() != null) {
            cmd.add("-H");
            cmd.add("Authorization: Bearer " + s.curlAuth().accessToken());
        }
        cmd.add(s.image().baseUrl() + "/studies/" + study + "/series/" + series);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("curl failed: " + out);
        }
        return System.nanoTime() - t0;
    }
}
